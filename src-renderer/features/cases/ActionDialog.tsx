// Add or change an intervention or action of the plan van aanpak: soort (and for an intervention
// its type), omschrijving and doel, actiehouder (partner, name, optionally an account so it shows
// in that person's Mijn werk), deadline and status.
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, suggestedActionDeadline, type ActionStatus } from '../../../src-shared/domain/casus';
import { formatDate, parseDutchDate } from '../../../src-shared/domain/format';
import { actionInput, type ActionView, type CaseDossier } from '../../../src-shared/ipc/cases';
import { CheckedDateField, ChoiceField, NoteField } from '../../kit/CheckedFields';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { FieldPair } from '../../kit/FormPanel';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { changedVersioned, useDraftWork, useHeldDraft, type Versioned } from '../../kit/heldDraft';
import { actionDraftKey } from './heldDrafts';
import { choices, useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import { useDossierMutation, useDossierReload } from './editing';
import { knownAccounts } from './knownAccounts';
import { SelectField } from '../../kit/SelectField';

interface ActionDialogProps {
  dossier: CaseDossier;
  /** Null for a new one. */
  action: ActionView | null;
  onClose: () => void;
}

/** The dialog's fields as the user sees them (the deadline as typed, dd-mm-jjjj). */
interface ActionFields {
  soort: ActionView['soort'];
  interventietype: string;
  omschrijving: string;
  partner: string;
  naam: string;
  accountId: number | '';
  deadline: string;
  status: ActionStatus;
}

/** An action's fields, or a new one's: an intervention, open, due in two weeks. */
function startFields(action: ActionView | null): ActionFields {
  return {
    soort: action?.soort ?? 'interventie',
    interventietype: action?.interventietype ?? '',
    omschrijving: action?.omschrijving ?? '',
    partner: action?.actiehouderPartner ?? '',
    naam: action?.actiehouderNaam ?? '',
    accountId: action?.actiehouderAccountId ?? '',
    deadline: formatDate(action?.deadline ?? suggestedActionDeadline(new Date())),
    status: action?.status ?? 'open',
  };
}

export function ActionDialog({ dossier, action, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { user } = useSession();
  const reference = useReferenceData().data;
  // The fields as the dialog opens: the action's, or a new one's suggestions; a lock's held ones first.
  const [start] = useState(() => startFields(action));
  const draftKey = actionDraftKey(dossier.id, action?.id ?? null);
  const held = useHeldDraft<Versioned<ActionFields>>(draftKey);
  const first = held?.values ?? start;
  const [soort, setSoort] = useState(first.soort);
  const [interventietype, setInterventietype] = useState(first.interventietype);
  const [omschrijving, setOmschrijving] = useState(first.omschrijving);
  const [partner, setPartner] = useState(first.partner);
  const [naam, setNaam] = useState(first.naam);
  const [accountId, setAccountId] = useState(first.accountId);
  const [deadline, setDeadline] = useState(first.deadline);
  const [status, setStatus] = useState(first.status);
  // The version the dialog was opened at, before a lock too: a colleague's save since is refused.
  const [version, setVersion] = useState(held ? held.version : action?.version);
  const accounts = knownAccounts(dossier, user);
  const input = {
    caseId: dossier.id,
    ...(action ? { id: action.id, version } : {}),
    soort,
    interventietype: soort === 'interventie' && interventietype ? interventietype : null,
    omschrijving,
    actiehouderPartner: partner,
    actiehouderNaam: naam,
    actiehouderAccountId: accountId === '' ? null : accountId,
    deadline: parseDutchDate(deadline) ?? deadline,
    status,
  };
  const check = useFormCheck(validate(actionInput, input));
  const values: ActionFields = { soort, interventietype, omschrijving, partner, naam, accountId, deadline, status };
  useDraftWork(draftKey, changedVersioned(values, start, version));
  const stale = useStaleVersion(values);
  const reload = useDossierReload(dossier.id);
  const fill = (v: ActionFields) => {
    setSoort(v.soort);
    setInterventietype(v.interventietype);
    setOmschrijving(v.omschrijving);
    setPartner(v.partner);
    setNaam(v.naam);
    setAccountId(v.accountId);
    setDeadline(v.deadline);
    setStatus(v.status);
  };
  const staleNotice = action ? (
    <StaleNotice
      stale={stale}
      labels={{
        soort: t('cases.plan.fields.soort'),
        interventietype: t('cases.plan.fields.interventietype'),
        omschrijving: t('cases.plan.fields.omschrijving'),
        actiehouderPartner: t('cases.plan.fields.partner'),
        actiehouderNaam: t('cases.plan.fields.naam'),
        actiehouderAccountId: t('cases.plan.fields.account'),
        deadline: t('cases.plan.fields.deadline'),
        status: t('cases.plan.fields.status'),
      }}
      show={(draft) => ({
        soort: draft.soort === 'interventie' ? t('cases.plan.soort.interventie') : t('cases.plan.soort.actie'),
        interventietype:
          choices(reference, 'interventie', draft.interventietype).find((v) => v.code === draft.interventietype)
            ?.label ?? '',
        omschrijving: draft.omschrijving,
        actiehouderPartner:
          choices(reference, 'partner', draft.partner).find((v) => v.code === draft.partner)?.label ?? '',
        actiehouderNaam: draft.naam,
        actiehouderAccountId: accounts.find((a) => a.id === draft.accountId)?.displayName ?? '',
        deadline: draft.deadline,
        status: t(`common:actionStatuses.${draft.status}`),
      })}
      onReload={async () => {
        const latest = (await reload()).actions.find((a) => a.id === action.id);
        if (!latest) return;
        fill(startFields(latest));
        setVersion(latest.version);
      }}
      onReapply={fill}
    />
  ) : null;
  const { errors } = check;
  const save = useDossierMutation(
    dossier.id,
    () => call('cases:save-action', input),
    () => {
      notice.success(action ? t('cases.plan.saved') : t('cases.plan.added'));
      onClose();
    },
  );

  return (
    <FormDialog
      title={action ? t('cases.plan.editTitle') : t('cases.plan.addTitle')}
      submitLabel={action ? t('actions.save') : t('cases.plan.addSubmit')}
      check={check}
      send={save}
      stale={action ? stale : undefined}
      staleNotice={staleNotice}
      onClose={onClose}
    >
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('cases.plan.fields.soort')}</FormLabel>
        <RadioGroup row value={soort} onChange={(event) => setSoort(event.target.value as ActionView['soort'])}>
          <FormControlLabel value="interventie" control={<Radio />} label={t('cases.plan.soort.interventie')} />
          <FormControlLabel value="actie" control={<Radio />} label={t('cases.plan.soort.actie')} />
        </RadioGroup>
      </FormControl>
      {soort === 'interventie' ? (
        <ChoiceField
          label={t('cases.plan.fields.interventietype')}
          value={interventietype}
          onChange={setInterventietype}
          required
          errors={errors}
          name="interventietype"
          options={choices(reference, 'interventie', action?.interventietype).map((value) => ({
            value: value.code,
            label: value.label,
          }))}
        />
      ) : null}
      <NoteField
        label={t('cases.plan.fields.omschrijving')}
        value={omschrijving}
        onChange={setOmschrijving}
        required
        minRows={3}
        errors={errors}
        name="omschrijving"
      />
      <FieldPair>
        <ChoiceField
          label={t('cases.plan.fields.partner')}
          value={partner}
          onChange={setPartner}
          required
          errors={errors}
          name="actiehouderPartner"
          options={choices(reference, 'partner', action?.actiehouderPartner).map((value) => ({
            value: value.code,
            label: value.label,
          }))}
        />
        <TextField
          label={t('cases.plan.fields.naam')}
          value={naam}
          onChange={(event) => setNaam(event.target.value)}
          required
          fullWidth
          {...fieldProps(t, errors, 'actiehouderNaam')}
        />
      </FieldPair>
      <ChoiceField
        label={t('cases.plan.fields.account')}
        value={accountId}
        onChange={(value) => setAccountId(value === '' ? '' : Number(value))}
        errors={errors}
        name="actiehouderAccountId"
        hint={t('cases.plan.fields.accountHint')}
        empty={t('cases.plan.fields.noAccount')}
        options={accounts.map((account) => ({
          value: account.id,
          label: account.me ? t('cases.access.me', { name: account.displayName }) : account.displayName,
        }))}
      />
      <FieldPair>
        <CheckedDateField
          label={t('cases.plan.fields.deadline')}
          value={deadline}
          onChange={setDeadline}
          errors={errors}
          name="deadline"
        />
        <SelectField
          label={t('cases.plan.fields.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as ActionStatus)}
          options={ACTION_STATUSES.map((value) => ({ value, label: t(`common:actionStatuses.${value}`) }))}
        />
      </FieldPair>
    </FormDialog>
  );
}
