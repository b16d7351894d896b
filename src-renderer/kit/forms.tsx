// Form helpers shared by every screen: the same zod schema core uses gives instant feedback, and
// the per-field errors core returns (`error.fields`) land next to the same fields. Messages are
// i18n keys under `common:validation`, so the renderer, core and the CLI say the same thing.
import { Alert } from '@mui/material';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { reasonSchema } from '../../src-shared/ipc/audit';
import type { FieldError } from '../../src-shared/ipc/errors';
import { fieldErrors } from '../../src-shared/ipc/validation';
import { BridgeFailure, describeError } from './bridge';

export type FieldErrors = Record<string, FieldError>;

function valueAt(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      value,
    );
}

/** Checks `value` with a contract schema; with `fields`, only those fields are reported. */
export function validate(schema: z.ZodType, value: unknown, fields?: readonly string[]): FieldErrors {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const all = fieldErrors(result.error);
  // A text left empty is missing, whatever its minimum length: "verplicht" says that best.
  for (const [path, error] of Object.entries(all)) {
    const current = valueAt(value, path);
    if (error.key === 'validation.tooShort' && typeof current === 'string' && current.trim() === '') {
      all[path] = { key: 'validation.required' };
    }
  }
  return fields ? Object.fromEntries(Object.entries(all).filter(([field]) => fields.includes(field))) : all;
}

/** The reason asked for an export or print, checked with the contract's rule (min. 3 characters). */
export function reasonErrors(reason: string): FieldErrors {
  // The schema checks one string: its problem is reported under the root path.
  const problem = validate(reasonSchema, reason)['_'];
  return problem ? { reason: problem } : {};
}

/**
 * The problem of a whole number typed as text (a duration in minutes), or none. Text that is no
 * whole number would reach the schema as NaN ("verplicht"): this says what is wrong.
 */
export function wholeNumberError(text: string): FieldError | undefined {
  if (text.trim() === '') return { key: 'validation.required' };
  return /^\d+$/.test(text.trim()) ? undefined : { key: 'validation.wholeNumber' };
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

/**
 * The messages of a form: nothing until the first attempt to send it; from then on the problems
 * of the values as they are now (so a message goes as soon as the field is fixed), plus what core
 * said about the last attempt. `problems` is the form's own check of its current values, usually
 * `validate(schema, input)`.
 */
export function useFormCheck(problems: FieldErrors) {
  const [attempt, setAttempt] = useState(0);
  const [server, setServer] = useState<FieldErrors>({});
  const form = useFocusFirstInvalid(attempt);
  return {
    errors: attempt > 0 ? { ...server, ...problems } : {},
    form,
    /** On sending: true when the values may be sent; otherwise the problems show, focus goes to the first. */
    passes(): boolean {
      setServer({});
      if (Object.keys(problems).length === 0) return true;
      setAttempt((n) => n + 1);
      return false;
    },
    /** Core refused the values: its per-field messages go next to the fields. */
    refused(error: unknown) {
      setServer(bridgeFieldErrors(error));
      setAttempt((n) => n + 1);
    },
    /** After a success that keeps the form open (emptied): no messages until the next attempt. */
    reset() {
      setServer({});
      setAttempt(0);
    },
  };
}

/** What `useFormCheck` gives a form: its messages, its element and the steps of sending. */
export type FormCheck = ReturnType<typeof useFormCheck>;

/**
 * The messages of a form checked when it is sent, not as the person types (login, lock, restoring a
 * backup, changing a password): the messages of the last attempt stay until the next one, or until
 * `recheck` checks one field again (on leaving it). `check` is the form's own check of its current
 * values, usually `validate(schema, input)`. Fits `submitHandler`, like `useFormCheck`.
 */
export function useCheckOnSend(check: () => FieldErrors) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  return {
    errors,
    form,
    /** On sending: true when the values may be sent; otherwise the problems show, focus goes to the first. */
    passes(): boolean {
      const found = check();
      setErrors(found);
      if (Object.keys(found).length === 0) return true;
      setAttempt((n) => n + 1);
      return false;
    },
    /** Core refused the values: its per-field messages go next to the fields. */
    refused(error: unknown) {
      setErrors(bridgeFieldErrors(error));
      setAttempt((n) => n + 1);
    },
    /** A field was left: its message is that of the values as they are now (none when it is right). */
    recheck(field: string) {
      setErrors((previous) => recheckedErrors(previous, field, check()));
    },
    /** The messages go (saved and still open, or values moved so the messages no longer fit them). */
    clear() {
      setErrors({});
    },
  };
}

/** The messages after one field is checked again: its old message goes, its message in `problems` (if any) comes. */
export function recheckedErrors(errors: FieldErrors, field: string, problems: FieldErrors): FieldErrors {
  const next = { ...errors };
  delete next[field];
  const found = problems[field];
  return found ? { ...next, [field]: found } : next;
}

/** The call that sends a form (a react-query mutation without variables). */
export interface Sending {
  isPending: boolean;
  error: unknown;
  reset: () => void;
  mutate: (variables: undefined, options: { onError: (error: unknown) => void }) => void;
}

/**
 * The submit handler of a form: the last call's error goes, the form's own check runs (its messages
 * show and focus moves to the first when it fails), then the values are sent; core's per-field
 * messages land next to the fields.
 */
export function submitHandler(check: Pick<FormCheck, 'passes' | 'refused'>, send: Sending) {
  return (event: React.FormEvent) => {
    event.preventDefault();
    send.reset();
    if (check.passes()) send.mutate(undefined, { onError: check.refused });
  };
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
