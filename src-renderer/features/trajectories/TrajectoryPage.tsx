// One mentor trajectory: where it came from, the mentee's first name (only here), matching and the
// mentor, goals, contact moments (their notes are sensitive and show nowhere else), evaluation
// moments, mentorconsultant support, the status steps (next to the title) and ending (its own part
// near the end, not the first button a user meets), and the status timeline.
import { Alert, Box, Button, Chip, Skeleton, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TrajectoryStatus } from '../../../src-shared/domain/mentoring';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { PageHeader } from '../../kit/PageHeader';
import { Part } from '../../kit/Part';
import { ContactSection } from './ContactSection';
import { EvaluationSection } from './EvaluationSection';
import { GoalsSection } from './GoalsSection';
import { heldStep } from './heldDrafts';
import { MatchSection } from './MatchSection';
import { StatusDialog } from './StatusDialog';
import { SupportSection } from './SupportSection';
import { TimelineSection } from './TimelineSection';
import { TrajectoryFacts } from './TrajectoryFacts';
import { isOpen, statusSteps } from './trajectory';

export function TrajectoryPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const traject = useBridgeQuery('trajectories:get', { id });
  // After an unlock the step (or the end) whose dialog had unsaved fields at the lock opens again.
  const [step, setStep] = useState<TrajectoryStatus | null>(() => heldStep(id));
  const view = traject.data;
  const open = view ? isOpen(view.status) : false;
  return (
    <>
      <PageHeader
        title={view ? t('trajectories.pageTitle', { code: view.code }) : t('trajectories.title')}
        intro={
          view ? (
            <Chip
              component="span"
              size="small"
              color={open ? 'primary' : 'default'}
              variant="outlined"
              label={t('trajectories.statusNow', { status: t(`common:mentorExport.labels.status.${view.status}`) })}
            />
          ) : undefined
        }
        back={{ to: '/mentorproject?tab=trajecten', label: t('trajectories.backToList') }}
        actions={
          // The usual next steps stay at hand; ending the trajectory has its own part further down.
          view && open ? (
            <Box
              sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}
              role="group"
              aria-label={t('trajectories.steps.label')}
            >
              {statusSteps(view.status, view.mentor !== null).map((to) => (
                <Button key={to} variant="outlined" onClick={() => setStep(to)}>
                  {t(`trajectories.steps.${view.status}-${to}`)}
                </Button>
              ))}
            </Box>
          ) : undefined
        }
      />
      {traject.error ? <Alert severity="error">{describeError(t, traject.error)}</Alert> : null}
      {traject.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
      {view ? (
        <Box sx={{ display: 'grid', gap: 3, maxWidth: 1100 }}>
          <TrajectoryFacts view={view} />
          <MatchSection view={view} />
          <GoalsSection view={view} />
          <ContactSection view={view} />
          <EvaluationSection view={view} />
          <SupportSection view={view} />
          {open ? (
            <Part id="afsluiten" title={t('trajectories.steps.endHeading')}>
              <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('trajectories.steps.endOffer')}</Typography>
              <Button variant="outlined" color="error" onClick={() => setStep('afgerond')}>
                {t('trajectories.steps.endOpen')}
              </Button>
            </Part>
          ) : null}
          <TimelineSection view={view} />
        </Box>
      ) : null}
      {view && step ? <StatusDialog view={view} to={step} onClose={() => setStep(null)} /> : null}
    </>
  );
}
