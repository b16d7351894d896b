// Evaluaties: the rounds of every questionnaire (template, period, status, responses); a round
// opens on its analysis. From here: the questionnaires, the recommendations and a new round.
import { Alert, Button, Link, Skeleton, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { PageHeader } from '../../kit/PageHeader';
import { formatDate } from '../../../src-shared/domain/format';
import { canUse } from '../../../src-shared/ipc/permissions';
import { useSession } from '../session/session';
import { formatNumber } from './format';

export function EvaluationsPage() {
  const { t } = useTranslation();
  const rounds = useBridgeQuery('evaluations:rounds', { sleutel: null });
  const { user } = useSession();
  return (
    <>
      <PageHeader
        title={t('evaluations.title')}
        intro={t('evaluations.intro')}
        actions={
          <>
            <Button variant="outlined" component={RouterLink} to="/evaluaties/vragenlijsten">
              {t('evaluations.templates.nav')}
            </Button>
            <Button variant="outlined" component={RouterLink} to="/evaluaties/aanbevelingen">
              {t('evaluations.recommendations.overviewNav')}
            </Button>
            {canUse('evaluations:save-round', user) ? (
              <Button variant="contained" component={RouterLink} to="/evaluaties/rondes/nieuw">
                {t('evaluations.roundSetup.new')}
              </Button>
            ) : null}
          </>
        }
      />
      {rounds.error ? <Alert severity="error">{describeError(t, rounds.error)}</Alert> : null}
      {rounds.isPending ? <Skeleton variant="rectangular" height={200} /> : null}
      {rounds.data && rounds.data.length === 0 ? <Alert severity="info">{t('evaluations.noRounds')}</Alert> : null}
      {rounds.data && rounds.data.length > 0 ? (
        <Table size="small" aria-label={t('evaluations.roundsTable')}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('evaluations.col.round')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('evaluations.col.template')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('evaluations.col.period')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('evaluations.col.status')}
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                {t('evaluations.col.responses')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rounds.data.map((round) => (
              <TableRow key={round.id}>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={`/evaluaties/${round.id}`}>
                    {round.titel}
                  </Link>
                </TableCell>
                <TableCell>
                  {t('evaluations.templateVersion', { titel: round.template.titel, versie: round.template.versie })}
                </TableCell>
                <TableCell>
                  {t('evaluations.period', { from: formatDate(round.periodFrom), to: formatDate(round.periodTo) })}
                </TableCell>
                <TableCell>{t(`evaluations.status.${round.status}`)}</TableCell>
                <TableCell align="right">{formatNumber(round.responses)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}
