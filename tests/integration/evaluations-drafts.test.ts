// The template builder's drafts through the router: kept per account and per template, free-form
// (an unfinished template is fine), removed when the template is saved or the draft discarded, and
// out of reach of an account that only reads evaluations.
import { describe, expect, it } from 'vitest';
import type { TemplateDraft, TemplateView } from '../../src-shared/ipc/evaluations';
import { addAccount, call, codeOf, loginAs } from './helpers';
import { evaluationCore, SMALL_TEMPLATE, smallTemplate } from './evaluation-helpers';

describe('template drafts', () => {
  it('keeps an unfinished draft per template until the template is saved', async () => {
    const { core } = await evaluationCore();
    expect(await call(core, 'evaluations:template-draft', { templateId: null })).toBeNull();
    // Unfinished: no sections yet, an empty title. A draft is not a template and is not checked as one.
    const unfinished = { titel: '', secties: [] };
    const kept = await call<TemplateDraft>(core, 'evaluations:save-template-draft', {
      templateId: null,
      content: unfinished,
    });
    expect(kept.content).toEqual(unfinished);
    expect(await call(core, 'evaluations:template-draft', { templateId: null })).toEqual(kept);

    // Saving a new template ends the draft of "a new template".
    const template = await smallTemplate(core);
    expect(await call(core, 'evaluations:template-draft', { templateId: null })).toBeNull();
    // Drafts of different templates do not meet.
    await call(core, 'evaluations:save-template-draft', { templateId: null, content: unfinished });
    await call(core, 'evaluations:save-template-draft', { templateId: template.id, content: { titel: 'Bijna' } });
    expect(await call(core, 'evaluations:template-draft', { templateId: null })).toMatchObject({ content: unfinished });
    // Saving the template ends its draft (in the same transaction); the other draft stays.
    await call<{ template: TemplateView }>(core, 'evaluations:save-template', {
      id: template.id,
      template: { ...SMALL_TEMPLATE, titel: 'Bijna klaar (fictief)' },
    });
    expect(await call(core, 'evaluations:template-draft', { templateId: template.id })).toBeNull();
    expect(await call(core, 'evaluations:discard-template-draft', { templateId: null })).toEqual({ discarded: true });
    expect(await call(core, 'evaluations:template-draft', { templateId: null })).toBeNull();
    expect(await call(core, 'evaluations:discard-template-draft', { templateId: null })).toEqual({ discarded: false });
  });

  // Three accounts, each with a memory-hard key derivation: slower than most tests on a busy machine.
  it(
    'keeps drafts per account, refuses what is not JSON-sized, and is not for readers',
    { timeout: 90_000 },
    async () => {
      const { core } = await evaluationCore();
      await call(core, 'evaluations:save-template-draft', { templateId: null, content: { titel: 'Van Rita' } });
      const huge = { titel: 'x'.repeat(1_000_001) };
      expect(await codeOf(core, 'evaluations:save-template-draft', { templateId: null, content: huge })).toBe(
        'INVALID_INPUT',
      );
      const collega = await addAccount(core, { username: 'collega', roles: ['procesregisseur'] });
      await loginAs(core, collega);
      expect(await call(core, 'evaluations:template-draft', { templateId: null })).toBeNull();
      const evaluator = await addAccount(core, { username: 'evaluator', roles: ['evaluator'] });
      await loginAs(core, evaluator);
      expect(await codeOf(core, 'evaluations:template-draft', { templateId: null })).toBe('FORBIDDEN');
    },
  );
});
