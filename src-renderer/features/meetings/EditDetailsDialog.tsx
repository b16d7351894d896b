// "Gegevens wijzigen" of a meeting: its details in a dialog, saved over the version the dialog was
// opened at. Changed and not saved, the details outlive a lock with that version (kit/heldDraft;
// MeetingPage opens the dialog again), so a colleague's save in between is still refused.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingDetails, type MeetingView } from '../../../src-shared/ipc/meetings';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { useFormCheck, validate } from '../../kit/forms';
import { changedVersioned, useDraftWork, useHeldDraft, type Versioned } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { useSession } from '../../kit/session';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { detailsInput, draftOf, type DetailsDraft } from './details';
import { detailsDraftKey } from './heldDrafts';
import { MeetingDetailsFields } from './MeetingDetailsFields';
import { meetingFieldLabels } from './staleLabels';
import { useMeetingMutation } from './useMeeting';

export function EditDetailsDialog({ meeting, onClose }: { meeting: MeetingView; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const draftKey = detailsDraftKey(meeting.id);
  const held = useHeldDraft<Versioned<DetailsDraft>>(draftKey);
  // The details as last loaded: what counts as unsaved is what differs from them.
  const [loaded, setLoaded] = useState(() => draftOf(meeting));
  const [draft, setDraft] = useState(held?.values ?? loaded);
  // The version of the meeting this dialog loaded (before a lock too): a colleague's later save is
  // never overwritten.
  const [version, setVersion] = useState(held ? held.version : meeting.version);
  useDraftWork(draftKey, changedVersioned(draft, loaded, version));
  const stale = useStaleVersion(draft);
  const input = detailsInput(draft);
  const check = useFormCheck(validate(meetingDetails, input));
  const save = useMeetingMutation(
    meeting.id,
    () => call('meetings:update', { id: meeting.id, details: input, attendance: meeting.attendance, version }),
    () => {
      notice.success(t('meetings.page.detailsSaved'));
      onClose();
    },
  );
  return (
    <FormDialog
      title={t('meetings.page.editDetails')}
      submitLabel={t('actions.save')}
      check={check}
      send={save}
      onClose={onClose}
      maxWidth="md"
      stale={stale}
      staleNotice={
        <StaleNotice
          stale={stale}
          labels={meetingFieldLabels(t)}
          show={(sent) => ({
            title: sent.title,
            datum: sent.datum,
            starttijd: sent.starttijd,
            locatie: sent.locatie,
            invitedPersons: sent.invitedPersons,
          })}
          onReload={async () => {
            const latest = await call('meetings:get', { id: meeting.id });
            queryClient.setQueryData(['meetings:get', { id: meeting.id }], latest);
            setLoaded(draftOf(latest));
            setDraft(draftOf(latest));
            setVersion(latest.version);
          }}
          onReapply={setDraft}
        />
      }
    >
      <MeetingDetailsFields draft={draft} onChange={setDraft} errors={check.errors} me={user} meeting={meeting} />
    </FormDialog>
  );
}
