// The analysis of one round as sections: response rate, dimension scores (bars and table), the
// figures per question, the breakdown per partner organisation and the open answers.
import { Box, List, ListItem, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RoundAnalysisView } from '../../../src-shared/ipc/evaluations';
import type { ScaleStats } from '../../../src-shared/domain/evaluation-stats';
import { listLabel, useReferenceData } from '../lists';
import { formatNumber, formatScore, formatShare, scoreWidth } from './format';
import {
  dimensionsTable,
  numberTable,
  optionTable,
  partnersTable,
  responseNotes,
  responseSummary,
  responseTable,
} from './tables';
import { Section } from './Section';
import { SimpleTable, type SimpleRow } from './SimpleTable';

function scaleCells(stats: ScaleStats): string[] {
  return [
    formatNumber(stats.n),
    formatScore(stats.mean),
    formatScore(stats.median),
    stats.distribution.map((count) => formatNumber(count)).join(' / '),
    formatShare(stats.shareEens),
    formatShare(stats.shareOneens),
  ];
}

/** A round's analysis, or the provincial pool's (which has no single round). */
export function AnalysisSections({
  view,
}: {
  view: Pick<RoundAnalysisView, 'province' | 'analysis' | 'partners' | 'responseRate'>;
}) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const partnerName = (code: string) =>
    code === 'onbekend' ? t('evaluations.partnerUnknown') : listLabel(reference.data, 'partner', code);
  const { analysis, responseRate } = view;

  const scaleRows: SimpleRow[] = analysis.questions.flatMap((q): SimpleRow[] => {
    if (q.type === 'likert5') return [{ key: q.questionId, label: q.tekst, cells: scaleCells(q.stats) }];
    if (q.type === 'matrix')
      return q.items.map((item) => ({
        key: `${q.questionId}.${item.itemId}`,
        label: `${q.tekst} — ${item.tekst}`,
        cells: scaleCells(item.stats),
      }));
    return [];
  });
  const otherQuestions = analysis.questions.filter(
    (q) => q.type === 'keuze' || q.type === 'meerkeuze' || q.type === 'getal',
  );
  const openQuestions = analysis.questions.flatMap((q) => (q.type === 'open' ? [q] : []));

  return (
    <>
      <Section id="respons" title={t('evaluations.response.title')}>
        <Typography role="status" sx={{ fontWeight: 600, mb: 1 }}>
          {responseSummary(t, responseRate)}
        </Typography>
        {responseRate.rows.length > 0 ? <SimpleTable {...responseTable(t, responseRate, partnerName)} /> : null}
        {responseNotes(t, responseRate, partnerName, 'evaluations.response.exceeded').map((note) => (
          <Typography key={note} variant="body2" sx={{ mt: 1, maxWidth: '75ch' }}>
            {note}
          </Typography>
        ))}
      </Section>

      <Section id="dimensies" title={t('evaluations.dimensions.title')}>
        <Typography sx={{ mb: 2, maxWidth: '75ch' }}>{t('evaluations.dimensions.explain')}</Typography>
        <Box
          role="img"
          aria-label={t('evaluations.dimensions.chart')}
          sx={{
            display: 'grid',
            gridTemplateColumns: 'minmax(160px, 30ch) 1fr 5ch',
            gap: 1,
            alignItems: 'center',
            mb: 2,
          }}
        >
          {analysis.dimensions.map((d) => (
            <Box key={d.code} sx={{ display: 'contents' }}>
              <Typography variant="body2">{d.naam}</Typography>
              <Box sx={{ height: 18, bgcolor: 'action.hover', borderRadius: 0.5 }}>
                <Box
                  sx={{ height: '100%', width: `${scoreWidth(d.score)}%`, bgcolor: 'primary.main', borderRadius: 0.5 }}
                />
              </Box>
              <Typography variant="body2" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                {formatScore(d.score)}
              </Typography>
            </Box>
          ))}
        </Box>
        <SimpleTable {...dimensionsTable(t, analysis.dimensions)} />
      </Section>

      <Section id="vragen" title={t('evaluations.questions.title')}>
        <SimpleTable
          caption={t('evaluations.questions.table')}
          rowHeader={t('evaluations.col.question')}
          columns={[
            t('evaluations.col.n'),
            t('evaluations.col.mean'),
            t('evaluations.col.median'),
            t('evaluations.col.distribution'),
            t('evaluations.col.eens'),
            t('evaluations.col.oneens'),
          ]}
          rows={scaleRows}
        />
        {otherQuestions.map((q) =>
          q.type === 'getal' ? (
            <Box key={q.questionId} sx={{ mt: 2 }}>
              <SimpleTable {...numberTable(t, q)} />
            </Box>
          ) : q.type === 'keuze' || q.type === 'meerkeuze' ? (
            <Box key={q.questionId} sx={{ mt: 2 }}>
              <SimpleTable {...optionTable(t, q)} />
            </Box>
          ) : null,
        )}
      </Section>

      <Section id="partners" title={t('evaluations.partners.title')}>
        {view.province && view.partners.length === 0 ? (
          // The provincial form of a small round, or a pool (pool.ts: per organisation only per round).
          <Typography>{t('evaluations.partners.noneInThisForm')}</Typography>
        ) : (
          <>
            <Typography sx={{ mb: 2, maxWidth: '75ch' }}>{t('evaluations.partners.explain')}</Typography>
            <SimpleTable {...partnersTable(t, view, partnerName)} />
          </>
        )}
      </Section>

      <Section id="open" title={t('evaluations.open.title')}>
        {view.province ? <Typography>{t('evaluations.open.withheld')}</Typography> : null}
        {openQuestions.length === 0 && !view.province ? <Typography>{t('evaluations.open.none')}</Typography> : null}
        {(view.province ? [] : openQuestions).map((q) => (
          <Box key={q.questionId} component="section" aria-labelledby={`open-${q.questionId}`} sx={{ mb: 2 }}>
            <Typography variant="h3" id={`open-${q.questionId}`} sx={{ mb: 0.5 }}>
              {q.tekst}
            </Typography>
            {q.answers.length === 0 ? (
              <Typography>{t('evaluations.open.noAnswers')}</Typography>
            ) : (
              <List dense aria-labelledby={`open-${q.questionId}`} sx={{ listStyle: 'disc', pl: 3 }}>
                {q.answers.map((answer, i) => (
                  <ListItem key={i} sx={{ display: 'list-item', py: 0 }}>
                    {answer}
                  </ListItem>
                ))}
              </List>
            )}
          </Box>
        ))}
      </Section>
    </>
  );
}
