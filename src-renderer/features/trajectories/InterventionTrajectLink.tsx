// On a casus dossier, next to a plan van aanpak intervention of type mentortraject: the link to
// its trajectory when one was opened, otherwise (or when that one has ended) a button to open one.
// Shown only to whoever works in the mentor project.
import { Box, Button, Link } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { canUse } from '../../../src-shared/ipc/permissions';
import { useBridgeQuery } from '../../kit/bridge';
import { useSession } from '../../kit/session';
import { isHeld } from '../../kit/heldDraft';
import { openingDraftKey } from './heldDrafts';
import { OpenTrajectoryDialog } from './OpenTrajectoryDialog';
import { isOpen, trajectoryForAction } from './trajectory';

/** The interventietype code of a mentortraject in the intervention list. */
export const MENTORTRAJECT = 'mentortraject';

export function InterventionTrajectoryLink({ actionId, canEdit }: { actionId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const mayRead = canUse('trajectories:list', user);
  const list = useBridgeQuery('trajectories:list', { status: null, mentorId: null }, { enabled: mayRead });
  // Open again after an unlock when its fields were typed and not saved at the lock.
  const [opening, setOpening] = useState(() =>
    isHeld(openingDraftKey({ bron: 'casus_interventie', caseActionId: actionId })),
  );
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
