// The covenant through the router: the example is there from the start; a beheerder imports a new
// version (errors by line number, nothing half-imported), exports it in the same format, compares
// versions and edits the synonyms; everybody reads, searches and asks "Mag ik dit delen?".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ArticleChangeView,
  ConvenantSearchHit,
  ConvenantVersion,
  ShareAnswerView,
} from '../../src-shared/ipc/convenant';
import type { Platform } from '../../src-main/core/platform';
import { CONVENANT_LIMITS } from '../../src-shared/domain/convenant';
import { addAccount, call, codeOf, loginAs, makeCore, RESOURCES_DIR, tempDir, withDatabase } from './helpers';

function dialogs() {
  const answers: (string | null)[] = [];
  const saved: Buffer[] = [];
  const platform: Platform = {
    print: { pdf: async () => new Uint8Array(), print: async () => true },
    files: {
      saveAs: async (name, bytes) => {
        saved.push(Buffer.from(bytes));
        return { saved: true, fileName: name };
      },
      chooseSaveLocation: async () => answers.shift() ?? null,
      chooseFile: async () => answers.shift() ?? null,
      chooseFolder: async () => answers.shift() ?? null,
    },
  };
  return { platform, answer: (path: string | null) => answers.push(path), saved };
}

const EXAMPLE = readFileSync(join(RESOURCES_DIR, 'convenant/voorbeeld-convenant.md'), 'utf8');

describe('covenant', () => {
  it('starts with the example, and a beheerder imports, exports and compares versions', async () => {
    const files = tempDir();
    const { platform, answer, saved } = dialogs();
    const { core } = makeCore(undefined, { platform });
    await withDatabase(core);
    const versions = await call<ConvenantVersion[]>(core, 'convenant:versions');
    expect(versions).toEqual([expect.objectContaining({ versie: '1.0', status: 'vastgesteld', articles: 22 })]);

    // A file with two errors: both reported with their lines, nothing imported.
    const broken = join(files, 'kapot.md');
    writeFileSync(
      broken,
      EXAMPLE.replace('ingangsdatum: 2026-01-01', 'ingangsdatum: 1-1-2027').replace(
        'onderwerpen: klachten',
        'onderwerpen: klachten, koffie',
      ),
    );
    answer(broken);
    const refused = await core.dispatch('convenant:import', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONVENANT_INVALID', params: { count: 2 } } });
    const fields = Object.values(
      (refused as unknown as { error: { fields: Record<string, { key: string; params: { line: number } }> } }).error
        .fields,
    );
    expect(fields.map((f) => [f.key, f.params.line])).toEqual([
      ['convenant.errors.headerDate', 1],
      ['convenant.errors.tagUnknown', EXAMPLE.split('\n').findIndex((line) => line === 'onderwerpen: klachten') + 1],
    ]);
    expect(await call<ConvenantVersion[]>(core, 'convenant:versions')).toHaveLength(1);

    // Version 1.1: article 16 changed.
    const next = join(files, 'versie-1.1.md');
    writeFileSync(
      next,
      EXAMPLE.replace('versie: 1.0', 'versie: 1.1')
        .replace('ingangsdatum: 2026-01-01', 'ingangsdatum: 2027-01-01')
        .replace('niet langer bewaard dan vijf jaar', 'niet langer bewaard dan drie jaar'),
    );
    answer(next);
    const imported = await call<{ version: ConvenantVersion }>(core, 'convenant:import', {});
    expect(imported.version).toMatchObject({ versie: '1.1', articles: 22 });
    answer(next);
    expect(await codeOf(core, 'convenant:import', {})).toBe('CONVENANT_VERSION_EXISTS');
    const changes = await call<ArticleChangeView[]>(core, 'convenant:compare', {
      left: versions[0]!.id,
      right: imported.version.id,
    });
    expect(changes.filter((c) => c.change !== 'gelijk').map((c) => c.nummer)).toEqual(['16']);

    // The current version is the newest vastgesteld one; export writes the same format back.
    expect((await call<{ versie: string }>(core, 'convenant:get', { versionId: null })).versie).toBe('1.1');
    await call(core, 'convenant:export', { versionId: imported.version.id });
    expect(saved[0]!.toString('utf8')).toContain('niet langer bewaard dan drie jaar');
    await call(core, 'convenant:set-status', { versionId: imported.version.id, status: 'concept' });
    expect((await call<{ versie: string }>(core, 'convenant:get', { versionId: null })).versie).toBe('1.0');
    await core.close();
  });

  it('refuses a date of effect that is no day of the calendar by its line, and imports nothing', async () => {
    const files = tempDir();
    const { platform, answer } = dialogs();
    const { core } = makeCore(undefined, { platform });
    await withDatabase(core);
    // Each of the right shape; none a day: 29 February outside a leap year, month 13, 31 April, day 0.
    for (const [n, day] of ['2027-02-29', '2027-13-01', '2027-04-31', '2027-01-00'].entries()) {
      const file = join(files, `versie-2.${n}.md`);
      writeFileSync(
        file,
        EXAMPLE.replace('versie: 1.0', `versie: 2.${n}`).replace('ingangsdatum: 2026-01-01', `ingangsdatum: ${day}`),
      );
      answer(file);
      const refused = await core.dispatch('convenant:import', {});
      expect(refused, day).toMatchObject({ ok: false, error: { code: 'CONVENANT_INVALID', params: { count: 1 } } });
      const fields = Object.values(
        (refused as unknown as { error: { fields: Record<string, { key: string; params: { line: number } }> } }).error
          .fields,
      );
      expect(fields.map((f) => [f.key, f.params.line])).toEqual([['convenant.errors.headerDate', 1]]);
    }
    expect(await call<ConvenantVersion[]>(core, 'convenant:versions')).toHaveLength(1);
    // A leap day that exists is taken.
    const leap = join(files, 'versie-2.8.md');
    writeFileSync(
      leap,
      EXAMPLE.replace('versie: 1.0', 'versie: 2.8').replace('ingangsdatum: 2026-01-01', 'ingangsdatum: 2028-02-29'),
    );
    answer(leap);
    const imported = await call<{ version: ConvenantVersion }>(core, 'convenant:import', {});
    expect(imported.version).toMatchObject({ versie: '2.8', ingangsdatum: '2028-02-29' });
    await core.close();
  });

  it('refuses text longer than the format allows, by its line, and imports nothing', async () => {
    // A version of 100,000 characters was stored as it came, and its export's file name grew with it.
    const files = tempDir();
    const { platform, answer } = dialogs();
    const { core } = makeCore(undefined, { platform });
    await withDatabase(core);
    const lineOf = (text: string) => EXAMPLE.split('\n').findIndex((line) => line.startsWith(text)) + 1;
    const long = (n: number) => 'x'.repeat(n);
    const cases: [string, string, number][] = [
      [EXAMPLE.replace('versie: 1.0', `versie: ${long(CONVENANT_LIMITS.versie + 1)}`), 'headerTooLong', 3],
      [EXAMPLE.replace('titel: Convenant', `titel: ${long(CONVENANT_LIMITS.titel)}`), 'headerTooLong', 2],
      [
        EXAMPLE.replace('## Artikel 2 —', `## Artikel ${'9'.repeat(CONVENANT_LIMITS.artikelNummer + 1)} —`),
        'articleNumberTooLong',
        lineOf('## Artikel 2 '),
      ],
      [
        EXAMPLE.replace('Partijen en rollen', long(CONVENANT_LIMITS.artikelTitel + 1)),
        'articleTitleTooLong',
        lineOf('## Artikel 2 '),
      ],
      [
        EXAMPLE.replace('1. Partijen bij dit convenant', `1. ${long(CONVENANT_LIMITS.lid)}`),
        'lidTooLong',
        lineOf('1. Partijen bij'),
      ],
      [
        EXAMPLE.replace('- **Betrokkene**:', `- **${long(CONVENANT_LIMITS.term + 1)}**:`),
        'begripTooLong',
        lineOf('- **Betrokkene**'),
      ],
      [
        EXAMPLE.replace('de natuurlijke persoon over wie', long(CONVENANT_LIMITS.omschrijving + 1)),
        'begripTooLong',
        lineOf('- **Betrokkene**'),
      ],
      [
        EXAMPLE.replace('- Waar gaat dit convenant eigenlijk over?', `- ${long(CONVENANT_LIMITS.vraag + 1)}`),
        'vraagTooLong',
        lineOf('- Waar gaat dit convenant eigenlijk over?'),
      ],
    ];
    for (const [n, [text, key, line]] of cases.entries()) {
      const file = join(files, `lang-${n}.md`);
      writeFileSync(file, text.replace('versie: 1.0', `versie: 3.${n}`));
      answer(file);
      const refused = await core.dispatch('convenant:import', {});
      expect(refused, key).toMatchObject({ ok: false, error: { code: 'CONVENANT_INVALID', params: { count: 1 } } });
      const fields = Object.values(
        (refused as unknown as { error: { fields: Record<string, { key: string; params: { line: number } }> } }).error
          .fields,
      );
      expect(
        fields.map((f) => [f.key, f.params.line]),
        key,
      ).toEqual([[`convenant.errors.${key}`, line]]);
    }
    expect(await call<ConvenantVersion[]>(core, 'convenant:versions')).toHaveLength(1);
    // At the limits, it is taken.
    const most = join(files, 'ruim.md');
    writeFileSync(most, EXAMPLE.replace('versie: 1.0', `versie: 4${long(CONVENANT_LIMITS.versie - 1)}`));
    answer(most);
    expect((await call<{ version: ConvenantVersion }>(core, 'convenant:import', {})).version.versie).toHaveLength(
      CONVENANT_LIMITS.versie,
    );
    await core.close();
  });

  it('searches and answers "Mag ik dit delen?" for every role; synonyms are the beheerder’s', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const notulist = await addAccount(core, { username: 'notulist', roles: ['notulist'], regionIds: [1] });
    await loginAs(core, notulist);
    const hits = await call<ConvenantSearchHit[]>(core, 'convenant:search', {
      text: 'datalek melden',
      versionId: null,
    });
    expect(hits[0]).toMatchObject({ kind: 'artikel', ref: '15' });
    const answer = await call<ShareAnswerView>(core, 'convenant:share-check', {
      from: 'politie',
      to: 'rvdk',
      category: 'strafrechtelijke_gegevens',
      step: 'casusoverleg',
      versionId: null,
    });
    expect(answer).toMatchObject({ verdict: 'voorwaarden', versie: '1.0' });
    expect(answer.articles.map((a) => a.nummer)).toEqual(['7', '3']);
    expect(await codeOf(core, 'convenant:save-synonyms', { groups: [['a', 'b']] })).toBe('FORBIDDEN');
    expect(
      (await call<ConvenantSearchHit[]>(core, 'convenant:search', { text: 'koffieautomaat', versionId: null })).length,
    ).toBe(0);

    await loginAs(core, { username: 'beheer', password: 'de kat zit op de mat vandaag' });
    const groups = await call<string[][]>(core, 'convenant:synonyms');
    await call(core, 'convenant:save-synonyms', { groups: [...groups, ['koffieautomaat', 'geheimhouding']] });
    const after = await call<ConvenantSearchHit[]>(core, 'convenant:search', {
      text: 'koffieautomaat',
      versionId: null,
    });
    expect(after[0]?.ref).toBe('13');
    await core.close();
  });
});
