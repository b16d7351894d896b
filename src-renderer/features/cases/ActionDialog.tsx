// Add or change an intervention or action of the plan van aanpak: soort (and for an intervention
// its type), omschrijving and doel, actiehouder (partner, name, optionally an account so it shows
// in that person's Mijn werk), deadline and status.
import { Box, FormControl, FormControlLabel, FormLabel, MenuItem, Radio, RadioGroup, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../src-shared/domain/casus';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import { actionInput, type ActionView, type CaseDossier } from '../../../src-shared/ipc/cases';
import { call } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { choices, useReferenceData } from '../lists/reference';
import { useSession } from '../session/session';
import { useDossierMutation } from './editing';
import { knownAccounts } from './knownAccounts';

const TWO_WEEKS = 14 * 24 * 60 * 60 * 1000;

interface ActionDialogProps {
  dossier: CaseDossier;
  /** Null for a new one. */
  action: ActionView | null;
  onClose: () => void;
}

export function ActionDialog({ dossier, action, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { user } = useSession();
  const reference = useReferenceData().data;
  const [soort, setSoort] = useState<ActionView['soort']>(action?.soort ?? 'interventie');
  const [interventietype, setInterventietype] = useState(action?.interventietype ?? '');
  const [omschrijving, setOmschrijving] = useState(action?.omschrijving ?? '');
  const [partner, setPartner] = useState(action?.actiehouderPartner ?? '');
  const [naam, setNaam] = useState(action?.actiehouderNaam ?? '');
  const [accountId, setAccountId] = useState<number | ''>(action?.actiehouderAccountId ?? '');
  const [deadline, setDeadline] = useState(() =>
    formatDate(action?.deadline ?? isoDay(new Date(Date.now() + TWO_WEEKS))),
  );
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'open');
  const accounts = knownAccounts(dossier, user);
  const input = {
    caseId: dossier.id,
    ...(action ? { id: action.id } : {}),
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
        <TextField
          select
          label={t('cases.plan.fields.interventietype')}
          value={interventietype}
          onChange={(event) => setInterventietype(event.target.value)}
          required
          fullWidth
          {...fieldProps(t, errors, 'interventietype')}
        >
          {choices(reference, 'interventie', action?.interventietype).map((value) => (
            <MenuItem key={value.code} value={value.code}>
              {value.label}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <TextField
        label={t('cases.plan.fields.omschrijving')}
        value={omschrijving}
        onChange={(event) => setOmschrijving(event.target.value)}
        required
        fullWidth
        multiline
        minRows={3}
        {...fieldProps(t, errors, 'omschrijving')}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <TextField
          select
          label={t('cases.plan.fields.partner')}
          value={partner}
          onChange={(event) => setPartner(event.target.value)}
          required
          fullWidth
          {...fieldProps(t, errors, 'actiehouderPartner')}
        >
          {choices(reference, 'partner', action?.actiehouderPartner).map((value) => (
            <MenuItem key={value.code} value={value.code}>
              {value.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('cases.plan.fields.naam')}
          value={naam}
          onChange={(event) => setNaam(event.target.value)}
          required
          fullWidth
          {...fieldProps(t, errors, 'actiehouderNaam')}
        />
      </Box>
      <TextField
        select
        label={t('cases.plan.fields.account')}
        value={accountId}
        onChange={(event) => setAccountId(event.target.value === '' ? '' : Number(event.target.value))}
        fullWidth
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        {...fieldProps(t, errors, 'actiehouderAccountId', t('cases.plan.fields.accountHint'))}
      >
        <MenuItem value="">{t('cases.plan.fields.noAccount')}</MenuItem>
        {accounts.map((account) => (
          <MenuItem key={account.id} value={account.id}>
            {account.me ? t('cases.access.me', { name: account.displayName }) : account.displayName}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <DateField
          label={t('cases.plan.fields.deadline')}
          value={deadline}
          onChange={setDeadline}
          required
          {...fieldProps(t, errors, 'deadline')}
        />
        <TextField
          select
          label={t('cases.plan.fields.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as ActionStatus)}
        >
          {ACTION_STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`common:actionStatuses.${value}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
    </FormDialog>
  );
}
