// One mentor: the profile, the status with its history (automatic changes after a training are
// marked as such), the training history with what is still missing, and a form to change the
// status. The form offers the moves the rules allow; "inzetbaar" needs every required module, and
// says so next to the field instead of asking core in vain. Typed and not saved, the status change
// outlives a lock (kit/heldDraft; MentorsTab opens this profile again).
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Alert, Box, Button, Paper, Skeleton, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import { checkMentorStatus, MENTOR_TRANSITIONS, type MentorStatus } from '../../../src-shared/domain/mentoring';
import type { MentorView } from '../../../src-shared/ipc/mentoring';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { DateField } from '../../kit/DateField';
import { fieldProps, useFormCheck, type FieldErrors } from '../../kit/forms';
import { InlineForm } from '../../kit/FormPanel';
import { useNotice } from '../../kit/notices';
import { useMentorMutation, useRegions } from './hooks';
import { changedValues, isHeld, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { mentorDraftKey, mentorStatusDraftKey } from './heldDrafts';
import { MentorForm } from './MentorForm';
import { SelectField } from '../../kit/SelectField';

export function MentorDetail({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const mentor = useBridgeQuery('mentoring:mentor', { id }, { staleTime: 0 });
  if (mentor.isPending) return <Skeleton variant="rectangular" height={240} sx={{ mb: 3 }} />;
  if (mentor.isError) return <Alert severity="error">{describeError(t, mentor.error)}</Alert>;
  return <Profile mentor={mentor.data} onClose={onClose} />;
}

function Profile({ mentor, onClose }: { mentor: MentorView; onClose: () => void }) {
  const { t } = useTranslation();
  const { regionName } = useRegions();
  const settings = useBridgeQuery('mentoring:settings', {});
  // Open again when the profile was changed and not saved at a lock.
  const [editing, setEditing] = useState(() => isHeld(mentorDraftKey(mentor.id)));
  const moduleLabel = (code: string) => settings.data?.modules.find((m) => m.code === code)?.label ?? code;
  const headingId = `mentor-${mentor.id}-kop`;
  const historyHeader = (column: string) => t(`mentoring.detail.historyColumns.${column}`);
  const historyColumns: DataColumn<MentorView['history'][number]>[] = [
    { key: 'datum', header: historyHeader('datum'), cell: (entry) => formatDate(entry.datum), nowrap: true },
    {
      key: 'status',
      header: historyHeader('status'),
      cell: (entry) =>
        entry.from
          ? t('mentoring.detail.fromTo', {
              from: t(`mentoring.status.${entry.from}`),
              to: t(`mentoring.status.${entry.to}`),
            })
          : t(`mentoring.status.${entry.to}`),
    },
    {
      key: 'toelichting',
      header: historyHeader('toelichting'),
      cell: (entry) => (entry.automatisch ? t('mentoring.detail.automatic') : entry.toelichting),
      style: { whiteSpace: 'pre-wrap' },
    },
    { key: 'door', header: historyHeader('door'), cell: (entry) => entry.door ?? '—', priority: 2 },
  ];
  const trainingHeader = (column: string) => t(`mentoring.trainings.columns.${column}`);
  const trainingColumns: DataColumn<MentorView['trainings'][number]>[] = [
    { key: 'datum', header: trainingHeader('datum'), cell: (training) => formatDate(training.datum), nowrap: true },
    { key: 'soort', header: trainingHeader('soort'), cell: (training) => t(`mentoring.kinds.${training.soort}`) },
    { key: 'module', header: trainingHeader('module'), cell: (training) => training.moduleLabel },
  ];
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h2" id={headingId} sx={{ flex: 1 }}>
          {mentor.naam}
        </Typography>
        <Button variant="outlined" startIcon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
          {t('mentoring.detail.edit')}
        </Button>
        <Button onClick={onClose}>{t('actions.close')}</Button>
      </Box>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: '0 0 16px' }}
      >
        {[
          ['status', t(`mentoring.status.${mentor.status}`)],
          ['region', regionName(mentor.regionId)],
          [
            'places',
            t('mentoring.mentors.places', {
              occupied: formatNumber(mentor.occupied),
              capacity: formatNumber(mentor.capacity),
            }),
          ],
          ['consultant', mentor.consultant?.naam ?? t('mentoring.mentors.noConsultant')],
          ['contact', mentor.contact || '—'],
          ['toelichting', mentor.toelichting || '—'],
        ].map(([key, value]) => (
          <Box key={key} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {t(`mentoring.detail.${key}`)}
            </Typography>
            <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      {/* A fact about the mentor, not news: no live region. */}
      <Alert role="note" severity={mentor.trainingComplete ? 'success' : 'info'} sx={{ mb: 2, maxWidth: '90ch' }}>
        {mentor.trainingComplete
          ? t('mentoring.detail.trainingComplete')
          : t('mentoring.detail.trainingMissing', { modules: mentor.missingModules.map(moduleLabel).join(', ') })}
      </Alert>
      <StatusForm mentor={mentor} />
      <Typography variant="h3" id={`${headingId}-historie`} sx={{ mt: 3, mb: 1 }}>
        {t('mentoring.detail.historyHeading')}
      </Typography>
      <DataTable
        columns={historyColumns}
        rows={mentor.history}
        rowKey={(entry) => `${entry.at}-${entry.to}`}
        labelledBy={`${headingId}-historie`}
      />
      <Typography variant="h3" id={`${headingId}-trainingen`} sx={{ mt: 3, mb: 1 }}>
        {t('mentoring.detail.trainingsHeading')}
      </Typography>
      {mentor.trainings.length === 0 ? (
        <Typography color="text.secondary">{t('mentoring.detail.noTrainings')}</Typography>
      ) : (
        <DataTable
          columns={trainingColumns}
          rows={mentor.trainings}
          rowKey={(training) => training.sessionId}
          labelledBy={`${headingId}-trainingen`}
        />
      )}
      {editing ? <MentorForm mentor={mentor} onClose={() => setEditing(false)} /> : null}
    </Paper>
  );
}

/** The status form's fields as typed (the date as the user sees it). */
interface StatusFields {
  to: MentorStatus | '';
  datum: string;
  toelichting: string;
}

function StatusForm({ mentor }: { mentor: MentorView }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const choices = MENTOR_TRANSITIONS[mentor.status];
  const draftKey = mentorStatusDraftKey(mentor.id, mentor.status);
  // Empty with today's date; after a save the date typed stays, and that is its start.
  const [start, setStart] = useState<StatusFields>(() => ({
    to: '',
    datum: formatDate(isoDay(new Date())),
    toelichting: '',
  }));
  const first = useHeldDraft<StatusFields>(draftKey) ?? start;
  const [to, setTo] = useState(first.to);
  const [datum, setDatum] = useState(first.datum);
  const [toelichting, setToelichting] = useState(first.toelichting);
  useDraftWork(draftKey, changedValues<StatusFields>({ to, datum, toelichting }, start));
  const day = parseDutchDate(datum);
  const problems: FieldErrors = {};
  if (to === '') problems['status'] = { key: 'validation.required' };
  else if (checkMentorStatus(mentor.status, to, mentor.trainingComplete) === 'training-incomplete') {
    // The rule core enforces, in its own words, next to the field.
    problems['status'] = { key: 'errors.MENTOR_TRAINING_INCOMPLETE' };
  }
  if (!day) problems['datum'] = { key: 'validation.date' };
  const check = useFormCheck(problems);
  const { errors } = check;
  const save = useMentorMutation(
    () => call('mentoring:set-mentor-status', { id: mentor.id, status: to as MentorStatus, datum: day!, toelichting }),
    (saved) => {
      notice.success(
        t('mentoring.detail.statusSaved', { naam: saved.naam, status: t(`mentoring.status.${saved.status}`) }),
      );
      setTo('');
      setToelichting('');
      setStart({ to: '', datum, toelichting: '' });
      check.reset();
    },
  );
  return (
    <InlineForm
      heading={t('mentoring.detail.statusHeading')}
      submitLabel={t('mentoring.detail.changeStatus')}
      check={check}
      send={save}
    >
      <SelectField
        id={`mentor-${mentor.id}-nieuwe-status`}
        label={t('mentoring.detail.newStatus')}
        value={to}
        onChange={(event) => setTo(event.target.value as MentorStatus | '')}
        required
        sx={{ minWidth: 240, maxWidth: 420 }}
        {...fieldProps(t, errors, 'status')}
        native
        empty={t('mentoring.detail.chooseStatus')}
        options={choices.map((status) => ({ value: status, label: t(`mentoring.status.${status}`) }))}
      />
      <DateField
        label={t('mentoring.detail.statusDate')}
        value={datum}
        onChange={setDatum}
        required
        sx={{ width: 200 }}
        {...fieldProps(t, errors, 'datum')}
      />
      <TextField
        label={t('mentoring.detail.statusNote')}
        value={toelichting}
        onChange={(event) => setToelichting(event.target.value)}
        sx={{ minWidth: 260, flex: 1 }}
        {...fieldProps(t, errors, 'toelichting')}
      />
    </InlineForm>
  );
}
