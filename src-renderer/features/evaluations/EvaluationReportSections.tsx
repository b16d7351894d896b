// The chapters of the printed evaluation report, laid out from core's report data (nothing is
// computed here but the arrangement): summary, method and response, results per dimension with
// their charts, the partner breakdown, the comparison with the previous round, the open answers and
// the recommendations. Numbered headings like a research report; a figure with its table and a
// table on its own do not break across pages.
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleStats } from '../../../src-shared/domain/evaluation-stats';
import { formatDate } from '../../../src-shared/domain/format';
import type { EvaluationReport } from '../../../src-shared/ipc/evaluations';
import { DistributionChart, ScoreChart, type DistributionBar } from './EvaluationReportCharts';
import { formatDifference, formatNumber, formatScore, formatShare, NO_FIGURE, SUPPRESSED } from './format';

type PartnerName = (code: string) => string;

export function Chapter({
  id,
  number,
  title,
  newPage = false,
  children,
}: {
  id: string;
  number: number;
  title: string;
  /** The larger chapters start on a new sheet, as in a printed report. */
  newPage?: boolean;
  children: ReactNode;
}) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 4, breakBefore: newPage ? 'page' : 'auto' }}>
      <Typography
        variant="h2"
        id={id}
        sx={{
          fontSize: '1.3rem',
          color: '#1f4e79',
          borderBottom: '2px solid #1f4e79',
          pb: 0.5,
          mb: 1.5,
          breakAfter: 'avoid',
        }}
      >
        {`${number}. ${title}`}
      </Typography>
      {children}
    </Box>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 2.5 }}>
      <Typography variant="h3" id={id} sx={{ fontSize: '1.05rem', mb: 1, breakAfter: 'avoid' }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** A figure (chart and/or table) with its caption, kept on one page. */
function Figure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <Box component="figure" sx={{ m: 0, mb: 2, breakInside: 'avoid' }}>
      {children}
      <Typography component="figcaption" variant="body2" sx={{ mt: 0.5, color: '#3d4650', fontStyle: 'italic' }}>
        {caption}
      </Typography>
    </Box>
  );
}

interface Row {
  key: string;
  label: string;
  cells: string[];
}

/** A table of figures: the first column names the row, the numbers are right-aligned. */
export function ReportTable({
  caption,
  rowHeader,
  columns,
  rows,
  keepTogether = true,
}: {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: Row[];
  /** Short tables stay on one page; long ones break between rows, repeating the heading. */
  keepTogether?: boolean;
}) {
  return (
    <Box
      component="table"
      sx={{
        mb: 2,
        breakInside: keepTogether ? 'avoid' : 'auto',
        '& caption': { captionSide: 'top', textAlign: 'left', fontWeight: 600, pb: 0.5, fontSize: '9.5pt' },
        '& thead th': { borderBottom: '1.5px solid #1b1f24', fontWeight: 600, verticalAlign: 'bottom' },
        '& td, & thead th:not(:first-of-type)': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
        '& tbody th': { fontWeight: 400, textAlign: 'left', borderBottom: '1px solid #c4cad2', pr: 1 },
        '& td': { whiteSpace: 'nowrap', pl: 1 },
      }}
    >
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

function KeyFigure({ value, label }: { value: string; label: string }) {
  return (
    <Box sx={{ border: '1px solid #c4cad2', borderTop: '4px solid #1f4e79', p: 1.5, breakInside: 'avoid' }}>
      <Typography sx={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.1, color: '#1f4e79' }}>{value}</Typography>
      <Typography variant="body2">{label}</Typography>
    </Box>
  );
}

export function SummaryChapter({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation();
  const { summary } = report;
  const rate = report.method.responseRate.total;
  // Too few dimensions to name the strongest and weakest: then each one's score, if it may be shown.
  const scored = report.analysis.dimensions.filter((d) => d.score !== null && d.respondents >= report.method.minGroup);
  return (
    <Chapter id="rapport-samenvatting" number={1} title={t('evaluationReport.summary.title')}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 1.5, mb: 2 }}>
        <KeyFigure value={formatNumber(summary.responses)} label={t('evaluationReport.summary.responses')} />
        <KeyFigure
          value={summary.responseRate === null ? NO_FIGURE : formatShare(summary.responseRate)}
          label={
            rate.invited === null
              ? t('evaluationReport.summary.rateUnknown')
              : t('evaluationReport.summary.rate', { invited: formatNumber(rate.invited) })
          }
        />
        <KeyFigure
          value={summary.trend ? formatNumber(summary.trend.hoger) : NO_FIGURE}
          label={
            summary.trend
              ? t('evaluationReport.summary.trendUp', { lager: summary.trend.lager, gelijk: summary.trend.gelijk })
              : t('evaluationReport.summary.trendNone')
          }
        />
        <KeyFigure
          value={formatNumber(summary.recommendations.open + summary.recommendations.teLaat)}
          label={t('evaluationReport.summary.recommendations', {
            late: summary.recommendations.teLaat,
            done: summary.recommendations.afgerond,
          })}
        />
      </Box>
      {summary.strongest.length > 0 ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 3, breakInside: 'avoid' }}>
          <Part id="rapport-sterk" title={t('evaluationReport.summary.strongest')}>
            <Box component="ol" sx={{ m: 0, pl: 3 }}>
              {summary.strongest.map((d) => (
                <li key={d.code}>
                  {t('evaluationReport.summary.dimensionScore', { naam: d.naam, score: formatScore(d.score) })}
                </li>
              ))}
            </Box>
          </Part>
          <Part id="rapport-zwak" title={t('evaluationReport.summary.weakest')}>
            <Box component="ol" sx={{ m: 0, pl: 3 }}>
              {summary.weakest.map((d) => (
                <li key={d.code}>
                  {t('evaluationReport.summary.dimensionScore', { naam: d.naam, score: formatScore(d.score) })}
                </li>
              ))}
            </Box>
          </Part>
        </Box>
      ) : scored.length > 0 ? (
        <Part id="rapport-scores" title={t('evaluationReport.summary.scores')}>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {scored.map((d) => (
              <li key={d.code}>
                {t('evaluationReport.summary.dimensionScore', { naam: d.naam, score: formatScore(d.score!) })}
              </li>
            ))}
          </Box>
        </Part>
      ) : (
        <Typography>{t('evaluationReport.summary.tooFew')}</Typography>
      )}
    </Chapter>
  );
}

export function MethodChapter({ report, partnerName }: { report: EvaluationReport; partnerName: PartnerName }) {
  const { t } = useTranslation();
  const { method } = report;
  const rate = method.responseRate;
  return (
    <Chapter id="rapport-methode" number={2} title={t('evaluationReport.method.title')}>
      <Typography sx={{ mb: 1 }}>
        {t('evaluationReport.method.design', {
          template: t('evaluations.templateVersion', {
            titel: report.cover.templateTitel,
            versie: report.cover.templateVersie,
          }),
          sections: method.sections.length,
          questions: method.sections.reduce((sum, s) => sum + s.questions, 0),
          dimensions: method.dimensions.length,
        })}
      </Typography>
      <Typography sx={{ mb: 1 }}>
        {t('evaluationReport.method.sources', { papier: method.sources.papier, kiosk: method.sources.kiosk })}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t(`evaluationReport.method.anonymity.${method.anonymity}`)}</Typography>
      <Typography sx={{ mb: 1 }}>{t('evaluationReport.method.suppression', { min: method.minGroup })}</Typography>
      <Typography sx={{ mb: 2 }}>{t('evaluationReport.method.scale')}</Typography>
      <Part id="rapport-respons" title={t('evaluationReport.method.response')}>
        <Typography sx={{ mb: 1 }}>
          {rate.total.rate === null
            ? t('evaluations.response.countOnly', { count: rate.total.responses })
            : t('evaluations.response.summary', {
                count: rate.total.responses,
                invited: formatNumber(rate.total.invited ?? 0),
                rate: formatShare(rate.total.rate),
              })}
          {rate.total.partial ? ` ${t('evaluations.response.partial')}` : ''}
        </Typography>
        {rate.groups.length > 0 ? (
          <ReportTable
            caption={t('evaluationReport.method.responseTable')}
            rowHeader={t('evaluations.col.partner')}
            columns={[t('evaluations.col.invited'), t('evaluations.col.responses'), t('evaluations.col.rate')]}
            rows={[
              ...rate.groups.map((g) => ({
                key: g.partner,
                label: partnerName(g.partner),
                cells: [
                  g.invited === null ? NO_FIGURE : formatNumber(g.invited),
                  formatNumber(g.responses),
                  formatShare(g.rate),
                ],
              })),
              ...(rate.outside > 0
                ? [
                    {
                      key: 'buiten',
                      label: t('evaluationReport.method.outside'),
                      cells: [NO_FIGURE, formatNumber(rate.outside), NO_FIGURE],
                    },
                  ]
                : []),
            ]}
          />
        ) : null}
      </Part>
      <Part id="rapport-dimensies-uitleg" title={t('evaluationReport.method.dimensions')}>
        <ReportTable
          caption={t('evaluationReport.method.dimensionsTable')}
          rowHeader={t('evaluations.col.dimension')}
          columns={[t('evaluationReport.col.description'), t('evaluationReport.col.items')]}
          rows={method.dimensions.map((d) => ({
            key: d.code,
            label: d.naam,
            cells: [d.omschrijving || NO_FIGURE, formatNumber(d.items)],
          }))}
          keepTogether={method.dimensions.length <= 12}
        />
      </Part>
    </Chapter>
  );
}

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
      <ReportTable
        caption={t('evaluations.dimensions.table')}
        rowHeader={t('evaluations.col.dimension')}
        columns={[
          t('evaluations.col.respondents'),
          t('evaluations.col.score'),
          t('evaluations.col.eens'),
          t('evaluations.col.oneens'),
        ]}
        rows={analysis.dimensions.map((d) => ({
          key: d.code,
          label: d.naam,
          cells: [
            formatNumber(d.respondents),
            formatScore(d.score),
            formatShare(d.shareEens),
            formatShare(d.shareOneens),
          ],
        }))}
      />
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
              <ReportTable
                key={q.questionId}
                caption={q.tekst}
                rowHeader={t('evaluations.col.question')}
                columns={[t('evaluations.col.n'), t('evaluations.col.mean'), t('evaluations.col.median')]}
                rows={[
                  {
                    key: q.questionId,
                    label: q.tekst,
                    cells: [formatNumber(q.stats.n), formatScore(q.stats.mean), formatScore(q.stats.median)],
                  },
                ]}
              />
            ) : q.type === 'keuze' || q.type === 'meerkeuze' ? (
              <ReportTable
                key={q.questionId}
                caption={q.tekst}
                rowHeader={t('evaluations.col.option')}
                columns={[t('evaluations.col.count'), t('evaluations.col.share')]}
                rows={q.options.map((o) => ({
                  key: o.code,
                  label: o.label,
                  cells: [formatNumber(o.count), formatShare(o.share)],
                }))}
              />
            ) : null,
          )}
        </Part>
      ) : null}
    </Chapter>
  );
}

export function PartnersChapter({ report, partnerName }: { report: EvaluationReport; partnerName: PartnerName }) {
  const { t } = useTranslation();
  const { analysis, partners } = report;
  return (
    <Chapter id="rapport-partners" number={4} title={t('evaluations.partners.title')}>
      <Typography sx={{ mb: 2 }}>{t('evaluationReport.partners.explain', { min: report.method.minGroup })}</Typography>
      {partners.length === 0 ? (
        <Typography>{t('evaluationReport.partners.none')}</Typography>
      ) : (
        <ReportTable
          caption={t('evaluations.partners.table')}
          rowHeader={t('evaluations.col.partner')}
          columns={[t('evaluations.col.n'), ...analysis.dimensions.map((d) => d.naam)]}
          rows={partners.map((g) => ({
            key: g.partners.join('+'),
            label: g.merged
              ? t('evaluations.partners.merged', { names: g.partners.map(partnerName).join(', ') })
              : partnerName(g.partners[0] ?? ''),
            cells: [
              g.suppressed || g.n === null ? SUPPRESSED : formatNumber(g.n),
              ...analysis.dimensions.map((d) =>
                g.suppressed ? NO_FIGURE : formatScore(g.dimensions.find((x) => x.code === d.code)?.score ?? null),
              ),
            ],
          }))}
        />
      )}
    </Chapter>
  );
}

export function ComparisonChapter({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation();
  const previous = report.previous;
  const columns = [
    t('evaluations.compare.earlier'),
    t('evaluations.compare.later'),
    t('evaluations.compare.difference'),
    t('evaluations.compare.direction'),
  ];
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
          <ReportTable
            caption={t('evaluations.compare.dimensions')}
            rowHeader={t('evaluations.col.dimension')}
            columns={columns}
            rows={previous.dimensions.map((d) => ({
              key: d.code,
              label: d.naam,
              cells: [
                formatScore(d.earlier?.mean ?? null),
                formatScore(d.later?.mean ?? null),
                formatDifference(d.difference),
                t(`evaluations.direction.${d.direction}`),
              ],
            }))}
          />
          <ReportTable
            caption={t('evaluations.compare.items')}
            rowHeader={t('evaluations.col.question')}
            columns={columns}
            keepTogether={previous.items.length <= 15}
            rows={previous.items.map((item) => ({
              key: `${item.questionId}.${item.itemId ?? ''}`,
              label: item.tekst,
              cells: [
                formatScore(item.earlier?.mean ?? null),
                formatScore(item.later?.mean ?? null),
                formatDifference(item.difference),
                t(`evaluations.direction.${item.direction}`),
              ],
            }))}
          />
        </>
      ) : (
        <Typography>{t('evaluations.compare.none')}</Typography>
      )}
    </Chapter>
  );
}

export function OpenAnswersChapter({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation();
  return (
    <Chapter newPage id="rapport-open" number={6} title={t('evaluations.open.title')}>
      <Typography sx={{ mb: 2 }}>{t('evaluationReport.open.explain')}</Typography>
      {report.openAnswers.length === 0 ? <Typography>{t('evaluations.open.none')}</Typography> : null}
      {report.openAnswers.map((q) => (
        <Part key={q.questionId} id={`rapport-open-${q.questionId}`} title={q.tekst}>
          {q.answers.length === 0 ? (
            <Typography>{t('evaluations.open.noAnswers')}</Typography>
          ) : (
            <Box component="ul" aria-labelledby={`rapport-open-${q.questionId}`} sx={{ m: 0, pl: 3 }}>
              {q.answers.map((answer, i) => (
                <Box component="li" key={i} sx={{ mb: 0.5, breakInside: 'avoid' }}>
                  {answer}
                </Box>
              ))}
            </Box>
          )}
        </Part>
      ))}
    </Chapter>
  );
}

export function RecommendationsChapter({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation();
  const counts = report.summary.recommendations;
  return (
    <Chapter id="rapport-aanbevelingen" number={7} title={t('evaluations.recommendations.title')}>
      <Typography sx={{ mb: 2 }}>
        {t('evaluations.recommendations.counts', { open: counts.open, late: counts.teLaat, done: counts.afgerond })}
      </Typography>
      {report.recommendations.length === 0 ? (
        <Typography>{t('evaluations.recommendations.none')}</Typography>
      ) : (
        <Box
          component="table"
          sx={{
            breakInside: report.recommendations.length <= 6 ? 'avoid' : 'auto',
            '& caption': { captionSide: 'top', textAlign: 'left', fontWeight: 600, pb: 0.5, fontSize: '9.5pt' },
            '& thead th': { borderBottom: '1.5px solid #1b1f24', fontWeight: 600 },
            '& td, & tbody th': { verticalAlign: 'top', borderBottom: '1px solid #c4cad2' },
            '& tbody th': { fontWeight: 400, textAlign: 'left' },
          }}
        >
          <caption>{t('evaluationReport.recommendations.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evaluations.recommendations.tekst')}</th>
              <th scope="col">{t('evaluations.recommendations.eigenaar')}</th>
              <th scope="col">{t('evaluations.recommendations.deadline')}</th>
              <th scope="col">{t('evaluationReport.recommendations.status')}</th>
            </tr>
          </thead>
          <tbody>
            {report.recommendations.map((r) => {
              const last = r.notes.at(-1);
              return (
                <tr key={r.id}>
                  <th scope="row">
                    {r.tekst}
                    {last ? (
                      <Box component="span" sx={{ display: 'block', color: '#3d4650', fontSize: '8.5pt', mt: 0.25 }}>
                        {t('evaluationReport.recommendations.lastNote', { at: formatDate(last.at), tekst: last.tekst })}
                      </Box>
                    ) : null}
                  </th>
                  <td>{r.eigenaar || t('evaluations.recommendations.noOwner')}</td>
                  <td style={{ whiteSpace: 'nowrap' }}>
                    {r.deadline ? formatDate(r.deadline) : t('evaluations.recommendations.noDeadline')}
                  </td>
                  <td style={{ whiteSpace: 'nowrap' }}>
                    {r.pile === 'te-laat'
                      ? t('evaluationReport.recommendations.late', {
                          status: t(`evaluations.recommendations.status.${r.status}`),
                        })
                      : t(`evaluations.recommendations.status.${r.status}`)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Box>
      )}
    </Chapter>
  );
}
