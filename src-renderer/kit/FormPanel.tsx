// Forms on the page itself (not in a dialog), each with its own heading: a panel for a larger form
// (a new activity or training above the list it adds to), a compact one inside a part of a page
// (a new status, a new consultant), and the form of a screen before the shell (login, lock,
// restoring a backup where nobody can log in). The error of the last attempt shows under the
// heading. The form's own check (`useFormCheck` or `useCheckOnSend`) runs before sending; core's
// per-field messages land next to the fields. Also the two ways fields stand side by side in a form.
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, submitHandler, type FormCheck, type Sending } from './forms';
import { usePageTitle } from './usePageTitle';

/** Fields side by side, wrapping onto the next line in a narrow window. */
export function FieldRow({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}>
      {children}
    </Stack>
  );
}

/** Two fields in two equal columns (one above the other in a narrow window). */
export function FieldPair({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>{children}</Box>;
}

interface HeadedFormProps {
  heading: string;
  children: ReactNode;
  submitLabel: string;
  check: Pick<FormCheck, 'form' | 'passes' | 'refused'>;
  send: Sending;
}

interface HeadingProps {
  level: 'h1' | 'h2' | 'h3';
  /** A fixed id for the heading (which names the form); otherwise one is made. */
  headingId?: string;
  /** What the form is for, between the heading and the error. */
  intro?: ReactNode;
}

function HeadedForm({
  heading,
  level,
  headingId: fixedId,
  intro,
  check,
  send,
  children,
}: Omit<HeadedFormProps, 'submitLabel'> & HeadingProps) {
  const madeId = useId();
  const headingId = fixedId ?? madeId;
  const { form, passes, refused } = check;
  // A form with the screen's level-1 heading (log-in, unlock) is the page: the window says so.
  usePageTitle(level === 'h1' ? heading : null);
  return (
    <Box
      component="form"
      onSubmit={submitHandler({ passes, refused }, send)}
      noValidate
      ref={form}
      aria-labelledby={headingId}
    >
      <Typography variant={level} id={headingId} sx={{ mb: 1 }}>
        {heading}
      </Typography>
      {intro}
      <FormAlert error={send.error} />
      {children}
    </Box>
  );
}

/** A larger form in a panel of its own; `onCancel` shows a cancel button (leaving a change of an existing record). */
export function FormPanel({ submitLabel, onCancel, children, ...form }: HeadedFormProps & { onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
      <HeadedForm level="h2" {...form}>
        {children}
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" loading={form.send.isPending} loadingPosition="start">
            {submitLabel}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{t('actions.cancel')}</Button> : null}
        </Stack>
      </HeadedForm>
    </Paper>
  );
}

/** A small form inside a part of a page: an h3, then the fields and the button on one (wrapping) row. */
export function InlineForm({ submitLabel, children, ...form }: HeadedFormProps) {
  return (
    <HeadedForm level="h3" {...form}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {children}
        <Button type="submit" variant="outlined" loading={form.send.isPending} loadingPosition="start" sx={{ mt: 1 }}>
          {submitLabel}
        </Button>
      </Stack>
    </HeadedForm>
  );
}

/**
 * The form of a screen before the shell: a heading with a fixed id, what the form is for, then the
 * fields, the submit button (`large` on a screen that is only this form) and `after` it another way in.
 */
export function GateForm({
  level = 'h1',
  submitLabel,
  submitSize,
  after,
  children,
  ...form
}: HeadedFormProps &
  Partial<HeadingProps> & { headingId: string; submitSize?: 'medium' | 'large'; after?: ReactNode }) {
  return (
    <HeadedForm level={level} {...form}>
      <Stack spacing={2.5}>
        {children}
        <Button
          type="submit"
          variant="contained"
          size={submitSize}
          loading={form.send.isPending}
          loadingPosition="start"
        >
          {submitLabel}
        </Button>
        {after}
      </Stack>
    </HeadedForm>
  );
}
