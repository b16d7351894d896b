// Evaluaties: the rounds of every questionnaire (template, house, period, status, responses) that
// the account may read; a round opens on its analysis. From here: the questionnaires, the
// recommendations and a new round (each only for whoever may use it: not the coordinator), and for
// each questionnaire version with rounds its provincial pool (ProvincePoolPage).
import { Alert, Box, Button, Link, List, ListItem, Skeleton } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable } from '../../kit/DataTable';
import { PageHeader } from '../../kit/PageHeader';
import { formatDate } from '../../../src-shared/domain/format';
import { canUse } from '../../../src-shared/ipc/permissions';
import { useSession } from '../../kit/session';
import { formatNumber } from './format';
import { roundTemplates } from './pool';

export function EvaluationsPage() {
  const { t } = useTranslation();
  const rounds = useBridgeQuery('evaluations:rounds', { sleutel: null });
  const { user } = useSession();
  const templates = rounds.data && canUse('evaluations:province', user) ? roundTemplates(rounds.data) : [];
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
            {canUse('evaluations:recommendations', user) ? (
              <Button variant="outlined" component={RouterLink} to="/evaluaties/aanbevelingen">
                {t('evaluations.recommendations.overviewNav')}
              </Button>
            ) : null}
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
        <DataTable
          label={t('evaluations.roundsTable')}
          rows={rounds.data}
          rowKey={(round) => round.id}
          columns={[
            {
              key: 'round',
              header: t('evaluations.col.round'),
              rowHeader: true,
              cell: (round) => (
                <Link component={RouterLink} to={`/evaluaties/${round.id}`}>
                  {round.titel}
                </Link>
              ),
            },
            {
              key: 'template',
              header: t('evaluations.col.template'),
              cell: (round) =>
                t('evaluations.templateVersion', { titel: round.template.titel, versie: round.template.versie }),
            },
            {
              key: 'house',
              header: t('evaluations.col.house'),
              cell: (round) => round.region?.naam ?? t('evaluations.house.all'),
            },
            {
              key: 'period',
              header: t('evaluations.col.period'),
              cell: (round) =>
                t('evaluations.period', { from: formatDate(round.periodFrom), to: formatDate(round.periodTo) }),
            },
            {
              key: 'status',
              header: t('evaluations.col.status'),
              cell: (round) => t(`evaluations.status.${round.status}`),
            },
            {
              key: 'responses',
              header: t('evaluations.col.responses'),
              numeric: true,
              cell: (round) => formatNumber(round.responses),
            },
          ]}
        />
      ) : null}
      {templates.length > 0 ? (
        <Box component="nav" aria-label={t('evaluations.pool.links')} sx={{ mt: 3 }}>
          <List dense disablePadding>
            {templates.map((template) => (
              <ListItem key={template.id} disableGutters>
                <Link component={RouterLink} to={`/evaluaties/provincie/${template.id}?jaar=${template.jaar}`}>
                  {t('evaluations.pool.open', { titel: template.titel, versie: template.versie })}
                </Link>
              </ListItem>
            ))}
          </List>
        </Box>
      ) : null}
    </>
  );
}
