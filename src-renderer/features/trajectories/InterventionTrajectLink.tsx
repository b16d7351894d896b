// On a casus dossier, next to a plan van aanpak intervention of type mentortraject: the link to
// its trajectory when one was opened, otherwise (or when that one has ended) a button to open one.
// Shown only to whoever works in the mentor project.
import { Box, Button, Link } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { canUse } from '../../../src-shared/ipc/permissions';
import { useBridgeQuery } from '../../kit/bridge';
import { useSession } from '../session/session';
import { OpenTrajectoryDialog } from './OpenTrajectoryDialog';
import { isOpen, trajectoryForAction } from './trajectory';

/** The interventietype code of a mentortraject in the intervention list. */
export const MENTORTRAJECT = 'mentortraject';

export function InterventionTrajectoryLink({ actionId, canEdit }: { actionId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const mayRead = canUse('trajectories:list', user);
  const list = useBridgeQuery('trajectories:list', { status: null, mentorId: null }, { enabled: mayRead });
  const [opening, setOpening] = useState(false);
  if (!mayRead || !list.data) return null;
  const traject = trajectoryForAction(list.data, actionId);
  const mayOpen = canEdit && canUse('trajectories:open', user) && (!traject || !isOpen(traject.status));
  return (
    <Box sx={{ mt: 0.5, display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
      {traject ? (
        <Link component={RouterLink} to={`/mentorproject/trajecten/${traject.id}`}>
          {t('trajectories.caseLink', {
            code: traject.code,
            status: t(`common:mentorExport.labels.status.${traject.status}`),
          })}
        </Link>
      ) : null}
      {mayOpen ? (
        <Button size="small" variant="outlined" onClick={() => setOpening(true)}>
          {t('trajectories.open.fromCaseButton')}
        </Button>
      ) : null}
      {opening ? (
        <OpenTrajectoryDialog
          source={{ bron: 'casus_interventie', caseActionId: actionId }}
          onClose={() => setOpening(false)}
        />
      ) : null}
    </Box>
  );
}
