// /overleggen/nieuw — plan a meeting: type, date and time, place, region, chair and notulist, the
// partners and persons invited. The agenda and attendance follow on the meeting's own page. Typed
// and not created, the details outlive a lock (kit/heldDraft): the page is its own route.
import { Box, Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { meetingDetails } from '../../../src-shared/ipc/meetings';
import { call } from '../../kit/bridge';
import { FormAlert, useFormCheck, validate } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import { detailsInput, emptyDraft, type DetailsDraft } from './details';
import { NEW_MEETING_DRAFT_KEY } from './heldDrafts';
import { MeetingDetailsFields } from './MeetingDetailsFields';

export function NewMeetingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const reference = useReferenceData().data;
  // Empty with the user as chair, or as typed before a lock and not created then.
  const [start] = useState(() => emptyDraft(user?.id ?? null, null));
  const held = useHeldDraft<DetailsDraft>(NEW_MEETING_DRAFT_KEY);
  const [draft, setDraft] = useState(held ?? start);
  useDraftWork(NEW_MEETING_DRAFT_KEY, changedValues(draft, start));
  const regionId = draft.regionId || (reference?.regions.length === 1 ? String(reference.regions[0]!.id) : '');
  const input = detailsInput({ ...draft, regionId });
  const { errors, form, passes, refused } = useFormCheck(validate(meetingDetails, input));
  const create = useMutation({
    mutationFn: () => call('meetings:create', input),
    onSuccess: async (meeting) => {
      await queryClient.invalidateQueries({ queryKey: ['meetings:list'] });
      notice.success(t('meetings.form.created', { title: meeting.title }), { nextPage: true });
      void navigate(`/overleggen/${meeting.id}`);
    },
    onError: refused,
  });
  return (
    <>
      <PageHeader title={t('meetings.form.newTitle')} intro={t('meetings.form.newIntro')} />
      <Box
        component="form"
        ref={form}
        noValidate
        aria-label={t('meetings.form.newTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          create.reset();
          if (passes()) create.mutate();
        }}
        sx={{ maxWidth: 860 }}
      >
        <FormAlert error={create.error} />
        <MeetingDetailsFields
          draft={{ ...draft, regionId }}
          onChange={setDraft}
          errors={errors}
          me={user}
          meeting={null}
        />
        <Box sx={{ display: 'flex', gap: 1, mt: 3 }}>
          <Button type="submit" variant="contained" loading={create.isPending} loadingPosition="start">
            {t('meetings.form.create')}
          </Button>
          <Button onClick={() => void navigate('/overleggen')}>{t('actions.cancel')}</Button>
        </Box>
      </Box>
    </>
  );
}
