// Input nested too deeply or too large is refused at the router, for every channel, before any
// schema walks it: a clear Dutch INVALID_INPUT, never INTERNAL (a stack overflow), nothing stored.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/ipc/errors';
import type { TemplateDraft } from '../../src-shared/ipc/evaluations';
import { call } from './helpers';
import { evaluationCore } from './evaluation-helpers';

function nested(levels: number): unknown {
  let value: unknown = 'bodem';
  for (let i = 0; i < levels; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

function expectRefused(result: Result<unknown>) {
  expect(result).toEqual({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      message: 'Niet alle gegevens zijn goed ingevuld. Controleer de gemarkeerde velden.',
      fields: { _: { key: 'validation.inputTooComplex' } },
    },
  });
}

describe('bounds on the shape of input', () => {
  it('refuses input nested 5,000 levels deep on every kind of channel, and stores nothing', async () => {
    const { core } = await evaluationCore();
    const deep = nested(5_000);
    expectRefused(await core.dispatch('evaluations:save-template-draft', { templateId: null, content: deep }));
    expectRefused(await core.dispatch('meetings:save-agenda', { id: 1, items: [deep] }));
    expectRefused(await core.dispatch('signals:register', { person: deep, signal: {} }));
    expectRefused(await core.dispatch('app:set-locale', deep));
    expectRefused(await core.dispatch('session:login', { username: 'beheer', password: deep }));
    expect(await call(core, 'evaluations:template-draft', { templateId: null })).toBeNull();
  });

  it('refuses a cycle and too many parts, without walking for ever', async () => {
    const { core } = await evaluationCore();
    const cycle: Record<string, unknown> = { titel: 'rond' };
    cycle['zelf'] = cycle;
    expectRefused(await core.dispatch('evaluations:save-template-draft', { templateId: null, content: cycle }));
    const wide = { titel: 'breed', secties: Array.from({ length: 600_000 }, () => 0) };
    expectRefused(await core.dispatch('evaluations:save-template-draft', { templateId: null, content: wide }));
  });

  it('still takes a large but legal draft', async () => {
    const { core } = await evaluationCore();
    // About 900 kB of JSON in 2,000 questions, 8 levels deep: more than any real questionnaire.
    const content = {
      titel: 'Groot (fictief)',
      secties: Array.from({ length: 40 }, (_, s) => ({
        titel: `Sectie ${s}`,
        vragen: Array.from({ length: 50 }, (_, q) => ({
          tekst: `Vraag ${s}.${q} ${'tekst '.repeat(40)}`,
          opties: [{ label: { nl: 'Ja', en: 'Yes' } }, { label: { nl: 'Nee', en: 'No' } }],
        })),
      })),
    };
    expect(JSON.stringify(content).length).toBeGreaterThan(500_000);
    const kept = await call<TemplateDraft>(core, 'evaluations:save-template-draft', { templateId: null, content });
    expect(kept.content).toEqual(content);
  });
});
