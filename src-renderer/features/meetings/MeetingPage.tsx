// /overleggen/:id — one meeting: its details, attendance, agenda, the way into the live minutes,
// printing (the minutes, or a partner's extract), vaststellen by the chair and, afterwards, the
// content hash and the addenda. Details changed and not saved at a lock open their dialog again; an
// addendum typed and not added is back in its field.
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, MenuItem, Skeleton, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import { call, describeError } from '../../kit/bridge';
import { ConfirmDialog } from '../../kit/ConfirmDialog';
import { errorCode, FormAlert } from '../../kit/forms';
import { changedValues, isHeld, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { Part } from '../../kit/Part';
import { SectionNav } from '../../kit/SectionNav';
import { choices, listLabel, useReferenceData } from '../lists';
import { extractPartners } from './minutes';
import { useSession } from '../../kit/session';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { EditDetailsDialog } from './EditDetailsDialog';
import { addendumDraftKey, detailsDraftKey } from './heldDrafts';
import { meetingFacts, meetingTypeLabel } from './labels';
import { ConflictCopiesPanel } from './ConflictCopiesPanel';
import { LeasePanel } from './LeasePanel';
import { useLeasedByOther, useMeeting, useMeetingLease, useMeetingMutation } from './useMeeting';

export function MeetingPage() {
  const { t } = useTranslation();
  const id = Number(useParams()['id']);
  const meeting = useMeeting(id);
  // Whether the meeting is checked out decides what may be changed: the page waits for it too, so
  // nothing becomes read-only (or moves down) under the user's hands.
  const lease = useMeetingLease(id);
  if (meeting.isPending || lease.isLoading) return <Skeleton variant="rectangular" height={400} />;
  if (meeting.isError)
    return (
      <>
        <PageHeader title={t('meetings.notFound')} />
        <Alert severity={errorCode(meeting.error) === 'NOT_FOUND' ? 'info' : 'error'}>
          {describeError(t, meeting.error)}
        </Alert>
      </>
    );
  // A new key after each change in status resets the forms below to what core stored.
  return <MeetingContent key={`${meeting.data.id}-${meeting.data.status}`} meeting={meeting.data} />;
}

function MeetingContent({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const reference = useReferenceData().data;
  // Open again after an unlock when the details were changed and not saved at the lock.
  const [editing, setEditing] = useState(() => isHeld(detailsDraftKey(meeting.id)));
  const [adopting, setAdopting] = useState(false);
  const [partner, setPartner] = useState('');
  const adopt = useMeetingMutation(
    meeting.id,
    () => call('meetings:adopt', { id: meeting.id }),
    () => {
      setAdopting(false);
      notice.success(t('meetings.adopt.done'));
    },
  );
  const adopted = meeting.status === 'vastgesteld';
  const { user } = useSession();
  // Why the minutes cannot be adopted here (yet): the meeting's day has not come, or this user is not its chair.
  const adoptState = (m: MeetingView, me: number | null) =>
    m.voorzitter === null
      ? t('meetings.adopt.noChair')
      : m.voorzitter.id === me
        ? t('meetings.adopt.notYet', { datum: formatDate(m.datum) })
        : t('meetings.adopt.notChair', { naam: m.voorzitter.displayName });
  // While someone else has the meeting checked out, this user reads it only (LeasePanel says so).
  const leasedByOther = useLeasedByOther(meeting.id);
  const facts: [string, string][] = [
    ...meetingFacts(t, reference, meeting),
    [
      t('meetings.form.partners'),
      meeting.invitedPartners.map((p) => listLabel(reference, 'partner', p)).join(', ') || '—',
    ],
    [t('meetings.form.persons'), meeting.invitedPersons || '—'],
  ];
  return (
    <>
      <PageHeader
        title={meeting.title}
        intro={t('meetings.page.intro', {
          type: meetingTypeLabel(reference, meeting.type),
          datum: formatDate(meeting.datum),
          tijd: meeting.starttijd,
          status: t(`meetings.status.${meeting.status}`),
        })}
        actions={
          <>
            <Button
              variant="contained"
              startIcon={<EditNoteOutlined aria-hidden />}
              component={RouterLink}
              to={`/overleggen/${meeting.id}/notuleren`}
            >
              {adopted ? t('meetings.page.readMinutes') : t('meetings.page.takeMinutes')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<PrintOutlined aria-hidden />}
              component={RouterLink}
              to={`/overleggen/${meeting.id}/afdrukken`}
            >
              {t('meetings.page.print')}
            </Button>
          </>
        }
      />
      <LeasePanel meeting={meeting} />
      <ConflictCopiesPanel meeting={meeting} />
      {adopted ? (
        <Alert severity="success" sx={{ mb: 3, maxWidth: 1000 }}>
          <Box component="span" sx={{ display: 'block' }}>
            {t('meetings.adopt.adoptedOn', {
              at: formatDateTime(meeting.vastgesteldAt ?? ''),
              by: meeting.vastgesteldDoor ?? '',
            })}
          </Box>
          {/* For whoever checks the minutes, not in the reader's way: small print. */}
          <Box component="span" sx={{ display: 'block', typography: 'caption', wordBreak: 'break-all', mt: 0.5 }}>
            {t('meetings.adopt.hash', { hash: meeting.contentHash ?? '' })}
          </Box>
        </Alert>
      ) : null}
      {meeting.redaction ? (
        <Alert severity="info" sx={{ mb: 3, maxWidth: 1000 }}>
          {t('meetings.adopt.redacted', {
            date: formatDate(meeting.redaction.at),
            years: meeting.redaction.years ?? '',
          })}
        </Alert>
      ) : null}
      <SectionNav
        label={t('meetings.page.sections')}
        sections={[
          { id: 'gegevens', title: t('meetings.page.details') },
          { id: 'notulen', title: t('meetings.page.minutes') },
          { id: 'aanwezigheid', title: t('meetings.attendance.title') },
          { id: 'agenda', title: t('meetings.agenda.title', { count: meeting.items.length }) },
          ...(adopted ? [{ id: 'addenda', title: t('meetings.addenda.title') }] : []),
        ]}
      />
      {/* Details and the minutes' state side by side where there is room; attendance and agenda,
          the parts with tables and lists, across the whole width below them. */}
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          mb: 4,
          maxWidth: 1200,
          alignItems: 'start',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
          '& > .volle-breedte': { gridColumn: '1 / -1' },
        }}
      >
        <Part
          id="gegevens"
          title={t('meetings.page.details')}
          action={
            adopted || leasedByOther ? null : (
              <Button size="small" onClick={() => setEditing(true)}>
                {t('meetings.page.editDetails')}
              </Button>
            )
          }
        >
          <Box
            component="dl"
            sx={{
              display: 'grid',
              gridTemplateColumns: 'max-content minmax(0, 1fr)',
              columnGap: 3,
              rowGap: 0.5,
              m: 0,
              '& dt': { fontWeight: 600 },
              '& dd': { m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
            }}
          >
            {facts.map(([label, value]) => (
              <Box key={label} sx={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Box>
            ))}
          </Box>
        </Part>
        <Part id="notulen" title={t('meetings.page.minutes')}>
          {adopted ? null : (
            <Box component="section" aria-labelledby="vaststellen-kop" sx={{ mb: 3 }}>
              <Typography variant="h3" id="vaststellen-kop" sx={{ fontSize: '1.0625rem', mb: 1 }}>
                {t('meetings.adopt.title')}
              </Typography>
              {meeting.canAdopt ? (
                <>
                  <Typography sx={{ mb: 1.5 }}>{t('meetings.adopt.intro')}</Typography>
                  {/* While a colleague has the meeting checked out, LeasePanel says why there is no button. */}
                  {leasedByOther ? null : (
                    <Button variant="contained" color="warning" onClick={() => setAdopting(true)}>
                      {t('meetings.adopt.button')}
                    </Button>
                  )}
                </>
              ) : (
                <Typography data-testid="vaststellen-status">{adoptState(meeting, user?.id ?? null)}</Typography>
              )}
            </Box>
          )}
          <Box component="section" aria-labelledby="uittreksel-kop">
            <Typography variant="h3" id="uittreksel-kop" sx={{ fontSize: '1.0625rem', mb: 1 }}>
              {t('meetings.extract.title')}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 1.5 }}>
              {t('meetings.extract.intro')}
            </Typography>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <TextField
                select
                size="small"
                label={t('meetings.extract.partner')}
                value={partner}
                onChange={(e) => setPartner(e.target.value)}
                sx={{ minWidth: 240, flex: 1 }}
              >
                {extractPartners(meeting, choices(reference, 'partner')).map((p) => (
                  <MenuItem key={p.code} value={p.code} sx={{ whiteSpace: 'normal' }}>
                    {p.label}
                  </MenuItem>
                ))}
              </TextField>
              <Button
                variant="outlined"
                disabled={!partner}
                component={RouterLink}
                to={`/overleggen/${meeting.id}/afdrukken?partner=${encodeURIComponent(partner)}`}
              >
                {t('meetings.extract.show')}
              </Button>
            </Box>
          </Box>
        </Part>
        <Box className="volle-breedte">
          <AttendanceSection meeting={meeting} />
        </Box>
        <Box className="volle-breedte">
          <AgendaSection meeting={meeting} />
        </Box>
        {adopted ? (
          <Box className="volle-breedte">
            <AddendaSection meeting={meeting} />
          </Box>
        ) : null}
      </Box>
      {adopting ? (
        <ConfirmDialog
          id="vaststellen"
          title={t('meetings.adopt.confirmTitle', { title: meeting.title })}
          confirmLabel={t('meetings.adopt.button')}
          busy={adopt.isPending}
          error={adopt.error}
          onConfirm={() => adopt.mutate(undefined)}
          onClose={() => setAdopting(false)}
        >
          {t('meetings.adopt.confirmBody')}
        </ConfirmDialog>
      ) : null}
      {editing ? <EditDetailsDialog meeting={meeting} onClose={() => setEditing(false)} /> : null}
    </>
  );
}

function AddendaSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const notice = useNotice();
  // Empty, or as typed before a lock and not added then.
  const draftKey = addendumDraftKey(meeting.id);
  const held = useHeldDraft<string>(draftKey);
  const [tekst, setTekst] = useState(held ?? '');
  useDraftWork(draftKey, changedValues(tekst, ''));
  const add = useMeetingMutation(
    meeting.id,
    () => call('meetings:addendum', { id: meeting.id, tekst }),
    () => {
      setTekst('');
      notice.success(t('meetings.addenda.added'));
    },
  );
  return (
    <Part id="addenda" title={t('meetings.addenda.title')}>
      {meeting.addenda.length === 0 ? (
        <Typography color="text.secondary">{t('meetings.addenda.none')}</Typography>
      ) : null}
      {meeting.addenda.map((a) => (
        <Box
          key={a.id}
          sx={{ mb: 1.5, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
        >
          <Typography variant="body2" color="text.secondary">
            {t('meetings.addenda.by', { door: a.door, at: formatDateTime(a.at) })}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{a.tekst}</Typography>
        </Box>
      ))}
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (tekst.trim().length >= 3) add.mutate(undefined);
        }}
      >
        <FormAlert error={add.error} />
        <TextField
          label={t('meetings.addenda.new')}
          value={tekst}
          onChange={(e) => setTekst(e.target.value)}
          multiline
          minRows={3}
          fullWidth
          helperText={t('meetings.addenda.hint')}
        />
        <Button
          type="submit"
          variant="contained"
          sx={{ mt: 1 }}
          disabled={tekst.trim().length < 3}
          loading={add.isPending}
          loadingPosition="start"
        >
          {t('meetings.addenda.add')}
        </Button>
      </Box>
    </Part>
  );
}
