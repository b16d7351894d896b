// Records (or corrects) one of the expert's own consultations: the municipality (one of those the
// expert is linked to), date, topic, duration and an explanation.
import { Alert, Box, MenuItem, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import { ADVIES_ONDERWERPEN, type AdviesOnderwerp } from '../../../src-shared/domain/mentoring';
import { expertChannels, type AdviesView } from '../../../src-shared/ipc/experts';
import { call, useBridgeQuery, type BridgeFailure } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useSession } from '../session/session';
import { gemeentenOf } from './experts';

const schema = expertChannels['experts:save-advies'].input;

export function AdviesDialog({ advies, onClose }: { advies: AdviesView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const experts = useBridgeQuery('experts:list', {});
  const mine = gemeentenOf(experts.data, user?.id);
  const [gemeenteId, setGemeenteId] = useState<number | ''>(advies?.gemeente.id ?? '');
  const [datum, setDatum] = useState(() => formatDate(advies?.datum ?? isoDay(new Date())));
  const [onderwerp, setOnderwerp] = useState<AdviesOnderwerp | ''>(advies?.onderwerp ?? '');
  const [duur, setDuur] = useState(advies ? String(advies.duurMinuten) : '');
  const [toelichting, setToelichting] = useState(advies?.toelichting ?? '');
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
  if (duur.trim() === '') problems.duurMinuten = { key: 'validation.required' };
  else if (!/^\d+$/.test(duur.trim())) problems.duurMinuten = { key: 'validation.wholeNumber' };
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
      <TextField
        select
        label={t('experts.advies.fields.gemeente')}
        value={gemeenteId}
        onChange={(event) => setGemeenteId(Number(event.target.value))}
        required
        fullWidth
        {...fieldProps(t, errors, 'gemeenteId')}
      >
        {mine.map((gemeente) => (
          <MenuItem key={gemeente.id} value={gemeente.id}>
            {gemeente.name}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <DateField
          label={t('experts.advies.fields.datum')}
          value={datum}
          onChange={setDatum}
          required
          {...fieldProps(t, errors, 'datum')}
        />
        <TextField
          label={t('experts.advies.fields.duur')}
          value={duur}
          onChange={(event) => setDuur(event.target.value)}
          required
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
          {...fieldProps(t, errors, 'duurMinuten')}
        />
      </Box>
      <TextField
        select
        label={t('experts.advies.fields.onderwerp')}
        value={onderwerp}
        onChange={(event) => setOnderwerp(event.target.value as AdviesOnderwerp)}
        required
        fullWidth
        {...fieldProps(t, errors, 'onderwerp')}
      >
        {ADVIES_ONDERWERPEN.map((value) => (
          <MenuItem key={value} value={value}>
            {t(`experts.onderwerp.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('experts.advies.fields.toelichting')}
        value={toelichting}
        onChange={(event) => setToelichting(event.target.value)}
        multiline
        minRows={3}
        fullWidth
        {...fieldProps(t, errors, 'toelichting', t('experts.advies.fields.toelichtingHint'))}
      />
    </FormDialog>
  );
}
