// A status change: the new status (only what is allowed from the current one), a required
// toelichting and, when the casus leaves the integrated approach, a required uitkomst. Typed and
// not saved, the fields outlive a lock (kit/heldDraft); core judges the step again when it is sent.
import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_OUTCOMES, isClosed, type CaseOutcome, type CaseState } from '../../../src-shared/domain/casus';
import { transitionInput, type CaseDossier } from '../../../src-shared/ipc/cases';
import { ChoiceField, NoteField } from '../../kit/CheckedFields';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useDossierMutation } from './editing';
import { statusDraftKey } from './heldDrafts';

/** The dialog's fields as the user sees them. */
interface StatusFields {
  to: CaseState | '';
  toelichting: string;
  outcome: CaseOutcome | '';
}

export function StatusDialog({ dossier, onClose }: { dossier: CaseDossier; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  // The only step allowed chosen already, or as typed before a lock and not saved then.
  const [start] = useState<StatusFields>(() => ({
    to: dossier.allowedTransitions.length === 1 ? dossier.allowedTransitions[0]! : '',
    toelichting: '',
    outcome: '',
  }));
  const draftKey = statusDraftKey(dossier.id);
  const first = useHeldDraft<StatusFields>(draftKey) ?? start;
  const [to, setTo] = useState(first.to);
  const [toelichting, setToelichting] = useState(first.toelichting);
  const [outcome, setOutcome] = useState(first.outcome);
  useDraftWork(draftKey, changedValues<StatusFields>({ to, toelichting, outcome }, start));
  const closing = to !== '' && isClosed(to);
  const input = { id: dossier.id, to, toelichting, outcome: closing && outcome ? outcome : null };
  const problems = validate(transitionInput, input);
  // Core asks for the outcome too; here it is said before sending.
  if (closing && !outcome) problems['outcome'] = { key: 'validation.required' };
  const check = useFormCheck(problems);
  const { errors } = check;

  const change = useDossierMutation(
    dossier.id,
    // Sent only after `validate` found a status chosen.
    () => call('cases:transition', { ...input, to: to as CaseState }),
    () => {
      notice.success(t('cases.status.done', { state: t(`common:caseStates.${to as CaseState}`) }));
      onClose();
    },
  );

  const toError = errors['to'] ? fieldProps(t, errors, 'to').helperText : null;
  return (
    <FormDialog
      title={t('cases.status.title', { number: dossier.number })}
      submitLabel={t('cases.status.submit')}
      check={check}
      send={change}
      onClose={onClose}
    >
      <FormControl component="fieldset" error={toError !== null} required>
        <FormLabel component="legend">
          {t('cases.status.to', { state: t(`common:caseStates.${dossier.state}`) })}
        </FormLabel>
        <RadioGroup value={to} onChange={(event) => setTo(event.target.value as CaseState)}>
          {dossier.allowedTransitions.map((state, index) => (
            <FormControlLabel
              key={state}
              value={state}
              label={t(`common:caseStates.${state}`)}
              control={
                <Radio slotProps={{ input: { 'aria-invalid': toError !== null && index === 0 ? true : undefined } }} />
              }
            />
          ))}
        </RadioGroup>
        {toError ? <FormHelperText>{toError}</FormHelperText> : null}
      </FormControl>
      {closing ? (
        <ChoiceField
          label={t('cases.status.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value as CaseOutcome)}
          required
          errors={errors}
          name="outcome"
          hint={t('cases.status.outcomeHint')}
          options={CASE_OUTCOMES.map((value) => ({ value, label: t(`common:caseOutcomes.${value}`) }))}
        />
      ) : null}
      <NoteField
        label={t('cases.status.toelichting')}
        value={toelichting}
        onChange={setToelichting}
        required
        minRows={3}
        errors={errors}
        name="toelichting"
        hint={t('cases.status.toelichtingHint')}
      />
    </FormDialog>
  );
}
