// This round compared with the previous round of the same questionnaire: per dimension and per
// statement the difference of the means and its direction.
import { Alert, Skeleton, Typography, Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../src-shared/ipc/evaluations';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { Section } from './Section';
import { SimpleTable } from './SimpleTable';
import { comparedDimensionsTable, comparedItemsTable } from './tables';

export function ComparisonSection({ earlier, later }: { earlier: RoundSummary; later: RoundSummary }) {
  const { t } = useTranslation();
  const compare = useBridgeQuery('evaluations:compare', { earlierId: earlier.id, laterId: later.id });
  return (
    <Section id="vergelijking" title={t('evaluations.compare.title')}>
      <Typography sx={{ mb: 2 }}>{t('evaluations.compare.with', { titel: earlier.titel })}</Typography>
      {compare.error ? <Alert severity="error">{describeError(t, compare.error)}</Alert> : null}
      {compare.isPending ? <Skeleton variant="rectangular" height={120} /> : null}
      {compare.data ? (
        <>
          <SimpleTable {...comparedDimensionsTable(t, compare.data.dimensions)} />
          <Box sx={{ mt: 2 }}>
            <SimpleTable {...comparedItemsTable(t, compare.data.items)} />
          </Box>
        </>
      ) : null}
    </Section>
  );
}
