// Recording a training or intervision session and its attendance (or changing one). The mentors to
// tick are those not stopped; after saving, the screen names who became inzetbaar by it. Typed and
// not saved, the fields outlive a lock (kit/heldDraft; TrainingsTab opens a changed session again).
import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { TRAINING_KINDS, type TrainingKind } from '../../../src-shared/domain/mentoring';
import { mentoringChannels, type TrainingView } from '../../../src-shared/ipc/mentoring';
import { call, useBridgeQuery } from '../../kit/bridge';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { FieldRow, FormPanel } from '../../kit/FormPanel';
import { useNotice } from '../../kit/notices';
import { trainingDraftKey } from './heldDrafts';
import { useMentorMutation, useRegions } from './hooks';
import { RecordDateField, useRecordDate } from './RecordDate';
import { becameInzetbaar } from './model';
import { SelectField } from '../../kit/SelectField';

const trainingInput = mentoringChannels['mentoring:save-training'].input;

/** The form's fields as the user sees them (the date as typed). */
interface TrainingFields {
  datum: string;
  soort: TrainingKind;
  module: string;
  trainer: string;
  regionId: number | null;
  toelichting: string;
  attendees: number[];
}

/** The fields of a stored session, or of a new one. */
function fieldsOf(session: TrainingView | null): TrainingFields {
  return {
    datum: session ? formatDate(session.datum) : '',
    soort: session?.soort ?? 'training',
    module: session?.module ?? '',
    trainer: session?.trainer ?? '',
    regionId: session?.regionId ?? null,
    toelichting: session?.toelichting ?? '',
    attendees: session?.attendees.map((a) => a.id) ?? [],
  };
}

interface TrainingFormProps {
  session: TrainingView | null;
  /** Saved: the names of the attendees it made inzetbaar. */
  onSaved: (made: string[]) => void;
  onCancel: () => void;
}

export function TrainingForm({ session, onSaved, onCancel }: TrainingFormProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { regions } = useRegions();
  const settings = useBridgeQuery('mentoring:settings', {});
  const mentors = useBridgeQuery('mentoring:mentors', { status: null, regionId: null }, { staleTime: 0 });
  const draftKey = trainingDraftKey(session?.id ?? null);
  // As stored (or empty), or as typed before a lock and not saved then. A new session's form stays
  // after a save with some choices kept: then that is what it starts from.
  const [start, setStart] = useState(() => fieldsOf(session));
  const first = useHeldDraft<TrainingFields>(draftKey) ?? start;
  const date = useRecordDate(first.datum);
  const [soort, setSoort] = useState(first.soort);
  const [module, setModule] = useState(first.module);
  const [trainer, setTrainer] = useState(first.trainer);
  const [regionId, setRegionId] = useState(first.regionId);
  const [toelichting, setToelichting] = useState(first.toelichting);
  const [attendees, setAttendees] = useState(first.attendees);
  useDraftWork(
    draftKey,
    changedValues<TrainingFields>(
      { datum: date.text, soort, module, trainer, regionId, toelichting, attendees },
      start,
    ),
  );

  const input = {
    ...(session ? { id: session.id } : {}),
    datum: date.day ?? '',
    soort,
    module,
    trainer,
    regionId,
    toelichting,
    attendees,
  };
  const problems = validate(trainingInput, input);
  if (date.problem) problems['datum'] = date.problem;
  if (!module) problems['module'] = { key: 'validation.required' };
  const check = useFormCheck(problems);
  const { errors } = check;
  const save = useMentorMutation(
    async () => {
      // The list on screen is the state before (every mentor change reloads it); one read after.
      const before = mentors.data ?? [];
      const saved = await call('mentoring:save-training', input);
      const after = await call('mentoring:mentors', { status: null, regionId: null });
      return {
        saved,
        made: becameInzetbaar(
          before,
          after,
          saved.attendees.map((a) => a.id),
        ),
      };
    },
    (result) => {
      const day = formatDate(result.saved.datum);
      notice.success(
        result.made.length > 0
          ? t('mentoring.trainings.savedMade', { date: day, count: result.made.length, names: result.made.join(', ') })
          : t('mentoring.trainings.saved', { date: day }),
      );
      if (!session) {
        date.setText('');
        setTrainer('');
        setToelichting('');
        setAttendees([]);
        setStart({ ...fieldsOf(null), soort, module, regionId });
        check.reset();
      }
      onSaved(result.made);
    },
  );
  const modules = (settings.data?.modules ?? []).filter((m) => m.active || m.code === module);
  // Stopped mentors attend nothing, unless they were already on this session's list.
  const candidates = (mentors.data ?? []).filter((m) => m.status !== 'gestopt' || attendees.includes(m.id));

  return (
    <FormPanel
      heading={
        session
          ? t('mentoring.trainings.editHeading', { date: formatDate(session.datum) })
          : t('mentoring.trainings.newHeading')
      }
      submitLabel={t('mentoring.trainings.save')}
      check={check}
      send={save}
      onCancel={session ? onCancel : undefined}
    >
      <FieldRow>
        <RecordDateField date={date} errors={errors} label={t('mentoring.trainings.datum')} />
        <SelectField
          id="training-soort"
          label={t('mentoring.trainings.soort')}
          value={soort}
          onChange={(event) => setSoort(event.target.value as TrainingKind)}
          sx={{ width: 180 }}
          native
          options={TRAINING_KINDS.map((kind) => ({ value: kind, label: t(`mentoring.kinds.${kind}`) }))}
        />
        <SelectField
          id="training-module"
          label={t('mentoring.trainings.module')}
          value={module}
          onChange={(event) => setModule(event.target.value)}
          required
          sx={{ minWidth: 320 }}
          {...fieldProps(t, errors, 'module')}
          native
          empty={t('mentoring.trainings.chooseModule')}
          options={modules.map((m) => ({
            value: m.code,
            label: m.required ? t('mentoring.trainings.requiredModule', { label: m.label }) : m.label,
          }))}
        />
        <TextField
          label={t('mentoring.trainings.trainer')}
          value={trainer}
          onChange={(event) => setTrainer(event.target.value)}
          {...fieldProps(t, errors, 'trainer')}
        />
        <SelectField
          id="training-regio"
          label={t('mentoring.trainings.region')}
          value={regionId ?? ''}
          onChange={(event) => setRegionId(event.target.value ? Number(event.target.value) : null)}
          sx={{ minWidth: 240 }}
          native
          empty={t('mentoring.trainings.allRegions')}
          options={regions.map((region) => ({ value: region.id, label: region.name }))}
        />
      </FieldRow>
      <FormControl component="fieldset" error={Boolean(errors['attendees'])} sx={{ mb: 2, display: 'block' }}>
        <FormLabel component="legend">{t('mentoring.trainings.attendees')}</FormLabel>
        {candidates.length === 0 ? (
          <FormHelperText>{t('mentoring.trainings.noMentors')}</FormHelperText>
        ) : (
          <FormGroup row>
            {candidates.map((mentor) => (
              <FormControlLabel
                key={mentor.id}
                control={
                  <Checkbox
                    checked={attendees.includes(mentor.id)}
                    onChange={(event) =>
                      setAttendees(
                        event.target.checked ? [...attendees, mentor.id] : attendees.filter((id) => id !== mentor.id),
                      )
                    }
                  />
                }
                label={t('mentoring.trainings.attendee', {
                  naam: mentor.naam,
                  status: t(`mentoring.status.${mentor.status}`),
                })}
                sx={{ minWidth: 300 }}
              />
            ))}
          </FormGroup>
        )}
        {errors['attendees'] ? (
          <FormHelperText>{t(`common:${errors['attendees'].key}`, errors['attendees'].params ?? {})}</FormHelperText>
        ) : null}
      </FormControl>
      <TextField
        label={t('mentoring.trainings.toelichting')}
        value={toelichting}
        onChange={(event) => setToelichting(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        sx={{ mb: 2 }}
        {...fieldProps(t, errors, 'toelichting')}
      />
    </FormPanel>
  );
}
