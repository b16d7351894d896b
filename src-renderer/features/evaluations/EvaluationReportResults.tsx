// The results chapters of the printed evaluation report: per dimension the score chart with its
// table and, per dimension, the spread of the answers per statement (stacked bars) with a table;
// then the comparison with the previous round (paired bars and tables).
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ScaleStats } from '../../../src-shared/domain/evaluation-stats';
import { formatDate } from '../../../src-shared/domain/format';
import type { EvaluationReport } from '../../../src-shared/ipc/evaluations';
import { DistributionChart, ScoreChart, type DistributionBar } from './EvaluationReportCharts';
import { Chapter, Figure, Part, ReportTable } from './EvaluationReportParts';
import { formatNumber, formatScore, formatShare } from './format';
import { comparedDimensionsTable, comparedItemsTable, dimensionsTable, numberTable, optionTable } from './tables';

function scaleCells(stats: ScaleStats): string[] {
  return [
    formatNumber(stats.n),
    formatScore(stats.mean),
    formatScore(stats.median),
    formatShare(stats.shareEens),
    formatShare(stats.shareOneens),
  ];
}

export function ResultsChapter({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation();
  const { analysis } = report;
  const scaleColumns = [
    t('evaluations.col.n'),
    t('evaluations.col.mean'),
    t('evaluations.col.median'),
    t('evaluations.col.eens'),
    t('evaluations.col.oneens'),
  ];
  const bars = (dimension: string | null): DistributionBar[] =>
    analysis.questions.flatMap((q): DistributionBar[] => {
      if (q.type === 'likert5' && q.dimensie === dimension)
        return [{ key: q.questionId, label: q.tekst, stats: q.stats }];
      if (q.type === 'matrix')
        return q.items
          .filter((item) => (item.dimensie ?? q.dimensie) === dimension)
          .map((item) => ({
            key: `${q.questionId}.${item.itemId}`,
            label: `${q.tekst} — ${item.tekst}`,
            stats: item.stats,
          }));
      return [];
    });
  const unscored = bars(null);
  const others = analysis.questions.filter((q) => q.type === 'keuze' || q.type === 'meerkeuze' || q.type === 'getal');
  return (
    <Chapter newPage id="rapport-resultaten" number={3} title={t('evaluationReport.results.title')}>
      <Typography sx={{ mb: 2 }}>{t('evaluations.dimensions.explain')}</Typography>
      <Figure caption={t('evaluationReport.results.overviewCaption')}>
        <ScoreChart
          label={t('evaluations.dimensions.chart')}
          bars={analysis.dimensions.map((d) => ({ key: d.code, label: d.naam, score: d.score }))}
        />
      </Figure>
      <ReportTable {...dimensionsTable(t, analysis.dimensions)} />
      {analysis.dimensions.map((d, index) => {
        const items = bars(d.code);
        if (items.length === 0) return null;
        return (
          <Part
            key={d.code}
            id={`rapport-dimensie-${d.code}`}
            title={t('evaluationReport.results.dimension', {
              number: `3.${index + 1}`,
              naam: d.naam,
              score: formatScore(d.score),
            })}
          >
            <Figure caption={t('evaluationReport.results.distributionCaption', { naam: d.naam })}>
              <DistributionChart
                label={t('evaluationReport.results.distributionChart', { naam: d.naam })}
                bars={items}
              />
            </Figure>
            <ReportTable
              caption={t('evaluationReport.results.itemsTable', { naam: d.naam })}
              rowHeader={t('evaluations.col.question')}
              columns={scaleColumns}
              rows={items.map((item) => ({ key: item.key, label: item.label, cells: scaleCells(item.stats) }))}
            />
          </Part>
        );
      })}
      {unscored.length > 0 ? (
        <Part id="rapport-zonder-dimensie" title={t('evaluationReport.results.unscored')}>
          <ReportTable
            caption={t('evaluationReport.results.unscoredTable')}
            rowHeader={t('evaluations.col.question')}
            columns={scaleColumns}
            rows={unscored.map((item) => ({ key: item.key, label: item.label, cells: scaleCells(item.stats) }))}
          />
        </Part>
      ) : null}
      {others.length > 0 ? (
        <Part id="rapport-overige-vragen" title={t('evaluationReport.results.others')}>
          {others.map((q) =>
            q.type === 'getal' ? (
              <ReportTable key={q.questionId} {...numberTable(t, q)} />
            ) : q.type === 'keuze' || q.type === 'meerkeuze' ? (
              <ReportTable key={q.questionId} {...optionTable(t, q)} />
            ) : null,
          )}
        </Part>
      ) : null}
    </Chapter>
  );
}

export function ComparisonChapter({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation();
  const previous = report.previous;
  return (
    <Chapter newPage id="rapport-vergelijking" number={5} title={t('evaluations.compare.title')}>
      {previous ? (
        <>
          <Typography sx={{ mb: 2 }}>
            {t('evaluationReport.compare.with', {
              titel: previous.round.titel,
              period: t('evaluations.period', {
                from: formatDate(previous.round.periodFrom),
                to: formatDate(previous.round.periodTo),
              }),
              responses: previous.round.responses,
            })}
          </Typography>
          <Figure caption={t('evaluationReport.compare.caption')}>
            <ScoreChart
              label={t('evaluationReport.compare.chart')}
              legend={[t('evaluations.compare.later'), t('evaluations.compare.earlier')]}
              bars={previous.dimensions.map((d) => ({
                key: d.code,
                label: d.naam,
                score: d.later?.mean ?? null,
                previous: d.earlier?.mean ?? null,
              }))}
            />
          </Figure>
          <ReportTable {...comparedDimensionsTable(t, previous.dimensions)} />
          <ReportTable {...comparedItemsTable(t, previous.items)} keepTogether={previous.items.length <= 15} />
        </>
      ) : (
        <Typography>{t('evaluations.compare.none')}</Typography>
      )}
    </Chapter>
  );
}
