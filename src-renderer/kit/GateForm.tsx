// A form of the screens before the shell (login, lock, restoring a backup where nobody can log in):
// its heading, what it is for, the error of the last attempt, then the fields and the submit button
// one under the other. The form's own check runs before sending; core's per-field messages land
// next to the fields.
import { Box, Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { FormAlert, submitHandler, type FormCheck, type Sending } from './forms';

interface GateFormProps {
  /** The heading's id, which names the form. */
  headingId: string;
  heading: string;
  level?: 'h1' | 'h2' | 'h3';
  /** What the form is for, between the heading and the error. */
  intro: ReactNode;
  check: Pick<FormCheck, 'form' | 'passes' | 'refused'>;
  send: Sending;
  submitLabel: string;
  /** `large` on a screen that is only this form (login, lock). */
  submitSize?: 'medium' | 'large';
  children: ReactNode;
  /** Below the submit button: another way in. */
  after?: ReactNode;
}

export function GateForm({
  headingId,
  heading,
  level = 'h1',
  intro,
  check,
  send,
  submitLabel,
  submitSize,
  children,
  after,
}: GateFormProps) {
  const { form, passes, refused } = check;
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
      <Stack spacing={2.5}>
        {children}
        <Button type="submit" variant="contained" size={submitSize} loading={send.isPending} loadingPosition="start">
          {submitLabel}
        </Button>
        {after}
      </Stack>
    </Box>
  );
}
