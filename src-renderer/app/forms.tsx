// Form helpers shared by every screen: the same zod schema core uses gives instant feedback, and
// the per-field errors core returns (`error.fields`) land next to the same fields. Messages are
// i18n keys under `common:validation`, so the renderer, core and the CLI say the same thing.
import { Alert } from '@mui/material';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { reasonSchema } from '../../src-shared/ipc/audit';
import type { FieldError } from '../../src-shared/ipc/errors';
import { fieldErrors } from '../../src-shared/ipc/validation';
import { BridgeFailure, describeError } from './bridge';

export type FieldErrors = Record<string, FieldError>;

/** Checks `value` with a contract schema; with `fields`, only those fields are reported. */
export function validate(schema: z.ZodType, value: unknown, fields?: readonly string[]): FieldErrors {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const all = fieldErrors(result.error);
  return fields ? Object.fromEntries(Object.entries(all).filter(([field]) => fields.includes(field))) : all;
}

/** The reason asked for an export or print, checked with the contract's rule (min. 3 characters). */
export function reasonErrors(reason: string): FieldErrors {
  // The schema checks one string: its problem is reported under the root path.
  const problem = validate(reasonSchema, reason)['_'];
  return problem ? { reason: problem } : {};
}

/** The per-field errors of a failed bridge call (empty for other failures). */
export function bridgeFieldErrors(error: unknown): FieldErrors {
  return error instanceof BridgeFailure ? (error.error.fields ?? {}) : {};
}

/** The bridge error code of a failure, or null. */
export function errorCode(error: unknown): string | null {
  return error instanceof BridgeFailure ? error.error.code : null;
}

/** Props for a TextField: its error state and the message under it (or the usual hint). */
export function fieldProps(t: TFunction, errors: FieldErrors, name: string, hint?: string) {
  const error = errors[name];
  return {
    error: error !== undefined,
    helperText: error ? t(`common:${error.key}`, error.params ?? {}) : hint,
  };
}

/**
 * Moves focus to the first field marked invalid once the errors are on screen, so a keyboard or
 * screen-reader user lands on what needs fixing. `trigger` changes on every failed submit.
 */
export function useFocusFirstInvalid(trigger: unknown) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!trigger) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [trigger]);
  return form;
}

/** The translated message of a failed call, announced to screen readers; nothing when no error. */
export function FormAlert({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert severity="error" role="alert" id={id} sx={{ mb: 2 }}>
      {describeError(t, error)}
    </Alert>
  );
}
