// Records (or corrects) one of the expert's own consultations: the municipality (one of those the
// expert is linked to), date, topic, duration and an explanation. Typed and not saved, the fields
// outlive a lock (kit/heldDraft; AdviesSection opens the dialog again).
import { Alert } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import { ADVIES_ONDERWERPEN, type AdviesOnderwerp } from '../../../src-shared/domain/mentoring';
import { expertChannels, type AdviesView } from '../../../src-shared/ipc/experts';
import { call, useBridgeQuery, type BridgeFailure } from '../../kit/bridge';
import { CheckedDateField, ChoiceField, MinutesField, NoteField } from '../../kit/CheckedFields';
import { FormDialog } from '../../kit/FormDialog';
import { FieldPair } from '../../kit/FormPanel';
import { useFormCheck, validate, wholeNumberError } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { useSession } from '../../kit/session';
import { adviesDraftKey, gemeentenOf } from './experts';

const schema = expertChannels['experts:save-advies'].input;

/** The dialog's fields as the user sees them (the date dd-mm-jjjj, the duration as typed). */
interface AdviesFields {
  gemeenteId: number | '';
  datum: string;
  onderwerp: AdviesOnderwerp | '';
  duur: string;
  toelichting: string;
}

/** The fields of a stored advies, or of a new one today. */
function fieldsOf(advies: AdviesView | null): AdviesFields {
  return {
    gemeenteId: advies?.gemeente.id ?? '',
    datum: formatDate(advies?.datum ?? isoDay(new Date())),
    onderwerp: advies?.onderwerp ?? '',
    duur: advies ? String(advies.duurMinuten) : '',
    toelichting: advies?.toelichting ?? '',
  };
}

export function AdviesDialog({ advies, onClose }: { advies: AdviesView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const experts = useBridgeQuery('experts:list', {});
  const mine = gemeentenOf(experts.data, user?.id);
  // As stored (or empty today), or as typed before a lock and not saved then.
  const [start] = useState(() => fieldsOf(advies));
  const draftKey = adviesDraftKey(advies?.id ?? null);
  const first = useHeldDraft<AdviesFields>(draftKey) ?? start;
  const [gemeenteId, setGemeenteId] = useState(first.gemeenteId);
  const [datum, setDatum] = useState(first.datum);
  const [onderwerp, setOnderwerp] = useState(first.onderwerp);
  const [duur, setDuur] = useState(first.duur);
  const [toelichting, setToelichting] = useState(first.toelichting);
  useDraftWork(draftKey, changedValues<AdviesFields>({ gemeenteId, datum, onderwerp, duur, toelichting }, start));
  const input = {
    ...(advies ? { id: advies.id } : {}),
    gemeenteId: gemeenteId || 0,
    datum: parseDutchDate(datum) ?? datum,
    onderwerp,
    duurMinuten: Number(duur),
    toelichting,
  };
  const problems = validate(schema, input);
  if (gemeenteId === '') problems.gemeenteId = { key: 'validation.required' };
  if (onderwerp === '') problems.onderwerp = { key: 'validation.required' };
  const duurError = wholeNumberError(duur);
  if (duurError) problems.duurMinuten = duurError;
  const check = useFormCheck(problems);
  const { errors } = check;
  const save = useMutation<AdviesView, BridgeFailure>({
    mutationFn: () => call('experts:save-advies', schema.parse(input)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['experts:advies'] });
      void queryClient.invalidateQueries({ queryKey: ['experts:overview'] });
      notice.success(t('experts.advies.saved', { gemeente: saved.gemeente.name }));
      onClose();
    },
  });
  return (
    <FormDialog
      title={advies ? t('experts.advies.editTitle') : t('experts.advies.add')}
      submitLabel={t('actions.save')}
      check={check}
      send={save}
      error={experts.error}
      onClose={onClose}
    >
      {experts.data && mine.length === 0 ? <Alert severity="info">{t('experts.advies.noGemeenten')}</Alert> : null}
      <ChoiceField
        label={t('experts.advies.fields.gemeente')}
        value={gemeenteId}
        onChange={(value) => setGemeenteId(Number(value))}
        required
        errors={errors}
        name="gemeenteId"
        options={mine.map((gemeente) => ({ value: gemeente.id, label: gemeente.name }))}
      />
      <FieldPair>
        <CheckedDateField
          label={t('experts.advies.fields.datum')}
          value={datum}
          onChange={setDatum}
          errors={errors}
          name="datum"
        />
        <MinutesField
          label={t('experts.advies.fields.duur')}
          value={duur}
          onChange={setDuur}
          errors={errors}
          name="duurMinuten"
        />
      </FieldPair>
      <ChoiceField
        label={t('experts.advies.fields.onderwerp')}
        value={onderwerp}
        onChange={(value) => setOnderwerp(value as AdviesOnderwerp)}
        required
        errors={errors}
        name="onderwerp"
        options={ADVIES_ONDERWERPEN.map((value) => ({ value, label: t(`experts.onderwerp.${value}`) }))}
      />
      <NoteField
        label={t('experts.advies.fields.toelichting')}
        value={toelichting}
        onChange={setToelichting}
        minRows={3}
        errors={errors}
        name="toelichting"
        hint={t('experts.advies.fields.toelichtingHint')}
      />
    </FormDialog>
  );
}
