// The chapters of the printed evaluation report around the results, laid out from core's report
// data (nothing is computed here but the arrangement): summary, method and response, the partner
// breakdown, the open answers and the recommendations. The results per dimension and the comparison
// with the previous round are in EvaluationReportResults.
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { EvaluationReport } from '../../../src-shared/ipc/evaluations';
import { Chapter, KeyFigure, Part, ReportTable } from './EvaluationReportParts';
import { formatNumber, formatScore, formatShare, NO_FIGURE } from './format';
import { partnersTable, responseNotes, responseSummary, responseTable } from './tables';

type PartnerName = (code: string) => string;

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
            rate.invited === null || rate.rate === null
              ? t('evaluationReport.summary.rateUnknown')
              : t('evaluationReport.summary.rate', {
                  counted: formatNumber(rate.counted),
                  invited: formatNumber(rate.invited),
                })
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
      {rate.invited !== null && rate.rate !== null ? (
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('evaluations.response.rule')}
        </Typography>
      ) : null}
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
        <Typography sx={{ mb: 1 }}>{responseSummary(t, rate)}</Typography>
        {rate.rows.length > 0 ? <ReportTable {...responseTable(t, rate, partnerName)} /> : null}
        {responseNotes(t, rate, partnerName, 'evaluationReport.method.exceeded').map((note) => (
          <Typography key={note} variant="body2" sx={{ mt: 1 }}>
            {note}
          </Typography>
        ))}
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

export function PartnersChapter({ report, partnerName }: { report: EvaluationReport; partnerName: PartnerName }) {
  const { t } = useTranslation();
  const { partners } = report;
  return (
    <Chapter id="rapport-partners" number={4} title={t('evaluations.partners.title')}>
      <Typography sx={{ mb: 2 }}>{t('evaluationReport.partners.explain', { min: report.method.minGroup })}</Typography>
      {partners.length === 0 ? (
        <Typography>{t('evaluationReport.partners.none')}</Typography>
      ) : (
        <ReportTable {...partnersTable(t, report, partnerName)} />
      )}
    </Chapter>
  );
}

export function OpenAnswersChapter({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation();
  return (
    <Chapter id="rapport-open" number={6} title={t('evaluations.open.title')}>
      <Typography sx={{ mb: 2 }}>
        {t(report.province ? 'evaluations.open.withheld' : 'evaluationReport.open.explain')}
      </Typography>
      {report.openAnswers.length === 0 && !report.province ? (
        <Typography>{t('evaluations.open.none')}</Typography>
      ) : null}
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
      {report.province ? (
        <Typography>{t('evaluationReport.recommendations.withheld')}</Typography>
      ) : report.recommendations.length === 0 ? (
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
