// The weging of one signal, as decided in the informatieoverleg: besluit, motivering, the partners
// who took part and the date. The decision moves the casus as the besluit list says. Typed and not
// recorded, the fields outlive a lock (kit/heldDraft).
import {
  Autocomplete,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDutchDate } from '../../../src-shared/domain/format';
import type { SignalView } from '../../../src-shared/ipc/cases';
import type { ListValue } from '../../../src-shared/ipc/lists';
import { DateField } from '../../kit/DateField';
import { fieldProps, FormAlert, submitHandler } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { choices, listLabel, useReferenceData } from '../lists';
import { useDossierForm } from './editing';
import { wegingDraftKey } from './heldDrafts';

interface WeighFormProps {
  caseId: number;
  signal: SignalView;
  onClose: () => void;
}

/** The weging's fields as the user sees them (the date as typed, dd-mm-jjjj). */
interface WegingFields {
  besluit: string;
  motivering: string;
  deelnemers: ListValue[];
  datum: string;
}

export function WeighForm({ caseId, signal, onClose }: WeighFormProps) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  // Empty with today's date, or as typed before a lock and not recorded then.
  const [start] = useState<WegingFields>(() => ({
    besluit: '',
    motivering: '',
    deelnemers: [],
    datum: formatDate(new Date()),
  }));
  const draftKey = wegingDraftKey(caseId, signal.id);
  const first = useHeldDraft<WegingFields>(draftKey) ?? start;
  const [besluit, setBesluit] = useState(first.besluit);
  const [motivering, setMotivering] = useState(first.motivering);
  const [deelnemers, setDeelnemers] = useState(first.deelnemers);
  const [datum, setDatum] = useState(first.datum);
  useDraftWork(draftKey, changedValues<WegingFields>({ besluit, motivering, deelnemers, datum }, start));
  const partners = choices(reference, 'partner');
  const input = {
    signalId: signal.id,
    besluit,
    motivering,
    deelnemers: deelnemers.map((value) => value.code),
    datum: parseDutchDate(datum) ?? datum,
  };
  const { check, send: weigh } = useDossierForm(
    caseId,
    'signals:weigh',
    input,
    () => t('cases.weging.done', { besluit: listLabel(reference, 'besluit', besluit) }),
    onClose,
  );
  const { errors, form } = check;

  const besluitError = errors['besluit'] ? fieldProps(t, errors, 'besluit').helperText : null;
  const headingId = `wegen-${signal.id}`;
  return (
    <Box
      component="form"
      onSubmit={submitHandler(check, weigh)}
      noValidate
      ref={form}
      aria-labelledby={headingId}
      sx={{ mt: 2, p: 2, bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Typography variant="h3" id={headingId} sx={{ mb: 1.5 }}>
        {t('cases.weging.formTitle')}
      </Typography>
      <FormAlert error={weigh.error} />
      <Stack spacing={2.5}>
        <FormControl component="fieldset" error={besluitError !== null} required>
          <FormLabel component="legend">{t('cases.weging.besluit')}</FormLabel>
          <RadioGroup value={besluit} onChange={(event) => setBesluit(event.target.value)}>
            {choices(reference, 'besluit').map((value, index) => (
              <FormControlLabel
                key={value.code}
                value={value.code}
                label={value.label}
                control={
                  <Radio
                    autoFocus={index === 0}
                    slotProps={{ input: { 'aria-invalid': besluitError !== null && index === 0 ? true : undefined } }}
                  />
                }
              />
            ))}
          </RadioGroup>
          {besluitError ? <FormHelperText>{besluitError}</FormHelperText> : null}
        </FormControl>
        <TextField
          label={t('cases.weging.motivering')}
          value={motivering}
          onChange={(event) => setMotivering(event.target.value)}
          required
          fullWidth
          multiline
          minRows={3}
          {...fieldProps(t, errors, 'motivering')}
        />
        <Autocomplete
          multiple
          options={partners}
          value={deelnemers}
          onChange={(_event, value) => setDeelnemers(value)}
          getOptionLabel={(option) => option.label}
          isOptionEqualToValue={(option, value) => option.code === value.code}
          disableCloseOnSelect
          autoHighlight
          renderInput={(params) => (
            <TextField
              {...params}
              label={t('cases.weging.deelnemers')}
              required
              {...fieldProps(t, errors, 'deelnemers', t('cases.weging.deelnemersHint'))}
            />
          )}
        />
        <DateField
          label={t('cases.weging.datum')}
          value={datum}
          onChange={setDatum}
          required
          sx={{ maxWidth: 220 }}
          {...fieldProps(t, errors, 'datum')}
        />
      </Stack>
      <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
        <Button type="submit" variant="contained" loading={weigh.isPending} loadingPosition="start">
          {t('cases.weging.submit')}
        </Button>
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
      </Box>
    </Box>
  );
}
