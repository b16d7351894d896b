// Evaluations through the router: the shipped templates, versioning (a version used in a round is
// read-only), import errors with their paths, rounds with paper entry, analysis, comparison with
// the previous round, report data, recommendations, the anonymised export, and who may do what.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type {
  EvaluationReport,
  RecommendationOverview,
  RecommendationView,
  RoundAnalysisView,
  RoundComparison,
  TemplateSummary,
  TemplateView,
} from '../../src-shared/ipc/evaluations';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, call, codeOf, loginAs, rawSql, RESOURCES_DIR, tempDir } from './helpers';
import { evaluationCore, openRound, SMALL_TEMPLATE, smallTemplate } from './evaluation-helpers';

describe('templates', () => {
  it('ships the four templates, the ICO evaluation with its nine dimensions', async () => {
    const { core } = await evaluationCore();
    const list = await call<TemplateSummary[]>(core, 'evaluations:templates');
    expect(list.map((t) => [t.titel, t.versie, t.voorbeeld, t.rounds])).toEqual([
      ['Evaluatie informatieoverleg (i2o)', 1, true, 0],
      ['Evaluatie mentortraject ONE-on-ONE — mentee', 1, true, 0],
      ['Evaluatie mentortraject ONE-on-ONE — mentor', 1, true, 0],
      ['Procesevaluatie individueel casusoverleg CTER', 1, true, 0],
    ]);
    const ico = await call<TemplateView>(core, 'evaluations:template', { id: list[3]!.id });
    expect(ico.template.dimensies.map((d) => d.naam)).toEqual([
      'Aanmelding en voorbereiding',
      'Voorzitterschap en procesregie',
      'Informatiedeling en convenant',
      'Duiding en weging',
      'Besluitvorming en plan van aanpak',
      'Op- en afschalen',
      'Samenwerking en rolverdeling',
      'Opvolging van acties',
      'Leren en evalueren',
    ]);
  });

  it('edits an unused version in place; once a round uses it, saving makes version 2', async () => {
    const { core } = await evaluationCore();
    const v1 = await smallTemplate(core);
    expect(v1).toMatchObject({ versie: 1, readOnly: false, latest: true });
    const renamed = { ...SMALL_TEMPLATE, titel: 'Testvragenlijst, herzien (fictief)' };
    const inPlace = await call<{ template: TemplateView; newVersion: boolean }>(core, 'evaluations:save-template', {
      id: v1.id,
      template: renamed,
    });
    expect(inPlace).toMatchObject({ newVersion: false, template: { id: v1.id, versie: 1 } });
    expect(await codeOf(core, 'evaluations:save-template', { template: SMALL_TEMPLATE })).toBe('TEMPLATE_KEY_EXISTS');

    await openRound(core, v1.id);
    expect((await call<TemplateView>(core, 'evaluations:template', { id: v1.id })).readOnly).toBe(true);
    const edited = await call<{ template: TemplateView; newVersion: boolean }>(core, 'evaluations:save-template', {
      id: v1.id,
      template: { ...renamed, titel: 'Versie twee (fictief)' },
    });
    expect(edited).toMatchObject({ newVersion: true, template: { versie: 2, readOnly: false, latest: true } });
    expect(edited.template.id).not.toBe(v1.id);
    const old = await call<TemplateView>(core, 'evaluations:template', { id: v1.id });
    expect(old).toMatchObject({ titel: 'Testvragenlijst, herzien (fictief)', versie: 1, latest: false, rounds: 1 });
  });

  it('validates a template sent by the builder, with the path of the wrong field', async () => {
    const { core } = await evaluationCore();
    const result = await core.dispatch('evaluations:save-template', {
      template: {
        ...SMALL_TEMPLATE,
        secties: [
          {
            id: 's1',
            titel: 'V',
            vragen: [{ id: 'a', type: 'open', tekst: 'A', toonAls: { vraag: 'b', waarden: ['x'] } }],
          },
        ],
      },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { 'template.secties.0.vragen.0.toonAls.vraag': { key: 'validation.conditionUnknown' } },
      },
    });
  });

  it('imports a file (errors in Dutch with their place, nothing stored) and exports it again', async () => {
    const { core, answer, saved } = await evaluationCore();
    const dir = tempDir();
    const broken = join(dir, 'kapot.json');
    const file = JSON.parse(readFileSync(join(RESOURCES_DIR, 'evaluaties/i2o-evaluatie.json'), 'utf8'));
    file.secties[1].vragen[0].type = 'schaal';
    file.secties[1].vragen[1].labels = ['een', 'twee', 'drie', 'vier'];
    writeFileSync(broken, JSON.stringify(file));
    answer(broken);
    const refused = await core.dispatch('evaluations:import-template', {});
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'TEMPLATE_INVALID',
        params: { count: 2, plek: 'sectie 2 › vraag 1 › type' },
        fields: {
          'secties.1.vragen.0.type': { key: 'validation.questionType' },
          'secties.1.vragen.1.labels': { key: 'validation.fiveLabels' },
        },
      },
    });
    if (!refused.ok)
      expect(refused.error.message).toBe(
        'Het vragenlijstbestand bevat 2 fouten, de eerste bij “sectie 2 › vraag 1 › type”. Er is niets geïmporteerd.',
      );
    // The rules beyond the shape (a condition on a later question) are checked once the shape is right.
    file.secties[1].vragen[0].type = 'likert5';
    delete file.secties[1].vragen[1].labels;
    file.secties[2].vragen[2].toonAls.vraag = 'cijfer';
    writeFileSync(broken, JSON.stringify(file));
    answer(broken);
    expect(await core.dispatch('evaluations:import-template', {})).toMatchObject({
      ok: false,
      error: {
        params: { count: 1, plek: 'sectie 3 › vraag 3 › toonAls.vraag' },
        fields: { 'secties.2.vragen.2.toonAls.vraag': { key: 'validation.conditionOrder' } },
      },
    });
    writeFileSync(broken, '{ "formaat": ');
    answer(broken);
    expect(await core.dispatch('evaluations:import-template', {})).toMatchObject({
      ok: false,
      error: { code: 'TEMPLATE_INVALID', fields: { _: { key: 'validation.json' } } },
    });
    expect((await call<TemplateSummary[]>(core, 'evaluations:templates')).length).toBe(4);

    // The shipped file imports as version 2 of its family; the export gives back the same template.
    answer(join(RESOURCES_DIR, 'evaluaties/i2o-evaluatie.json'));
    const imported = await call<{ template: TemplateSummary }>(core, 'evaluations:import-template');
    expect(imported.template).toMatchObject({ sleutel: 'i2o-evaluatie', versie: 2 });
    await call(core, 'evaluations:export-template', { id: imported.template.id });
    const exported = JSON.parse(saved[0]!.bytes.toString('utf8'));
    expect(saved[0]!.name).toBe('vragenlijst-i2o-evaluatie-v2.json');
    const view = await call<TemplateView>(core, 'evaluations:template', { id: imported.template.id });
    expect(exported).toEqual(view.template);
  });
});

/** Three respondents from the gemeente and one from the politie, on paper. */
async function fillRound(core: Awaited<ReturnType<typeof evaluationCore>>['core'], roundId: number, goed: number[]) {
  const partners = ['gemeente', 'gemeente', 'gemeente', 'politie'];
  for (const [i, value] of goed.entries()) {
    await call(core, 'evaluations:save-response', {
      roundId,
      partner: partners[i % partners.length],
      answers: { bij: 'ja', goed: value, tijd: 3, opmerking: `Opmerking ${i + 1} (fictief)` },
    });
  }
}

describe('a round from paper forms to report', () => {
  it('refuses answers before the round opens and checks each form against the template', async () => {
    const { core } = await evaluationCore();
    const template = await smallTemplate(core);
    const round = await call<{ id: number }>(core, 'evaluations:save-round', {
      titel: 'Concept (fictief)',
      templateId: template.id,
      periodFrom: '2026-11-01',
      periodTo: '2026-10-01',
      anonymity: 'anoniem-dag',
    }).catch((e: Error) => e.message);
    expect(round).toBe('evaluations:save-round: INVALID_INPUT');
    const concept = await call<{ id: number }>(core, 'evaluations:save-round', {
      titel: 'Concept (fictief)',
      templateId: template.id,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      anonymity: 'anoniem-dag',
      targetGroups: [{ partner: 'bestaat_niet', invited: 3 }],
    }).catch((e: Error) => e.message);
    expect(concept).toBe('evaluations:save-round: UNKNOWN_CODE');
    const ok = await call<{ id: number }>(core, 'evaluations:save-round', {
      titel: 'Concept (fictief)',
      templateId: template.id,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      anonymity: 'anoniem-dag',
    });
    expect(await codeOf(core, 'evaluations:save-response', { roundId: ok.id, answers: { bij: 'nee' } })).toBe(
      'ROUND_NOT_OPEN',
    );
    await call(core, 'evaluations:set-round-status', { id: ok.id, status: 'open' });
    expect(
      await core.dispatch('evaluations:save-response', { roundId: ok.id, answers: { bij: 'ja', goed: 7, extra: 1 } }),
    ).toMatchObject({
      ok: false,
      error: {
        fields: {
          'answers.goed': { key: 'validation.invalidChoice' },
          'answers.extra': { key: 'validation.unknownField' },
        },
      },
    });
    const first = await call<{ id: number }>(core, 'evaluations:save-response', {
      roundId: ok.id,
      answers: { bij: 'nee' },
    });
    // A correction of a paper form replaces its answers.
    await call(core, 'evaluations:save-response', { roundId: ok.id, id: first.id, answers: { bij: 'ja', goed: 2 } });
    expect(await call(core, 'evaluations:responses', { roundId: ok.id })).toMatchObject([
      { id: first.id, source: 'papier', answers: { bij: 'ja', goed: 2 } },
    ]);
    // With responses, the template and the anonymity are fixed.
    expect(
      await codeOf(core, 'evaluations:save-round', {
        id: ok.id,
        titel: 'Concept (fictief)',
        templateId: template.id,
        periodFrom: '2026-11-01',
        periodTo: '2026-11-30',
        anonymity: 'op-naam',
      }),
    ).toBe('ROUND_HAS_RESPONSES');
    expect(await call(core, 'evaluations:delete-response', { id: first.id, reason: 'Testformulier' })).toEqual({
      deleted: true,
    });
  });

  it('analyses, compares with the previous round, tracks recommendations and reports', async () => {
    const { core, clock } = await evaluationCore();
    const template = await smallTemplate(core);
    const spring = await openRound(core, template.id, {
      titel: 'Voorjaar (fictief)',
      periodFrom: '2026-04-01',
      periodTo: '2026-04-30',
    });
    await fillRound(core, spring.id, [2, 2, 3, 3]);
    const autumn = await openRound(core, template.id);
    await fillRound(core, autumn.id, [4, 5, 4, 3, 5]);

    const analysis = await call<RoundAnalysisView>(core, 'evaluations:analysis', { roundId: autumn.id });
    const goed = analysis.analysis.questions.find((q) => q.questionId === 'goed')!;
    expect(goed.type === 'likert5' && goed.stats).toMatchObject({ n: 5, mean: 4.2, median: 4, shareEens: 0.8 });
    // Politie's single form is too few on its own; gemeente joins it so it cannot be worked out.
    expect(analysis.partners.map((g) => [g.partners, g.n, g.suppressed])).toEqual([
      [['gemeente', 'politie'], 5, false],
    ]);
    // Gemeente 4 of 10 and politie 1 of 5 invited, shown together as in the figures per partner; the
    // om's number is unknown (and nobody answered for it), so the rate counts gemeente and politie.
    expect(analysis.responseRate.total).toEqual({ responses: 5, counted: 5, invited: 15, rate: 5 / 15, excluded: 0 });
    expect(analysis.responseRate.rows.map((r) => [r.partners, r.invited, r.responses])).toEqual([
      [['om'], null, 0],
      [['gemeente', 'politie'], 15, 5],
    ]);

    const comparison = await call<RoundComparison>(core, 'evaluations:compare', {
      earlierId: spring.id,
      laterId: autumn.id,
    });
    expect(comparison.items.find((i) => i.questionId === 'goed')).toMatchObject({ direction: 'hoger' });
    expect(comparison.items.find((i) => i.questionId === 'goed')!.difference).toBeCloseTo(4.2 - 2.5, 10);
    expect(comparison.dimensions[0]).toMatchObject({ code: 'proces', direction: 'hoger' });

    const rec = await call<RecommendationView>(core, 'evaluations:save-recommendation', {
      roundId: autumn.id,
      tekst: 'Stuur de agenda een week vooraf rond.',
      eigenaar: 'Procesregisseur (fictief)',
      deadline: '2026-12-15',
    });
    await call(core, 'evaluations:save-recommendation', {
      roundId: autumn.id,
      tekst: 'Plan een jaarlijkse terugblik.',
      deadline: '2026-11-01',
    });
    const done = await call<RecommendationView>(core, 'evaluations:save-recommendation', {
      roundId: spring.id,
      tekst: 'Maak de rolverdeling op papier.',
    });
    const noted = await call<RecommendationView>(core, 'evaluations:recommendation-note', {
      id: done.id,
      tekst: 'Rolverdeling vastgesteld in het overleg.',
      status: 'afgerond',
    });
    expect(noted).toMatchObject({
      status: 'afgerond',
      pile: 'afgerond',
      notes: [{ door: 'Rita Regisseur', status: 'afgerond' }],
    });
    const overview = await call<RecommendationOverview>(core, 'evaluations:recommendations', {});
    expect(overview.counts).toEqual({ open: 1, teLaat: 1, afgerond: 1 });
    expect(overview.items.map((r) => r.pile)).toEqual(['te-laat', 'open', 'afgerond']);
    clock.set(new Date('2026-12-20T09:00:00Z'));
    expect(
      (await call<RecommendationOverview>(core, 'evaluations:recommendations', { pile: 'te-laat' })).items.map(
        (r) => r.id,
      ),
    ).toContain(rec.id);

    const report = await call<EvaluationReport>(core, 'evaluations:report', { roundId: autumn.id });
    expect(report.cover).toMatchObject({
      titel: 'Evaluatie najaar (fictief)',
      templateVersie: 1,
      voorbeeld: true,
      datum: '2026-12-20',
    });
    expect(report.summary).toMatchObject({
      responses: 5,
      responseRate: 5 / 15,
      trend: { hoger: 1, lager: 0, gelijk: 0 },
    });
    expect(report.summary.recommendations).toEqual({ open: 0, teLaat: 2, afgerond: 0 });
    expect(report.previous?.round.id).toBe(spring.id);
    expect(report.method).toMatchObject({ anonymity: 'anoniem-dag', sources: { papier: 5, kiosk: 0 }, minGroup: 3 });
    expect(report.openAnswers[0]!.answers).toHaveLength(5);
    expect(report.recommendations).toHaveLength(2);
    const first = await call<EvaluationReport>(core, 'evaluations:report', { roundId: spring.id });
    expect(first.previous).toBeNull();
  });

  it('exports the round anonymised as CSV and XLSX, audited with the reason', async () => {
    const { core, saved } = await evaluationCore();
    const template = await smallTemplate(core);
    const round = await openRound(core, template.id, { anonymity: 'op-naam' });
    await call(core, 'evaluations:save-response', {
      roundId: round.id,
      partner: 'politie',
      respondent: 'Naam Die Niet Mee Mag',
      answers: { bij: 'ja', goed: 4, opmerking: 'Goed geregeld' },
    });
    await fillRound(core, round.id, [5, 4, 3]);
    await call(core, 'evaluations:export', { roundId: round.id, format: 'csv', reason: 'Jaarverslag ZVH' });
    const csv = saved[0]!.bytes.toString('utf8');
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Nr.;Organisatie;bij;goed;tijd;opmerking');
    expect(lines).toHaveLength(5);
    expect(csv).not.toMatch(/Naam Die Niet|Rita|2026-11/);
    // gemeente (3) is shown; the single politie form joins it in "Overige organisaties".
    expect(lines.slice(1).every((line) => line.split(';')[1] === 'Overige organisaties')).toBe(true);

    await call(core, 'evaluations:export', { roundId: round.id, format: 'xlsx', reason: 'Jaarverslag ZVH' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[1]!.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Antwoorden', 'Vragen', 'Cijfers', 'Respons']);
    expect(workbook.getWorksheet('Antwoorden')!.rowCount).toBe(8);
    // The response table as in the report: the single politie form is not counted on its own.
    const respons = workbook.getWorksheet('Respons')!;
    const cells = (row: number) => [1, 2, 3, 4].map((c) => respons.getRow(row).getCell(c).value);
    expect(cells(4)).toEqual(['Organisatie', 'Uitgenodigd', 'Reacties', 'Respons']);
    expect(cells(5)).toEqual(['Openbaar Ministerie', null, 0, null]);
    expect(cells(6)).toEqual(['Overige organisaties: Gemeente, Politie', 15, 4, 0.267]);
    expect(String(respons.getRow(8).getCell(1).value)).toMatch(/^Hoe de respons is berekend/);

    const audit = await rawSql(
      core,
      sql`SELECT kind, reason, object_id FROM audit_entry WHERE action = 'evaluations:export' ORDER BY id`,
    );
    expect(audit).toEqual([
      { kind: 'export', reason: 'Jaarverslag ZVH', object_id: String(round.id) },
      { kind: 'export', reason: 'Jaarverslag ZVH', object_id: String(round.id) },
    ]);
    expect(await codeOf(core, 'evaluations:export', { roundId: round.id, format: 'csv', reason: '' })).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('who may do what', () => {
  it('refuses the notulist and the beheerder before validation; the evaluator reads but does not edit', async () => {
    const { core } = await evaluationCore();
    const template = await smallTemplate(core);
    const round = await openRound(core, template.id);
    const notulist = await addAccount(core, { username: 'notulist', roles: ['notulist'] });
    const evaluator = await addAccount(core, { username: 'evaluator', roles: ['evaluator'] });

    await loginAs(core, notulist);
    // Input that would not validate still gets FORBIDDEN: the caller learns nothing about it.
    expect(await codeOf(core, 'evaluations:analysis', { roundId: 'x' })).toBe('FORBIDDEN');
    expect(await codeOf(core, 'evaluations:templates', {})).toBe('FORBIDDEN');
    expect(await codeOf(core, 'evaluations:kiosk-start', { roundId: round.id })).toBe('FORBIDDEN');

    await loginAs(core, { username: 'beheer', password: 'de kat zit op de mat vandaag' });
    expect(await codeOf(core, 'evaluations:rounds', { wrong: true })).toBe('FORBIDDEN');

    await loginAs(core, evaluator);
    expect(await codeOf(core, 'evaluations:analysis', { roundId: round.id })).toBe('ok');
    expect(await codeOf(core, 'evaluations:report', { roundId: round.id })).toBe('ok');
    expect(await codeOf(core, 'evaluations:save-response', { roundId: round.id, answers: {} })).toBe('FORBIDDEN');
    expect(await codeOf(core, 'evaluations:save-template', { template: 42 })).toBe('FORBIDDEN');
  }, 90_000);
});
