// A mentor's profile: name, contact, region, capacity (trajectories at a time), mentorconsultant
// and a note. A new mentor starts "in opleiding" on the day given (today when left empty); the
// status itself changes through its own form, under the rules core enforces. Typed and not saved,
// the fields outlive a lock with the version the form was opened at (kit/heldDraft; MentorsTab or
// the mentor's profile opens the form again).
import { TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDutchDate } from '../../../src-shared/domain/format';
import { mentorInput, type MentorView } from '../../../src-shared/ipc/mentoring';
import { call, useBridgeQuery } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { changedVersioned, useDraftWork, useHeldDraft, type Versioned } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { mentorDraftKey } from './heldDrafts';
import { useMentorMutation, useRegions } from './hooks';
import { SelectField } from '../../kit/SelectField';

/** The form's fields as the user sees them (the capacity and the date as typed). */
interface MentorFields {
  naam: string;
  contact: string;
  toelichting: string;
  regionId: number | '';
  capacity: string;
  consultantId: number | null;
  sinds: string;
}

/** The fields of a stored mentor, or of a new one. */
function fieldsOf(mentor: MentorView | null): MentorFields {
  return {
    naam: mentor?.naam ?? '',
    contact: mentor?.contact ?? '',
    toelichting: mentor?.toelichting ?? '',
    regionId: mentor?.regionId ?? '',
    capacity: String(mentor?.capacity ?? 1),
    consultantId: mentor?.consultant?.id ?? null,
    sinds: '',
  };
}

/** `onClose` gets the id of the saved mentor, or null when nothing was saved. */
export function MentorForm({
  mentor,
  onClose,
}: {
  mentor: MentorView | null;
  onClose: (saved: number | null) => void;
}) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { regions } = useRegions();
  const consultants = useBridgeQuery('mentoring:consultants', {});
  const draftKey = mentorDraftKey(mentor?.id ?? null);
  const held = useHeldDraft<Versioned<MentorFields>>(draftKey);
  // As stored (or empty), or as typed before a lock and not saved then; what counts as unsaved is
  // what differs from the mentor as last loaded.
  const [loaded, setLoaded] = useState(() => fieldsOf(mentor));
  const first = held?.values ?? loaded;
  const [naam, setNaam] = useState(first.naam);
  const [contact, setContact] = useState(first.contact);
  const [toelichting, setToelichting] = useState(first.toelichting);
  const [regionId, setRegionId] = useState(first.regionId);
  const [capacity, setCapacity] = useState(first.capacity);
  const [consultantId, setConsultantId] = useState(first.consultantId);
  const [sinds, setSinds] = useState(first.sinds);
  // The version this form loaded (before a lock too): a colleague's later save is never overwritten.
  const [version, setVersion] = useState(held ? held.version : mentor?.version);
  useDraftWork(
    draftKey,
    changedVersioned<MentorFields>(
      { naam, contact, toelichting, regionId, capacity, consultantId, sinds },
      loaded,
      version,
    ),
  );
  const queryClient = useQueryClient();
  const values = { naam, contact, toelichting, regionId, capacity, consultantId };
  const stale = useStaleVersion(values);
  const fill = (v: typeof values) => {
    setNaam(v.naam);
    setContact(v.contact);
    setToelichting(v.toelichting);
    setRegionId(v.regionId);
    setCapacity(v.capacity);
    setConsultantId(v.consultantId);
  };

  const sindsDay = sinds.trim() ? parseDutchDate(sinds) : null;
  const input = {
    ...(mentor ? { id: mentor.id, version } : {}),
    naam,
    contact,
    toelichting,
    regionId: regionId === '' ? 0 : regionId,
    capacity: capacity.trim() === '' ? Number.NaN : Number(capacity),
    consultantId,
    sinds: mentor ? null : sindsDay,
  };
  const problems = validate(mentorInput, input);
  if (regionId === '') problems['regionId'] = { key: 'validation.required' };
  if (!mentor && sinds.trim() && !sindsDay) problems['sinds'] = { key: 'validation.date' };
  const check = useFormCheck(problems);
  const { errors } = check;
  const save = useMentorMutation(
    () => call('mentoring:save-mentor', input),
    (saved) => {
      notice.success(t(mentor ? 'mentoring.mentorForm.updated' : 'mentoring.mentorForm.created', { naam: saved.naam }));
      onClose(saved.id);
    },
  );
  const active = (consultants.data ?? []).filter((c) => c.active || c.id === consultantId);

  return (
    <FormDialog
      title={mentor ? t('mentoring.mentorForm.editTitle', { naam: mentor.naam }) : t('mentoring.mentorForm.newTitle')}
      submitLabel={t('actions.save')}
      check={check}
      send={save}
      onClose={() => onClose(null)}
      stale={mentor ? stale : undefined}
      staleNotice={
        mentor ? (
          <StaleNotice
            stale={stale}
            labels={{
              naam: t('mentoring.mentorForm.naam'),
              contact: t('mentoring.mentorForm.contact'),
              regionId: t('mentoring.mentorForm.region'),
              capacity: t('mentoring.mentorForm.capacity'),
              consultantId: t('mentoring.mentorForm.consultant'),
              toelichting: t('mentoring.mentorForm.toelichting'),
            }}
            show={(draft) => ({
              naam: draft.naam,
              contact: draft.contact,
              regionId: regions.find((r) => r.id === draft.regionId)?.name ?? '',
              capacity: draft.capacity,
              consultantId: (consultants.data ?? []).find((c) => c.id === draft.consultantId)?.naam ?? '',
              toelichting: draft.toelichting,
            })}
            onReload={async () => {
              const latest = await call('mentoring:mentor', { id: mentor.id });
              await queryClient.invalidateQueries({ queryKey: ['mentoring:mentor'] });
              setLoaded(fieldsOf(latest));
              fill(fieldsOf(latest));
              setVersion(latest.version);
            }}
            onReapply={fill}
          />
        ) : null
      }
    >
      <TextField
        label={t('mentoring.mentorForm.naam')}
        value={naam}
        onChange={(event) => setNaam(event.target.value)}
        required
        {...fieldProps(t, errors, 'naam', t('mentoring.mentorForm.naamHint'))}
      />
      <TextField
        label={t('mentoring.mentorForm.contact')}
        value={contact}
        onChange={(event) => setContact(event.target.value)}
        {...fieldProps(t, errors, 'contact')}
      />
      <SelectField
        id="mentor-form-regio"
        label={t('mentoring.mentorForm.region')}
        value={regionId}
        onChange={(event) => setRegionId(event.target.value ? Number(event.target.value) : '')}
        required
        {...fieldProps(t, errors, 'regionId')}
        native
        empty={t('mentoring.mentorForm.chooseRegion')}
        options={regions.map((region) => ({ value: region.id, label: region.name }))}
      />
      <TextField
        label={t('mentoring.mentorForm.capacity')}
        type="number"
        value={capacity}
        onChange={(event) => setCapacity(event.target.value)}
        required
        slotProps={{ htmlInput: { min: 0, max: 10, step: 1 } }}
        sx={{ maxWidth: 260 }}
        {...fieldProps(t, errors, 'capacity', t('mentoring.mentorForm.capacityHint'))}
      />
      <SelectField
        id="mentor-form-consultant"
        label={t('mentoring.mentorForm.consultant')}
        value={consultantId ?? ''}
        onChange={(event) => setConsultantId(event.target.value ? Number(event.target.value) : null)}
        {...fieldProps(t, errors, 'consultantId')}
        native
        empty={t('mentoring.mentorForm.noConsultant')}
        options={active.map((consultant) => ({
          value: consultant.id,
          label: consultant.organisatie ? `${consultant.naam} — ${consultant.organisatie}` : consultant.naam,
        }))}
      />
      {mentor ? null : (
        <DateField
          label={t('mentoring.mentorForm.sinds')}
          value={sinds}
          onChange={setSinds}
          sx={{ maxWidth: 260 }}
          {...fieldProps(t, errors, 'sinds', t('mentoring.mentorForm.sindsHint'))}
        />
      )}
      <TextField
        label={t('mentoring.mentorForm.toelichting')}
        value={toelichting}
        onChange={(event) => setToelichting(event.target.value)}
        multiline
        minRows={2}
        {...fieldProps(t, errors, 'toelichting')}
      />
    </FormDialog>
  );
}
