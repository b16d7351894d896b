// Handlers for figures:* (every role: the figures hold no personal data; exports are suppressed).
import { formatMessage } from '../../../src-shared/i18n/messages';
import { GemeenteEntity, ListValueEntity } from '../db/entities/reference';
import { plain, tx, type Handlers } from '../handlers';
import type { WorkspaceParts } from '../workspace';
import { exportTables, tablesToCsv, tablesToXlsx } from './export';
import { computeDashboard } from './figures';

export function figureHandlers({
  platform,
}: Pick<WorkspaceParts, 'platform'>): Pick<Handlers, 'figures:dashboard' | 'figures:export'> {
  return {
    'figures:dashboard': tx(async (input, ctx) => {
      ctx.note({ objectType: 'cijfers', details: { van: input.fromYear, tot: input.toYear } });
      return computeDashboard(ctx.manager, input);
    }),
    'figures:export': plain(async (input, ctx) => {
      ctx.note({ objectType: 'cijfers', details: { van: input.fromYear, tot: input.toYear, formaat: input.format } });
      const { dashboard, labels, regionOf } = await ctx.read(async (manager) => {
        const values = await manager.find(ListValueEntity, { order: { sort: 'ASC' } });
        const labelsOf = (list: string) => new Map(values.filter((v) => v.list === list).map((v) => [v.code, v.label]));
        const gemeenten = await manager.find(GemeenteEntity);
        return {
          dashboard: await computeDashboard(manager, input),
          labels: { ideologie: labelsOf('ideologie'), ernst: labelsOf('ernst') },
          regionOf: new Map(gemeenten.map((g) => [g.id, g.regionId])),
        };
      });
      const heading = formatMessage('nl', 'figures.heading', { from: input.fromYear, to: input.toYear });
      const tables = exportTables(dashboard, labels, regionOf);
      const name = `cter-cijfers-${input.fromYear}-${input.toYear}.${input.format}`;
      const bytes = input.format === 'csv' ? tablesToCsv(tables, heading) : await tablesToXlsx(tables, heading);
      const saved = await platform.files.saveAs(name, bytes, input.format);
      return { saved: saved.saved, fileName: saved.fileName ?? null };
    }),
  };
}
