// Handlers for evaluations:*. Templates, rounds, responses (paper and kiosk), analysis, comparison,
// report data, the anonymised export and the recommendations.
import { isoDay } from '../../../src-shared/domain/format';
import { AppError } from '../../../src-shared/ipc/errors';
import { EvalResponseEntity } from '../db/entities/evaluation';
import { ListValueEntity } from '../db/entities/reference';
import { plain, scopeOf, tx, type Handlers, type TxContext } from '../handlers';
import { readChosenFile } from '../platform';
import type { WorkspaceParts } from '../workspace';
import { exportCsv, exportRows, exportXlsx } from './export';
import { checkRound, houseFor, readerOf, roundHouses } from './houses';
import { Kiosk } from './kiosk';
import { provincePool } from './pool';
import { provinceResponses, provinceSummary, provinceView } from './province';
import { RecommendationService } from './recommendation-service';
import { analyseRound, buildReport, compare } from './report';
import { RoundService } from './round-service';
import { discardDraft, readDraft, writeDraft } from './template-drafts';
import { exportTemplateText, templateOf, type Author, type TemplateService } from './template-service';

type EvaluationHandlers = Pick<
  Handlers,
  | 'evaluations:templates'
  | 'evaluations:template'
  | 'evaluations:save-template'
  | 'evaluations:template-draft'
  | 'evaluations:save-template-draft'
  | 'evaluations:discard-template-draft'
  | 'evaluations:import-template'
  | 'evaluations:export-template'
  | 'evaluations:rounds'
  | 'evaluations:round'
  | 'evaluations:round-houses'
  | 'evaluations:save-round'
  | 'evaluations:set-round-status'
  | 'evaluations:responses'
  | 'evaluations:save-response'
  | 'evaluations:delete-response'
  | 'evaluations:kiosk-start'
  | 'evaluations:kiosk-form'
  | 'evaluations:kiosk-submit'
  | 'evaluations:kiosk-exit'
  | 'evaluations:analysis'
  | 'evaluations:province'
  | 'evaluations:compare'
  | 'evaluations:report'
  | 'evaluations:export'
  | 'evaluations:recommendations'
  | 'evaluations:save-recommendation'
  | 'evaluations:recommendation-note'
>;

const ROUND = 'evaluatieronde';

export function evaluationHandlers(
  parts: Pick<WorkspaceParts, 'clock' | 'platform' | 'db' | 'sessionState' | 'credentials'>,
  templates: TemplateService,
): EvaluationHandlers {
  const { clock, platform } = parts;
  const rounds = new RoundService();
  const recommendations = new RecommendationService();
  const kiosk = new Kiosk(parts, rounds);
  const author = (ctx: { session: TxContext['session'] }): Author => ({
    accountId: ctx.session?.user.id ?? null,
    now: clock.now(),
  });
  const accountOf = (ctx: { session: TxContext['session'] }): number => {
    if (!ctx.session) throw new AppError('NOT_AUTHENTICATED');
    return ctx.session.user.id;
  };
  const today = () => isoDay(clock.now());
  type Ctx = Pick<TxContext, 'manager' | 'session'>;
  /** The house's reader: the rounds of the account's regions and those for every house. */
  const house = (ctx: Ctx) => readerOf(ctx.manager, ctx.session, false);
  /** The same, or the coordinator's: every round, in the disclosure-controlled form. */
  const province = (ctx: Ctx) => readerOf(ctx.manager, ctx.session, true);
  /** NOT_FOUND unless the round is the house's (or for every house). */
  const houseRound = async (ctx: Ctx, roundId: number) => checkRound(ctx.manager, await house(ctx), roundId);
  /** NOT_FOUND unless the reader may read the round; the reader, to choose the form. */
  const readRound = async (ctx: Ctx, roundId: number) => {
    const reader = await province(ctx);
    await checkRound(ctx.manager, reader, roundId);
    return reader;
  };

  return {
    'evaluations:templates': tx((_input, ctx) => templates.list(ctx.manager)),
    'evaluations:template': tx((input, ctx) => templates.view(ctx.manager, input.id)),
    'evaluations:save-template': tx(async (input, ctx) => {
      const saved = await templates.save(ctx.manager, input.id, input.template, author(ctx), input.version);
      // The builder's unsaved work is now saved: its draft goes in the same transaction.
      if (ctx.session) await discardDraft(ctx.manager, ctx.session.user.id, input.id);
      const template = await templates.view(ctx.manager, saved.id);
      ctx.note({
        objectType: 'vragenlijst',
        objectId: saved.id,
        details: { sleutel: template.sleutel, versie: template.versie, nieuweVersie: saved.newVersion },
      });
      return { template, newVersion: saved.newVersion };
    }),
    'evaluations:template-draft': tx((input, ctx) => readDraft(ctx.manager, accountOf(ctx), input.templateId)),
    'evaluations:save-template-draft': tx((input, ctx) =>
      writeDraft(ctx.manager, accountOf(ctx), input.templateId, input.content, clock.now()),
    ),
    'evaluations:discard-template-draft': tx(async (input, ctx) => ({
      discarded: await discardDraft(ctx.manager, accountOf(ctx), input.templateId),
    })),
    'evaluations:import-template': plain(async (_input, ctx) => {
      const text = await readChosenFile(platform.files, 'json');
      if (text === null) return { imported: false, template: null };
      const template = await ctx.commit(async (manager) => {
        const made = await templates.import(manager, text, author(ctx));
        ctx.note({
          objectType: 'vragenlijst',
          objectId: made.id,
          details: { sleutel: made.sleutel, versie: made.versie },
        });
        return made;
      });
      return { imported: true, template };
    }),
    'evaluations:export-template': plain(async (input, ctx) => {
      ctx.note({ objectType: 'vragenlijst', objectId: input.id });
      const row = await ctx.read((manager) => templates.row(manager, input.id));
      const bytes = Buffer.from(exportTemplateText(templateOf(row)), 'utf8');
      const saved = await platform.files.saveAs(`vragenlijst-${row.sleutel}-v${row.versie}.json`, bytes, 'json');
      return { saved: saved.saved, fileName: saved.fileName ?? null };
    }),

    'evaluations:rounds': tx(async (input, ctx) => {
      ctx.note({ objectType: ROUND });
      const reader = await province(ctx);
      const list = await rounds.summaries(ctx.manager, input.sleutel, null, reader);
      return reader.province ? list.map(provinceSummary) : list;
    }),
    'evaluations:round': tx(async (input, ctx) => {
      ctx.note({ objectType: ROUND, objectId: input.id });
      await houseRound(ctx, input.id);
      return rounds.view(ctx.manager, input.id);
    }),
    'evaluations:round-houses': tx(async (_input, ctx) => roundHouses(ctx.manager, await scopeOf(ctx))),
    'evaluations:save-round': tx(async (input, ctx) => {
      if (input.id !== null) ctx.note({ objectType: ROUND, objectId: input.id });
      const scope = await scopeOf(ctx);
      let house: number | null;
      if (input.id === null) house = await houseFor(ctx.manager, scope, input.regionId);
      else {
        await houseRound(ctx, input.id);
        const current = (await rounds.row(ctx.manager, input.id)).regionId;
        // The house it has stays without a check (a Noord account may edit a round for every house).
        const same = input.regionId === undefined || input.regionId === current;
        house = same ? current : await houseFor(ctx.manager, scope, input.regionId);
        // Moving a round takes the right to choose its old house too (a round for every house
        // only by an account holding every region).
        if (house !== current) await houseFor(ctx.manager, scope, current);
      }
      const id = await rounds.save(ctx.manager, input, author(ctx), house);
      ctx.note({
        objectType: ROUND,
        objectId: id,
        details: { vragenlijst: input.templateId, anonimiteit: input.anonymity, huis: house },
      });
      return rounds.view(ctx.manager, id);
    }),
    'evaluations:set-round-status': tx(async (input, ctx) => {
      ctx.note({ objectType: ROUND, objectId: input.id, details: { status: input.status } });
      await houseRound(ctx, input.id);
      await rounds.setStatus(ctx.manager, input.id, input.status, clock.now());
      return rounds.view(ctx.manager, input.id);
    }),
    'evaluations:responses': tx(async (input, ctx) => {
      ctx.note({ objectType: ROUND, objectId: input.roundId, details: { antwoorden: true } });
      await houseRound(ctx, input.roundId);
      return rounds.responseViews(ctx.manager, input.roundId);
    }),
    'evaluations:save-response': tx(async (input, ctx) => {
      ctx.note({ objectType: ROUND, objectId: input.roundId });
      await houseRound(ctx, input.roundId);
      const round = await rounds.row(ctx.manager, input.roundId);
      const existing = input.id === null ? null : await rounds.response(ctx.manager, input.id);
      // Only a paper form can be corrected, and only in its own round.
      if (existing && (existing.roundId !== round.id || existing.source !== 'papier')) throw new AppError('NOT_FOUND');
      const row = await rounds.addResponse(
        ctx.manager,
        round,
        {
          source: 'papier',
          partner: input.partner,
          respondent: input.respondent,
          datum: input.datum,
          answers: input.answers,
        },
        author(ctx),
        existing,
      );
      ctx.note({ objectType: ROUND, objectId: round.id, details: { respons: row.id, correctie: existing !== null } });
      const names = new Map([[ctx.session!.user.id, ctx.session!.user.displayName]]);
      return rounds.responseView(row, names);
    }),
    'evaluations:delete-response': tx(async (input, ctx) => {
      const row = await rounds.response(ctx.manager, input.id);
      await houseRound(ctx, row.roundId);
      ctx.note({ objectType: ROUND, objectId: row.roundId, details: { respons: row.id } });
      await ctx.manager.delete(EvalResponseEntity, { id: row.id });
      return { deleted: true };
    }),

    'evaluations:kiosk-start': tx(async (input, ctx) => {
      ctx.note({ objectType: ROUND, objectId: input.roundId, details: { kiosk: 'gestart' } });
      await houseRound(ctx, input.roundId);
      return kiosk.start(ctx.manager, input.roundId);
    }),
    'evaluations:kiosk-form': tx((_input, ctx) => kiosk.form(ctx.manager)),
    'evaluations:kiosk-submit': tx((input, ctx) => kiosk.submit(ctx.manager, input)),
    'evaluations:kiosk-exit': plain((input) => kiosk.exit(input.password)),

    'evaluations:analysis': tx(async (input, ctx) => {
      ctx.note({ objectType: ROUND, objectId: input.roundId });
      const reader = await readRound(ctx, input.roundId);
      const { view } = await analyseRound(ctx.manager, rounds, input.roundId);
      return reader.province ? provinceView(view) : view;
    }),
    'evaluations:province': tx(async (input, ctx) => {
      ctx.note({ objectType: 'vragenlijst', objectId: input.templateId, details: { provincie: true } });
      return provincePool(ctx.manager, rounds, await province(ctx), input);
    }),
    'evaluations:compare': tx(async (input, ctx) => {
      ctx.note({ objectType: ROUND, objectId: input.laterId, details: { vergelekenMet: input.earlierId } });
      await readRound(ctx, input.earlierId);
      const reader = await readRound(ctx, input.laterId);
      return compare(ctx.manager, rounds, input.earlierId, input.laterId, reader.province);
    }),
    'evaluations:report': tx(async (input, ctx) => {
      ctx.note({ objectType: ROUND, objectId: input.roundId, details: { rapport: true } });
      const reader = await readRound(ctx, input.roundId);
      if (input.previousId !== null) await readRound(ctx, input.previousId);
      const services = { rounds, recommendations };
      return buildReport(ctx.manager, services, input.roundId, { id: input.previousId, reader }, today());
    }),
    'evaluations:export': plain(async (input, ctx) => {
      ctx.note({ objectType: ROUND, objectId: input.roundId, details: { formaat: input.format } });
      const { loaded, labels, reader } = await ctx.read(async (manager) => ({
        reader: await readRound({ ...ctx, manager }, input.roundId),
        loaded: await analyseRound(manager, rounds, input.roundId),
        labels: new Map(
          (await manager.find(ListValueEntity, { where: { list: 'partner' } })).map((v) => [v.code, v.label]),
        ),
      }));
      // The coordinator's file: no open answers, no rows for a round too small (province.ts).
      const view = reader.province ? provinceView(loaded.view) : loaded.view;
      const responses = reader.province ? provinceResponses(loaded.responses) : loaded.responses;
      const data = exportRows(loaded.template, responses, labels, !reader.province);
      const bytes =
        input.format === 'csv'
          ? exportCsv(data)
          : await exportXlsx(view.round.titel, loaded.template, data, view.analysis, view.responseRate, labels);
      const name = `evaluatie-${input.roundId}-${view.round.periodFrom}.${input.format}`;
      const saved = await platform.files.saveAs(name, bytes, input.format);
      return { saved: saved.saved, fileName: saved.fileName ?? null };
    }),

    'evaluations:recommendations': tx(async (input, ctx) => {
      ctx.note({ objectType: 'aanbeveling', details: input.roundId === null ? null : { ronde: input.roundId } });
      const reader = await house(ctx);
      if (input.roundId !== null) await checkRound(ctx.manager, reader, input.roundId);
      return recommendations.overview(ctx.manager, input, today(), reader);
    }),
    'evaluations:save-recommendation': tx(async (input, ctx) => {
      if (input.id !== null) ctx.note({ objectType: 'aanbeveling', objectId: input.id });
      await houseRound(ctx, input.roundId);
      // An existing one moves only within rounds the account may read.
      if (input.id !== null) await houseRound(ctx, (await recommendations.row(ctx.manager, input.id)).roundId);
      const id = await recommendations.save(ctx.manager, input, author(ctx));
      ctx.note({ objectType: 'aanbeveling', objectId: id, details: { ronde: input.roundId, status: input.status } });
      return recommendations.view(ctx.manager, id, today());
    }),
    'evaluations:recommendation-note': tx(async (input, ctx) => {
      ctx.note({ objectType: 'aanbeveling', objectId: input.id, details: { status: input.status } });
      await houseRound(ctx, (await recommendations.row(ctx.manager, input.id)).roundId);
      await recommendations.note(ctx.manager, input.id, input.tekst, input.status, author(ctx));
      return recommendations.view(ctx.manager, input.id, today());
    }),
  };
}
