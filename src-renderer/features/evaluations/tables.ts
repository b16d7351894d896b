// The figure tables the analysis screen and the printed report share: the same caption, columns
// and cells, drawn by SimpleTable on screen and by ReportTable on paper; and the notes under the
// response figure, so screen and paper state the same rule.
import type { TFunction } from 'i18next';
import type { QuestionStats } from '../../../src-shared/domain/evaluation-analysis';
import type { ComparedDimension, ComparedItem } from '../../../src-shared/domain/evaluation-compare';
import type { ResponseRate } from '../../../src-shared/domain/evaluation-response';
import { formatDate } from '../../../src-shared/domain/format';
import type { RoundAnalysisView } from '../../../src-shared/ipc/evaluations';
import { formatDifference, formatNumber, formatScore, formatShare, formatValue, NO_FIGURE, SUPPRESSED } from './format';
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

/**
 * Responses per organisation against the number invited, grouped as the figures per partner (an
 * organisation with fewer than three responses is merged), never a rate above 100 %: a row with
 * more responses than invited says so instead. A corrected number invited is marked with *.
 */
export function responseTable(t: TFunction, rate: ResponseRate, partnerName: (code: string) => string): FigureTable {
  return {
    caption: t('evaluations.response.table'),
    rowHeader: t('evaluations.col.partner'),
    columns: [t('evaluations.col.invited'), t('evaluations.col.responses'), t('evaluations.col.rate')],
    rows: rate.rows.map((r) => ({
      key: r.partners.join('+'),
      label: r.merged
        ? t('evaluations.partners.merged', { names: r.partners.map(partnerName).join(', ') })
        : `${partnerName(r.partners[0] ?? '')}${r.correction ? ' *' : ''}`,
      cells: [
        r.invited === null ? NO_FIGURE : formatNumber(r.invited),
        formatNumber(r.responses),
        r.exceeded ? t('evaluations.response.exceededCell') : formatShare(r.rate),
      ],
    })),
  };
}

/** The overall response figure as one sentence. */
export function responseSummary(t: TFunction, rate: ResponseRate): string {
  const total = rate.total;
  return total.rate === null || total.invited === null
    ? t('evaluations.response.countOnly', { count: total.responses })
    : t('evaluations.response.summary', {
        count: total.counted,
        invited: formatNumber(total.invited),
        rate: formatShare(total.rate),
      });
}

/**
 * What stands under the response figure, on screen and in the report: the one rule the rate
 * follows, how many responses it leaves out, the merging, the corrections and (on screen) what to
 * do about a partner with more responses than invited.
 */
export function responseNotes(
  t: TFunction,
  rate: ResponseRate,
  partnerName: (code: string) => string,
  exceededKey: 'evaluations.response.exceeded' | 'evaluationReport.method.exceeded',
): string[] {
  if (rate.rows.length === 0) return [];
  const notes = [t('evaluations.response.rule')];
  if (rate.total.excluded > 0 && rate.total.rate !== null) {
    notes.push(t('evaluations.response.excluded', { count: rate.total.excluded, responses: rate.total.responses }));
  }
  if (rate.rows.some((r) => r.merged)) notes.push(t('evaluations.response.merged'));
  if (rate.exceeded.length) notes.push(t(exceededKey, { names: rate.exceeded.map(partnerName).join(', ') }));
  for (const r of rate.rows) {
    if (!r.correction) continue;
    const params = { partner: partnerName(r.partners[0] ?? ''), on: formatDate(r.correction.on), by: r.correction.by };
    notes.push(t(r.correction.by ? 'evaluations.response.corrected' : 'evaluations.response.correctedNobody', params));
  }
  return notes;
}

/** A number question on its own scale: n, the scale, mean, median, lowest–highest and the distribution. */
export function numberTable(t: TFunction, q: Extract<QuestionStats, { type: 'getal' }>): FigureTable {
  const { scale, bands } = q.distribution;
  const band = (b: { from: number; to: number }) =>
    b.from === b.to
      ? formatValue(b.from)
      : t('evaluations.number.band', { from: formatValue(b.from), to: formatValue(b.to) });
  const unit = q.eenheid ? ` ${q.eenheid}` : '';
  return {
    caption: t('evaluations.number.table', {
      tekst: q.tekst,
      min: formatValue(scale.min),
      max: formatValue(scale.max),
    }),
    rowHeader: t('evaluations.col.question'),
    columns: [
      t('evaluations.col.n'),
      t('evaluations.number.scale'),
      t('evaluations.col.mean'),
      t('evaluations.col.median'),
      t('evaluations.number.observed'),
      t('evaluations.number.distribution'),
    ],
    rows: [
      {
        key: q.questionId,
        label: q.tekst,
        cells: [
          formatNumber(q.stats.n),
          `${t('evaluations.number.band', { from: formatValue(scale.min), to: formatValue(scale.max) })}${unit}`,
          formatScore(q.stats.mean),
          formatScore(q.stats.median),
          q.stats.min === null || q.stats.max === null
            ? NO_FIGURE
            : t('evaluations.number.band', { from: formatValue(q.stats.min), to: formatValue(q.stats.max) }),
          bands.map((b) => `${band(b)}: ${formatNumber(b.count)}`).join(' · '),
        ],
      },
    ],
  };
}

/** A choice question: how often each option was chosen, and its share. */
export function optionTable(t: TFunction, q: Extract<QuestionStats, { type: 'keuze' | 'meerkeuze' }>): FigureTable {
  return {
    caption: q.tekst,
    rowHeader: t('evaluations.col.option'),
    columns: [t('evaluations.col.count'), t('evaluations.col.share')],
    rows: q.options.map((o) => ({
      key: o.code,
      label: o.label,
      cells: [formatNumber(o.count), formatShare(o.share)],
    })),
  };
}

/** This round against the previous one: the mean of each, the difference and its direction. */
function comparedCells(t: TFunction, row: ComparedDimension | ComparedItem): string[] {
  return [
    formatScore(row.earlier?.mean ?? null),
    formatScore(row.later?.mean ?? null),
    formatDifference(row.difference),
    t(`evaluations.direction.${row.direction}`),
  ];
}

function comparedColumns(t: TFunction): string[] {
  return [
    t('evaluations.compare.earlier'),
    t('evaluations.compare.later'),
    t('evaluations.compare.difference'),
    t('evaluations.compare.direction'),
  ];
}

/** The comparison with the previous round, per dimension. */
export function comparedDimensionsTable(t: TFunction, dimensions: ComparedDimension[]): FigureTable {
  return {
    caption: t('evaluations.compare.dimensions'),
    rowHeader: t('evaluations.col.dimension'),
    columns: comparedColumns(t),
    rows: dimensions.map((d) => ({ key: d.code, label: d.naam, cells: comparedCells(t, d) })),
  };
}

/** The comparison with the previous round, per statement. */
export function comparedItemsTable(t: TFunction, items: ComparedItem[]): FigureTable {
  return {
    caption: t('evaluations.compare.items'),
    rowHeader: t('evaluations.col.question'),
    columns: comparedColumns(t),
    rows: items.map((item) => ({
      key: `${item.questionId}.${item.itemId ?? ''}`,
      label: item.tekst,
      cells: comparedCells(t, item),
    })),
  };
}
