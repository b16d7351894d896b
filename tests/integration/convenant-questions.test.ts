// Questions without a good answer (issue 22), through the router on either engine: every role
// reports one from the search; core keeps its words masked (a name of the persons table, numbers,
// dates, e-mail addresses), the article chosen and its rank, and the day; only the beheerder reads
// the list, removes entries, and makes a synonym pair of a word and a term, which moves the
// article up at once; entries go after 90 days; the audit rows hold no word of the question.
import { describe, expect, it } from 'vitest';
import type { ConvenantQuestionView } from '../../src-shared/ipc/convenant';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { sql } from '../../src-main/core/db/sql';
import { ARTICLE, QUESTION, TERM, WORD } from './convenant-question-example';
import { addAccount, BEHEERDER, call, codeOf, loginAs, makeCore, rawSql, withDatabase } from './helpers';

async function registerPerson(core: Parameters<typeof call>[0], naam: string): Promise<void> {
  await call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam, roepnaam: '', geboortedatum: '2008-04-04', gemeenteId: 1 } },
    signal: {
      melderPartner: 'politie',
      melderContact: 'Agent Pietersen (fictief)',
      ontvangen: '2026-11-02',
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
    },
  });
}

describe('questions without a good answer', () => {
  it('keeps a reported question masked, shows it only to the beheerder, and a synonym moves its article up', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
    const notulist = await addAccount(core, { username: 'notulist', roles: ['notulist'], regionIds: [1] });
    await loginAs(core, regisseur);
    await registerPerson(core, 'Wendelien Oosterhout (fictief)');

    // The regisseur asks about a person of the database, with a date, a number and an e-mail address.
    const reported = await call<{ words: string[] }>(core, 'convenant:report-question', {
      text: 'Mag ik over Oosterhout op 12-03-2026 met casus 2026-0042 mailen naar w.oosterhout@voorbeeld.nl?',
      versionId: null,
      article: '6',
    });
    expect(reported.words).toEqual(['mag', 'ik', 'over', '…', 'op', '…', 'met', 'casus', '…', 'mailen', 'naar', '…']);

    // Every role may report; a question of which nothing is left is refused, nothing stored.
    await loginAs(core, notulist);
    const asked = await call<{ words: string[] }>(core, 'convenant:report-question', {
      text: QUESTION,
      versionId: null,
      article: ARTICLE,
    });
    expect(asked.words.join(' ')).toBe(QUESTION);
    expect(
      await codeOf(core, 'convenant:report-question', {
        text: '12-03-2026 Oosterhout',
        versionId: null,
        article: null,
      }),
    ).toBe('CONVENANT_QUESTION_EMPTY');
    expect(await codeOf(core, 'convenant:report-question', { text: 'koffie', versionId: null, article: '99' })).toBe(
      'INVALID_INPUT',
    );
    // Only the beheerder reads, removes and adds synonyms.
    for (const [channel, input] of [
      ['convenant:questions', {}],
      ['convenant:remove-questions', { ids: ['00000000-0000-4000-8000-000000000000'] }],
      ['convenant:add-synonym', { questionId: '00000000-0000-4000-8000-000000000000', word: 'a', term: 'b' }],
    ] as const) {
      expect(await codeOf(core, channel, input), channel).toBe('FORBIDDEN');
    }

    await loginAs(core, BEHEERDER);
    const list = await call<ConvenantQuestionView[]>(core, 'convenant:questions');
    expect(list).toHaveLength(2);
    const stored = await rawSql<{ words: string; day: string }>(core, sql`SELECT words, day FROM convenant_question`);
    expect(stored.map((row) => row.day)).toEqual(['2026-11-29', '2026-11-29']);
    expect(JSON.stringify(stored)).not.toMatch(/oosterhout|2026-0042|12-03|voorbeeld\.nl/i);
    const question = list.find((q) => q.words.join(' ') === QUESTION)!;
    expect(question).toMatchObject({ article: { nummer: ARTICLE }, versie: '1.0' });
    expect(question.wordChoices).toContain(WORD);
    expect(question.termChoices).toContain(TERM);
    expect(question.rankThen).toBe(question.rankNow);
    expect(question.rankThen === null || question.rankThen > 3).toBe(true);

    // A word that is not the question's is refused; the pair goes into the list and the article rises.
    expect(await codeOf(core, 'convenant:add-synonym', { questionId: question.id, word: 'koffie', term: TERM })).toBe(
      'INVALID_INPUT',
    );
    const before = await call<string[][]>(core, 'convenant:synonyms');
    const after = await call<ConvenantQuestionView>(core, 'convenant:add-synonym', {
      questionId: question.id,
      word: WORD,
      term: TERM,
    });
    expect(await call<string[][]>(core, 'convenant:synonyms')).toEqual([...before, [WORD, TERM]]);
    expect(after.rankThen).toBe(question.rankThen);
    expect(after.rankNow).not.toBeNull();
    expect(after.rankNow!).toBeLessThanOrEqual(3);
    const hits = await call<{ ref: string }[]>(core, 'convenant:search', { text: QUESTION, versionId: null, limit: 3 });
    expect(hits.map((hit) => hit.ref)).toContain(ARTICLE);
    // The same pair again changes nothing.
    await call(core, 'convenant:add-synonym', { questionId: question.id, word: WORD, term: TERM });
    expect(await call<string[][]>(core, 'convenant:synonyms')).toHaveLength(before.length + 1);

    // The audit rows name the entry and the article, never a word of the question.
    const audit = await rawSql<Record<string, unknown>>(
      core,
      sql`SELECT action, kind, object_type, object_id, details, reason, result FROM audit_entry
          WHERE action LIKE ${'convenant:%'} ORDER BY id`,
    );
    // Two stored, two refused (nothing left of the question; an article that does not exist).
    const reports = audit.filter((row) => row['action'] === 'convenant:report-question');
    expect(reports.map((row) => row['result'])).toEqual(['ok', 'ok', 'CONVENANT_QUESTION_EMPTY', 'INVALID_INPUT']);
    expect(reports[0]).toMatchObject({ kind: 'change', object_type: 'convenant-vraag' });
    expect(JSON.stringify(audit)).not.toMatch(/oosterhout|moeder|zoon|mailen/i);

    // The beheerder removes one.
    expect(await call(core, 'convenant:remove-questions', { ids: [question.id] })).toEqual({ removed: 1 });
    expect(await call<ConvenantQuestionView[]>(core, 'convenant:questions')).toHaveLength(1);
    await core.close();
  });

  it('removes questions after 90 days, at the next read or report', async () => {
    const { core, clock } = makeCore();
    await withDatabase(core);
    await call(core, 'convenant:report-question', { text: 'oud verhaal over bewaren', versionId: null, article: null });
    clock.advance(60 * 86_400_000);
    await call(core, 'convenant:report-question', {
      text: 'nieuwere vraag over delen',
      versionId: null,
      article: null,
    });
    clock.advance(31 * 86_400_000);
    const left = await call<ConvenantQuestionView[]>(core, 'convenant:questions');
    expect(left.map((q) => q.words.join(' '))).toEqual(['nieuwere vraag over delen']);
    expect(left[0]).toMatchObject({ article: null, rankThen: null, rankNow: null, termChoices: [] });
    clock.advance(60 * 86_400_000);
    await call(core, 'convenant:report-question', { text: 'weer een vraag', versionId: null, article: null });
    const rows = await rawSql<{ day: string }>(core, sql`SELECT day FROM convenant_question`);
    expect(rows).toHaveLength(1);
    await core.close();
  });
});
