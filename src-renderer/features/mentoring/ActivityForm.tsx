// Recording (or changing) a network or awareness activity: date, type, title, audience, region and
// municipality, how many people it reached and how many signals it brought in. Typed and not
// saved, the fields outlive a lock (kit/heldDraft; ActivitiesTab opens a changed activity again).
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { ACTIVITY_TYPES, type ActivityType } from '../../../src-shared/domain/mentoring';
import { activityInput, type ActivityView } from '../../../src-shared/ipc/mentoring';
import { call } from '../../kit/bridge';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { FieldRow, FormPanel } from '../../kit/FormPanel';
import { useNotice } from '../../kit/notices';
import { activityDraftKey } from './heldDrafts';
import { useMentorMutation, useRegions } from './hooks';
import { RecordDateField, useRecordDate } from './RecordDate';
import { SelectField } from '../../kit/SelectField';

const whole = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The form's fields as the user sees them (the date and the numbers as typed). */
interface ActivityFields {
  datum: string;
  type: ActivityType;
  titel: string;
  doelgroep: string;
  regionId: number | '';
  gemeenteId: number | null;
  bereik: string;
  signalen: string;
  toelichting: string;
}

/** The fields of a stored activity, or of a new one. */
function fieldsOf(activity: ActivityView | null): ActivityFields {
  return {
    datum: activity ? formatDate(activity.datum) : '',
    type: activity?.type ?? 'voorlichting',
    titel: activity?.titel ?? '',
    doelgroep: activity?.doelgroep ?? '',
    regionId: activity?.regionId ?? '',
    gemeenteId: activity?.gemeenteId ?? null,
    bereik: activity ? String(activity.bereik) : '',
    signalen: activity ? String(activity.signalen) : '0',
    toelichting: activity?.toelichting ?? '',
  };
}

export function ActivityForm({ activity, onDone }: { activity: ActivityView | null; onDone: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { regions, gemeenten } = useRegions();
  const draftKey = activityDraftKey(activity?.id ?? null);
  // As stored (or empty), or as typed before a lock and not saved then. A new activity's form stays
  // after a save with some choices kept: then that is what it starts from.
  const [start, setStart] = useState(() => fieldsOf(activity));
  const first = useHeldDraft<ActivityFields>(draftKey) ?? start;
  const date = useRecordDate(first.datum);
  const [type, setType] = useState(first.type);
  const [titel, setTitel] = useState(first.titel);
  const [doelgroep, setDoelgroep] = useState(first.doelgroep);
  const [regionId, setRegionId] = useState(first.regionId);
  const [gemeenteId, setGemeenteId] = useState(first.gemeenteId);
  const [bereik, setBereik] = useState(first.bereik);
  const [signalen, setSignalen] = useState(first.signalen);
  const [toelichting, setToelichting] = useState(first.toelichting);
  useDraftWork(
    draftKey,
    changedValues<ActivityFields>(
      { datum: date.text, type, titel, doelgroep, regionId, gemeenteId, bereik, signalen, toelichting },
      start,
    ),
  );

  const input = {
    ...(activity ? { id: activity.id } : {}),
    datum: date.day ?? '',
    type,
    titel,
    doelgroep,
    regionId: regionId === '' ? 0 : regionId,
    gemeenteId,
    bereik: whole(bereik),
    signalen: whole(signalen),
    toelichting,
  };
  const problems = validate(activityInput, input);
  if (date.problem) problems['datum'] = date.problem;
  if (regionId === '') problems['regionId'] = { key: 'validation.required' };
  const check = useFormCheck(problems);
  const { errors } = check;
  const save = useMentorMutation(
    () => call('mentoring:save-activity', input),
    (saved) => {
      notice.success(t('mentoring.activities.saved', { titel: saved.titel }));
      if (!activity) {
        date.setText('');
        setTitel('');
        setDoelgroep('');
        setBereik('');
        setSignalen('0');
        setToelichting('');
        setStart({ ...fieldsOf(null), type, regionId, gemeenteId });
        check.reset();
      }
      onDone();
    },
  );

  return (
    <FormPanel
      heading={
        activity
          ? t('mentoring.activities.editHeading', { titel: activity.titel })
          : t('mentoring.activities.newHeading')
      }
      submitLabel={t('mentoring.activities.save')}
      check={check}
      send={save}
      onCancel={activity ? onDone : undefined}
    >
      <FieldRow>
        <RecordDateField date={date} errors={errors} label={t('mentoring.activities.datum')} />
        <SelectField
          id="activiteit-type"
          label={t('mentoring.activities.type')}
          value={type}
          onChange={(event) => setType(event.target.value as ActivityType)}
          sx={{ minWidth: 260 }}
          native
          options={ACTIVITY_TYPES.map((option) => ({ value: option, label: t(`mentoring.activityTypes.${option}`) }))}
        />
        <TextField
          label={t('mentoring.activities.titel')}
          value={titel}
          onChange={(event) => setTitel(event.target.value)}
          required
          sx={{ minWidth: 320, flex: 1 }}
          {...fieldProps(t, errors, 'titel')}
        />
      </FieldRow>
      <FieldRow>
        <TextField
          label={t('mentoring.activities.doelgroep')}
          value={doelgroep}
          onChange={(event) => setDoelgroep(event.target.value)}
          sx={{ minWidth: 260 }}
          {...fieldProps(t, errors, 'doelgroep', t('mentoring.activities.doelgroepHint'))}
        />
        <SelectField
          id="activiteit-regio"
          label={t('mentoring.activities.region')}
          value={regionId}
          onChange={(event) => {
            setRegionId(event.target.value ? Number(event.target.value) : '');
            setGemeenteId(null);
          }}
          required
          sx={{ minWidth: 240 }}
          {...fieldProps(t, errors, 'regionId')}
          native
          empty={t('mentoring.activities.chooseRegion')}
          options={regions.map((region) => ({ value: region.id, label: region.name }))}
        />
        <SelectField
          id="activiteit-gemeente"
          label={t('mentoring.activities.gemeente')}
          value={gemeenteId ?? ''}
          onChange={(event) => setGemeenteId(event.target.value ? Number(event.target.value) : null)}
          disabled={regionId === ''}
          sx={{ minWidth: 220 }}
          {...fieldProps(t, errors, 'gemeenteId')}
          native
          empty={t('mentoring.activities.wholeRegion')}
          options={gemeenten.filter((g) => g.regionId === regionId).map((g) => ({ value: g.id, label: g.name }))}
        />
        <TextField
          label={t('mentoring.activities.bereik')}
          type="number"
          value={bereik}
          onChange={(event) => setBereik(event.target.value)}
          required
          slotProps={{ htmlInput: { min: 0, step: 1 } }}
          sx={{ width: 200 }}
          {...fieldProps(t, errors, 'bereik', t('mentoring.activities.bereikHint'))}
        />
        <TextField
          label={t('mentoring.activities.signalen')}
          type="number"
          value={signalen}
          onChange={(event) => setSignalen(event.target.value)}
          required
          slotProps={{ htmlInput: { min: 0, step: 1 } }}
          sx={{ width: 200 }}
          {...fieldProps(t, errors, 'signalen', t('mentoring.activities.signalenHint'))}
        />
      </FieldRow>
      <TextField
        label={t('mentoring.activities.toelichting')}
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
