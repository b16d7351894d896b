// One evaluation round: response rate, a score per dimension (bars and their table), the figures
// per question, the breakdown per partner organisation (groups under three respondents are not
// shown), the comparison with the previous round of the same questionnaire, and the open answers.
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, Skeleton, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useState } from 'react';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { RoundSummary } from '../../../src-shared/ipc/evaluations';
import { formatDate } from '../../../src-shared/domain/format';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { useSession } from '../../kit/session';
import { AnalysisSections } from './AnalysisSections';
import { ComparisonSection } from './ComparisonSection';
import { EvaluationExportDialog } from './EvaluationExportDialog';
import { RecommendationsSection } from './RecommendationsSection';

/**
 * The latest round of the same questionnaire that started before this one, of the same house or
 * for every house (as core picks it for the report: evaluations/queries.ts previousRound).
 */
export function previousRound(rounds: readonly RoundSummary[], round: RoundSummary): RoundSummary | null {
  const earlier = rounds
    .filter((r) => r.id !== round.id && r.template.sleutel === round.template.sleutel)
    .filter((r) => r.region === null || r.region.id === round.region?.id)
    .filter((r) => r.periodFrom < round.periodFrom || (r.periodFrom === round.periodFrom && r.id < round.id))
    .sort((a, b) => (a.periodFrom === b.periodFrom ? a.id - b.id : a.periodFrom < b.periodFrom ? -1 : 1));
  return earlier.at(-1) ?? null;
}

export function RoundPage() {
  const { t } = useTranslation();
  const roundId = Number(useParams().id);
  const analysis = useBridgeQuery('evaluations:analysis', { roundId });
  const round = analysis.data?.round;
  const family = useBridgeQuery(
    'evaluations:rounds',
    { sleutel: round?.template.sleutel ?? null },
    { enabled: !!round },
  );
  const previous = round && family.data ? previousRound(family.data, round) : null;
  const { user, refresh } = useSession();
  const canEnter = canUse('evaluations:save-response', user) && round?.status === 'open';
  const canSetUp = canUse('evaluations:save-round', user);
  const notice = useNotice();
  const [starting, setStarting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const canReport = canUse('evaluations:report', user) && !!round;
  async function startKiosk() {
    setStarting(true);
    try {
      await call('evaluations:kiosk-start', { roundId });
      // Core now reports the kiosk: the gate shows it, and nothing else, from here on.
      await refresh();
    } catch (error) {
      notice.error(error);
      setStarting(false);
    }
  }

  return (
    <>
      <PageHeader
        title={round?.titel ?? t('evaluations.roundTitle')}
        intro={
          round
            ? t('evaluations.roundIntro', {
                template: t('evaluations.templateVersion', {
                  titel: round.template.titel,
                  versie: round.template.versie,
                }),
                period: t('evaluations.period', { from: formatDate(round.periodFrom), to: formatDate(round.periodTo) }),
                status: t(`evaluations.status.${round.status}`),
                anonymity: t(`evaluations.anonymity.${round.anonymity}`),
              })
            : undefined
        }
        actions={
          <>
            {canReport ? (
              <>
                <Button
                  variant="outlined"
                  component={RouterLink}
                  to={`/evaluaties/${roundId}/rapport`}
                  startIcon={<PrintOutlined aria-hidden />}
                >
                  {t('evaluationReport.printReport')}
                </Button>
                <Button
                  variant="outlined"
                  startIcon={<FileDownloadOutlined aria-hidden />}
                  onClick={() => setExporting(true)}
                >
                  {t('evaluationReport.export.open')}
                </Button>
              </>
            ) : null}
            {canSetUp ? (
              <Button variant="outlined" component={RouterLink} to={`/evaluaties/${roundId}/instellen`}>
                {t('evaluations.roundSetup.open')}
              </Button>
            ) : null}
            {canEnter ? (
              <>
                <Button variant="outlined" disabled={starting} onClick={() => void startKiosk()}>
                  {t('evaluations.kiosk.start')}
                </Button>
                <Button
                  variant="outlined"
                  component={RouterLink}
                  to={`/evaluaties/${roundId}/invoeren`}
                  startIcon={<EditNoteOutlined aria-hidden />}
                >
                  {t('evaluations.form.enterPaper')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {round ? (
        <Typography sx={{ mb: 2 }}>
          {t('evaluations.house.line', { huis: round.region?.naam ?? t('evaluations.house.all') })}
        </Typography>
      ) : null}
      {analysis.data?.province ? (
        <Alert severity="info" sx={{ mb: 2, maxWidth: '90ch' }}>
          {t('evaluations.province')}
        </Alert>
      ) : null}
      {analysis.error ? <Alert severity="error">{describeError(t, analysis.error)}</Alert> : null}
      {analysis.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
      {analysis.data ? (
        <Box sx={{ display: 'grid', gap: 3 }}>
          <AnalysisSections view={analysis.data} />
          {previous && round ? (
            <ComparisonSection earlier={previous} later={round} />
          ) : (
            <Box component="section" aria-labelledby="vergelijking-titel">
              <Typography variant="h2" id="vergelijking-titel" sx={{ mb: 1 }}>
                {t('evaluations.compare.title')}
              </Typography>
              <Typography>{t('evaluations.compare.none')}</Typography>
            </Box>
          )}
          {canUse('evaluations:recommendations', user) ? <RecommendationsSection roundId={roundId} /> : null}
        </Box>
      ) : null}
      {exporting ? <EvaluationExportDialog roundId={roundId} onClose={() => setExporting(false)} /> : null}
    </>
  );
}
