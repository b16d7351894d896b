// The kiosk and anonymity: while the kiosk runs nothing else is reachable; a submission is checked
// (required only when shown); leaving takes the user's password (a wrong one is refused, audited and
// throttled). Anonymous rounds store no identity and no exact time — checked in the row itself.
import { describe, expect, it } from 'vitest';
import type { KioskView, ResponseView } from '../../src-shared/ipc/evaluations';
import { raw } from '../../src-main/core/db/sql';
import { call, codeOf, rawSql } from './helpers';
import { evaluationCore, openRound, smallTemplate } from './evaluation-helpers';

type Row = Record<string, unknown>;

function rows(core: Awaited<ReturnType<typeof evaluationCore>>['core'], sql: string): Promise<Row[]> {
  return rawSql<Row>(core, raw(sql));
}

describe('kiosk', () => {
  it('locks the application to the form until the user leaves it with the password', async () => {
    const { core, regisseur, clock } = await evaluationCore();
    const template = await smallTemplate(core);
    const round = await openRound(core, template.id);

    const started = await call<KioskView>(core, 'evaluations:kiosk-start', { roundId: round.id });
    expect(started).toMatchObject({ roundId: round.id, submitted: 0, partners: ['gemeente', 'politie', 'om'] });
    expect(started.template.sleutel).toBe('test-overleg');

    // Nothing else of the application: not the rounds, not the cases, not even a public channel.
    expect(await codeOf(core, 'evaluations:rounds', {})).toBe('KIOSK_ACTIVE');
    expect(await codeOf(core, 'search:query', { text: 'x' })).toBe('KIOSK_ACTIVE');
    expect(await codeOf(core, 'vault:setup-demo', {})).toBe('KIOSK_ACTIVE');
    expect(await codeOf(core, 'session:logout', {})).toBe('KIOSK_ACTIVE');
    expect(await codeOf(core, 'evaluations:kiosk-start', { roundId: round.id })).toBe('KIOSK_ACTIVE');
    expect((await call<KioskView>(core, 'evaluations:kiosk-form')).roundId).toBe(round.id);

    // Required only when shown: "goed" is required after "ja", not after "nee".
    const missing = await core.dispatch('evaluations:kiosk-submit', { partner: 'gemeente', answers: { bij: 'ja' } });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'answers.goed': { key: 'validation.required' } } },
    });
    expect(
      await call(core, 'evaluations:kiosk-submit', { partner: 'gemeente', answers: { bij: 'ja', goed: 4, tijd: 2 } }),
    ).toEqual({ submitted: 1 });
    expect(
      await call(core, 'evaluations:kiosk-submit', { partner: 'politie', answers: { bij: 'nee', goed: 1, tijd: 5 } }),
    ).toEqual({ submitted: 2 });
    // A partner outside the round's target groups is refused.
    expect(await codeOf(core, 'evaluations:kiosk-submit', { partner: 'ggz', answers: { bij: 'nee' } })).toBe(
      'INVALID_INPUT',
    );

    // A wrong password keeps the kiosk, is audited, and counts towards the login throttle.
    const wrong = await core.dispatch('evaluations:kiosk-exit', { password: 'niet het goede wachtwoord' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS', fields: { password: {} } } });
    expect(await codeOf(core, 'evaluations:rounds', {})).toBe('KIOSK_ACTIVE');
    // Another account's password does not open the kiosk either.
    expect(await codeOf(core, 'evaluations:kiosk-exit', { password: 'de kat zit op de mat vandaag' })).toBe(
      'WRONG_CREDENTIALS',
    );
    await codeOf(core, 'evaluations:kiosk-exit', { password: 'nog een keer fout' });
    expect(await codeOf(core, 'evaluations:kiosk-exit', { password: regisseur.password })).toBe('THROTTLED');
    clock.advance(5_000);

    expect(await call(core, 'evaluations:kiosk-exit', { password: regisseur.password })).toEqual({ submitted: 2 });
    expect(await codeOf(core, 'evaluations:rounds', {})).toBe('ok');
    expect(await codeOf(core, 'evaluations:kiosk-form', {})).toBe('KIOSK_NOT_ACTIVE');

    const audit = await rows(
      core,
      "SELECT action, result, details FROM audit_entry WHERE action LIKE 'evaluations:kiosk%' OR result = 'KIOSK_ACTIVE' ORDER BY id",
    );
    expect(audit.map((a) => [a.action, a.result])).toEqual([
      ['evaluations:kiosk-start', 'ok'],
      ['evaluations:rounds', 'KIOSK_ACTIVE'],
      ['search:query', 'KIOSK_ACTIVE'],
      ['vault:setup-demo', 'KIOSK_ACTIVE'],
      ['session:logout', 'KIOSK_ACTIVE'],
      ['evaluations:kiosk-start', 'KIOSK_ACTIVE'],
      ['evaluations:kiosk-exit', 'WRONG_CREDENTIALS'],
      ['evaluations:rounds', 'KIOSK_ACTIVE'],
      ['evaluations:kiosk-exit', 'WRONG_CREDENTIALS'],
      ['evaluations:kiosk-exit', 'WRONG_CREDENTIALS'],
      ['evaluations:kiosk-exit', 'THROTTLED'],
      ['evaluations:kiosk-exit', 'ok'],
    ]);
    expect(JSON.parse(audit.at(-1)!.details as string)).toEqual({ ingevuld: 2 });
    // No audit line per submission: its time would say when an anonymous respondent answered.
    expect(await rows(core, "SELECT id FROM audit_entry WHERE action = 'evaluations:kiosk-submit'")).toEqual([]);
    // Six password derivations: give it room on a busy machine.
  }, 90_000);

  it('ends with the session: after a lock the kiosk is gone and the password is needed anyway', async () => {
    const { core, regisseur } = await evaluationCore();
    const round = await openRound(core, (await smallTemplate(core)).id);
    await call(core, 'evaluations:kiosk-start', { roundId: round.id });
    expect(await codeOf(core, 'session:lock', {})).toBe('ok');
    expect(await codeOf(core, 'evaluations:rounds', {})).toBe('NOT_AUTHENTICATED');
    await call(core, 'session:login', { username: regisseur.username, password: regisseur.password });
    expect(await codeOf(core, 'evaluations:rounds', {})).toBe('ok');
  });

  it('refuses to start for a round that is not open', async () => {
    const { core } = await evaluationCore();
    const round = await openRound(core, (await smallTemplate(core)).id);
    await call(core, 'evaluations:set-round-status', { id: round.id, status: 'gesloten' });
    expect(await codeOf(core, 'evaluations:kiosk-start', { roundId: round.id })).toBe('ROUND_NOT_OPEN');
  });
});

describe('anonymity in the stored row', () => {
  it('anonymous by day: no name, no time, only the date — from the kiosk and from paper', async () => {
    const { core, regisseur } = await evaluationCore();
    const round = await openRound(core, (await smallTemplate(core)).id);
    await call(core, 'evaluations:kiosk-start', { roundId: round.id });
    await call(core, 'evaluations:kiosk-submit', {
      partner: 'om',
      respondent: 'Piet Fictief',
      answers: { bij: 'nee', opmerking: 'Prima' },
    });
    await call(core, 'evaluations:kiosk-exit', { password: regisseur.password });
    const paper = await call<ResponseView>(core, 'evaluations:save-response', {
      roundId: round.id,
      partner: 'gemeente',
      respondent: 'Karel Fictief',
      datum: '2026-11-20',
      answers: { bij: 'ja', goed: 5 },
    });
    expect(paper).toMatchObject({
      respondent: null,
      submittedAt: null,
      submittedOn: '2026-11-20',
      enteredBy: 'Rita Regisseur',
    });
    expect(
      await rows(core, 'SELECT source, partner, respondent, submitted_on, submitted_at FROM eval_response ORDER BY id'),
    ).toEqual([
      { source: 'kiosk', partner: 'om', respondent: null, submitted_on: '2026-11-29', submitted_at: null },
      { source: 'papier', partner: 'gemeente', respondent: null, submitted_on: '2026-11-20', submitted_at: null },
    ]);
    // Nothing in the row holds a time of day.
    for (const row of await rows(core, 'SELECT * FROM eval_response')) {
      for (const value of Object.values(row)) expect(String(value)).not.toMatch(/T\d{2}:\d{2}|\d{2}:\d{2}:\d{2}/);
    }
  });

  it('anonymous by week keeps only the ISO week; named keeps the name and, at the kiosk, the time', async () => {
    const { core, regisseur } = await evaluationCore();
    const template = await smallTemplate(core);
    const weekly = await openRound(core, template.id, { anonymity: 'anoniem-week' });
    await call(core, 'evaluations:save-response', { roundId: weekly.id, datum: '2026-11-26', answers: { bij: 'nee' } });
    const named = await openRound(core, template.id, { anonymity: 'op-naam' });
    await call(core, 'evaluations:kiosk-start', { roundId: named.id });
    await call(core, 'evaluations:kiosk-submit', {
      partner: 'gemeente',
      respondent: 'Anna Fictief',
      answers: { bij: 'nee' },
    });
    await call(core, 'evaluations:kiosk-exit', { password: regisseur.password });
    expect(
      await rows(core, 'SELECT round_id, respondent, submitted_on, submitted_at FROM eval_response ORDER BY id'),
    ).toEqual([
      { round_id: weekly.id, respondent: null, submitted_on: '2026-W48', submitted_at: null },
      {
        round_id: named.id,
        respondent: 'Anna Fictief',
        submitted_on: '2026-11-29',
        submitted_at: '2026-11-29T09:00:00.000Z',
      },
    ]);
  });
});
