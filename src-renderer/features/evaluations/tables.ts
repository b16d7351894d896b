// The figure tables the analysis screen and the printed report share: the same caption, columns
// and cells, drawn by SimpleTable on screen and by ReportTable on paper.
import type { TFunction } from 'i18next';
import type { RoundAnalysisView } from '../../../src-shared/ipc/evaluations';
import { formatNumber, formatScore, formatShare, NO_FIGURE, SUPPRESSED } from './format';
import type { SimpleRow } from './SimpleTable';

export interface FigureTable {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: SimpleRow[];
}

/** Per dimension: respondents, score and the shares (on)eens. */
export function dimensionsTable(t: TFunction, dimensions: RoundAnalysisView['analysis']['dimensions']): FigureTable {
  return {
    caption: t('evaluations.dimensions.table'),
    rowHeader: t('evaluations.col.dimension'),
    columns: [
      t('evaluations.col.respondents'),
      t('evaluations.col.score'),
      t('evaluations.col.eens'),
      t('evaluations.col.oneens'),
    ],
    rows: dimensions.map((d) => ({
      key: d.code,
      label: d.naam,
      cells: [formatNumber(d.respondents), formatScore(d.score), formatShare(d.shareEens), formatShare(d.shareOneens)],
    })),
  };
}

/** Per partner organisation (or merged group): n and the score per dimension; small groups suppressed. */
export function partnersTable(
  t: TFunction,
  view: Pick<RoundAnalysisView, 'analysis' | 'partners'>,
  partnerName: (code: string) => string,
): FigureTable {
  const { dimensions } = view.analysis;
  return {
    caption: t('evaluations.partners.table'),
    rowHeader: t('evaluations.col.partner'),
    columns: [t('evaluations.col.n'), ...dimensions.map((d) => d.naam)],
    rows: view.partners.map((g) => ({
      key: g.partners.join('+'),
      label: g.merged
        ? t('evaluations.partners.merged', { names: g.partners.map(partnerName).join(', ') })
        : partnerName(g.partners[0] ?? ''),
      cells: [
        g.suppressed || g.n === null ? SUPPRESSED : formatNumber(g.n),
        ...dimensions.map((d) =>
          g.suppressed ? NO_FIGURE : formatScore(g.dimensions.find((x) => x.code === d.code)?.score ?? null),
        ),
      ],
    })),
  };
}
