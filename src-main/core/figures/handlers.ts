// Handlers for figures:* (issue 18 point 7: several houses on one server). The dashboard's exact
// counts are only about the caller's own ZVH regions (their house; access.ts `scopeFor`), and an
// account without regions gets none. The published figures (disclosure-controlled: ./published.ts)
// and the export (the same tables) are for every role: the whole installation, or one of the
// caller's own regions. Not another house's region alone: with the province's published tables
// and the other houses', its hidden counts could be worked out by subtraction.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import type { PublishedFigures } from '../../../src-shared/ipc/figures';
import { formatMessage } from '../../../src-shared/i18n/messages';
import { scopeFor, type AccessScope } from '../access/access';
import { GemeenteEntity, ListValueEntity } from '../db/entities/reference';
import { plain, tx, type Handlers } from '../handlers';
import type { OpenSession } from '../workspace/session-state';
import type { WorkspaceParts } from '../workspace';
import { tablesToCsv, tablesToXlsx, wordedTables } from './export';
import { computeDashboard } from './figures';
import { publishFigures } from './published';

interface Filter {
  fromYear: number;
  toYear: number;
  regionId: number | null;
}

/** A region the caller does not work in: refused, with the field it is about. */
function notYourRegion(): AppError {
  return new AppError('INVALID_INPUT', undefined, { regionId: { key: 'figures.errors.regionNotYours' } });
}

/** The caller's scope, with the chosen region (if any) checked against it. */
async function checkedScope(manager: EntityManager, session: OpenSession | null, filter: Filter): Promise<AccessScope> {
  const scope = await scopeFor(manager, session);
  if (filter.regionId !== null && !scope.regionIds.includes(filter.regionId)) throw notYourRegion();
  return scope;
}

type Labels = { ideologie: Map<string, string>; ernst: Map<string, string> };

/** The published figures of the filter, and the list labels to word them. */
async function readPublished(
  manager: EntityManager,
  session: OpenSession | null,
  filter: Filter,
): Promise<{ published: PublishedFigures; labels: Labels }> {
  const scope = await checkedScope(manager, session, filter);
  const values = await manager.find(ListValueEntity, { order: { sort: 'ASC' } });
  const labelsOf = (list: string) => new Map(values.filter((v) => v.list === list).map((v) => [v.code, v.label]));
  const labels = { ideologie: labelsOf('ideologie'), ernst: labelsOf('ernst') };
  const gemeenten = await manager.find(GemeenteEntity);
  const dashboard = await computeDashboard(manager, { ...filter, house: null });
  const published = publishFigures(
    dashboard,
    filter,
    { ideologie: [...labels.ideologie.keys()], ernst: [...labels.ernst.keys()] },
    new Map(gemeenten.map((g) => [g.id, g.regionId])),
    scope.regionIds,
  );
  return { published, labels };
}

const filterOf = (input: Filter): Filter => ({
  fromYear: input.fromYear,
  toYear: input.toYear,
  regionId: input.regionId,
});

export function figureHandlers({
  platform,
}: Pick<WorkspaceParts, 'platform'>): Pick<Handlers, 'figures:dashboard' | 'figures:published' | 'figures:export'> {
  return {
    'figures:dashboard': tx(async (input, ctx) => {
      ctx.note({ objectType: 'cijfers', details: { van: input.fromYear, tot: input.toYear, regio: input.regionId } });
      const scope = await checkedScope(ctx.manager, ctx.session, input);
      // No house, no exact counts: such an account (a coordinator, a beheerder without regions)
      // sees the published figures only.
      if (scope.regionIds.length === 0) throw new AppError('FORBIDDEN');
      return computeDashboard(ctx.manager, { ...input, house: scope });
    }),
    'figures:published': tx(async (input, ctx) => {
      ctx.note({
        objectType: 'cijfers',
        details: { van: input.fromYear, tot: input.toYear, regio: input.regionId, beveiligd: true },
      });
      return (await readPublished(ctx.manager, ctx.session, filterOf(input))).published;
    }),
    'figures:export': plain(async (input, ctx) => {
      ctx.note({ objectType: 'cijfers', details: { van: input.fromYear, tot: input.toYear, formaat: input.format } });
      const { published, labels } = await ctx.read((manager) => readPublished(manager, ctx.session, filterOf(input)));
      const heading = formatMessage('nl', 'figures.heading', { from: input.fromYear, to: input.toYear });
      const tables = wordedTables(published, labels);
      const name = `cter-cijfers-${input.fromYear}-${input.toYear}.${input.format}`;
      const bytes = input.format === 'csv' ? tablesToCsv(tables, heading) : await tablesToXlsx(tables, heading);
      const saved = await platform.files.saveAs(name, bytes, input.format);
      return { saved: saved.saved, fileName: saved.fileName ?? null };
    }),
  };
}
