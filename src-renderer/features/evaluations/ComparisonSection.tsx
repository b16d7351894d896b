// This round compared with the previous round of the same questionnaire: per dimension and per
// statement the difference of the means and its direction.
import { Alert, Skeleton, Typography, Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../src-shared/ipc/evaluations';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { formatDifference, formatScore } from './format';
import { Section } from './Section';
import { SimpleTable } from './SimpleTable';

export function ComparisonSection({ earlier, later }: { earlier: RoundSummary; later: RoundSummary }) {
  const { t } = useTranslation();
  const compare = useBridgeQuery('evaluations:compare', { earlierId: earlier.id, laterId: later.id });
  const columns = [
    t('evaluations.compare.earlier'),
    t('evaluations.compare.later'),
    t('evaluations.compare.difference'),
    t('evaluations.compare.direction'),
  ];
  return (
    <Section id="vergelijking" title={t('evaluations.compare.title')}>
      <Typography sx={{ mb: 2 }}>{t('evaluations.compare.with', { titel: earlier.titel })}</Typography>
      {compare.error ? <Alert severity="error">{describeError(t, compare.error)}</Alert> : null}
      {compare.isPending ? <Skeleton variant="rectangular" height={120} /> : null}
      {compare.data ? (
        <>
          <SimpleTable
            caption={t('evaluations.compare.dimensions')}
            rowHeader={t('evaluations.col.dimension')}
            columns={columns}
            rows={compare.data.dimensions.map((d) => ({
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
          <Box sx={{ mt: 2 }}>
            <SimpleTable
              caption={t('evaluations.compare.items')}
              rowHeader={t('evaluations.col.question')}
              columns={columns}
              rows={compare.data.items.map((item) => ({
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
          </Box>
        </>
      ) : null}
    </Section>
  );
}
