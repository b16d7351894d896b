// Forms on the page itself (not in a dialog), each with its own heading: a panel for a larger form
// (a new activity or training above the list it adds to) and a compact one inside a part of a page
// (a new status, a new consultant). The error of the last attempt shows under the heading. The
// form's own check (`useFormCheck`) runs before sending; core's per-field messages land next to
// the fields.
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, submitHandler, type FormCheck, type Sending } from './forms';

/** Fields side by side, wrapping onto the next line in a narrow window. */
export function FieldRow({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}>
      {children}
    </Stack>
  );
}

interface FormPanelProps {
  heading: string;
  children: ReactNode;
  submitLabel: string;
  check: Pick<FormCheck, 'form' | 'passes' | 'refused'>;
  send: Sending;
  /** Shown as a cancel button when given (leaving a change of an existing record). */
  onCancel?: () => void;
}

export function FormPanel({ heading, children, submitLabel, check, send, onCancel }: FormPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { form, passes, refused } = check;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
      <Box
        component="form"
        onSubmit={submitHandler({ passes, refused }, send)}
        noValidate
        ref={form}
        aria-labelledby={headingId}
      >
        <Typography variant="h2" id={headingId} sx={{ mb: 1 }}>
          {heading}
        </Typography>
        <FormAlert error={send.error} />
        {children}
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" loading={send.isPending} loadingPosition="start">
            {submitLabel}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{t('actions.cancel')}</Button> : null}
        </Stack>
      </Box>
    </Paper>
  );
}

interface InlineFormProps {
  heading: string;
  /** The fields, on one row with the submit button (wrapping in a narrow window). */
  children: ReactNode;
  submitLabel: string;
  check: Pick<FormCheck, 'form' | 'passes' | 'refused'>;
  send: Sending;
}

/** A small form inside a part of a page (a new status, a new consultant): an h3, the fields and the button. */
export function InlineForm({ heading, children, submitLabel, check, send }: InlineFormProps) {
  const headingId = useId();
  const { form, passes, refused } = check;
  return (
    <Box
      component="form"
      onSubmit={submitHandler({ passes, refused }, send)}
      noValidate
      ref={form}
      aria-labelledby={headingId}
    >
      <Typography variant="h3" id={headingId} sx={{ mb: 1 }}>
        {heading}
      </Typography>
      <FormAlert error={send.error} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {children}
        <Button type="submit" variant="outlined" loading={send.isPending} loadingPosition="start" sx={{ mt: 1 }}>
          {submitLabel}
        </Button>
      </Stack>
    </Box>
  );
}
