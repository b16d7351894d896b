// What the forms that change a trajectory share: the date of the step (today to start with, typed as
// dd-mm-jjjj), the contract's check of the values plus the form's own, and the call that stores the
// change, announces it and closes the form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import type { FieldError } from '../../../src-shared/ipc/errors';
import type { TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { CheckedDateField } from '../../kit/CheckedFields';
import { useFormCheck, validate, type FieldErrors } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useTrajectoryMutation } from './useTrajectoryMutation';

export interface StepDate {
  /** As typed. */
  text: string;
  setText: (text: string) => void;
  /** As sent: the ISO day when the text reads as a date, else the text (the contract refuses it). */
  value: string;
}

/** Today as a step's date field shows it: what its forms start with. */
export function today(): string {
  return formatDate(isoDay(new Date()));
}

/** The date of a step: `first` as typed (held over a lock), else today. */
export function useStepDate(first?: string): StepDate {
  const [text, setText] = useState(() => first ?? today());
  return { text, setText, value: parseDutchDate(text) ?? text };
}

/** The date field of a step, checked as the contract's `datum`. */
export function StepDateField({ date, errors, label }: { date: StepDate; errors: FieldErrors; label?: string }) {
  const { t } = useTranslation();
  return (
    <CheckedDateField
      label={label ?? t('trajectories.fields.datum')}
      value={date.text}
      onChange={date.setText}
      errors={errors}
      name="datum"
    />
  );
}

/**
 * A form that changes a trajectory: `input` checked with the channel's `schema`, plus the form's own
 * problems (`also`: only those that are set count); `change` sends the parsed values, and once core
 * has accepted them `done()` is announced and the form closes.
 */
export function useTrajectoryForm<S extends z.ZodType>({
  schema,
  input,
  also = {},
  change,
  done,
  onClose,
}: {
  schema: S;
  input: unknown;
  also?: Record<string, FieldError | undefined | false>;
  change: (parsed: z.output<S>) => Promise<TrajectoryView>;
  done: () => string;
  onClose: () => void;
}) {
  const notice = useNotice();
  const problems: FieldErrors = validate(schema, input);
  for (const [name, problem] of Object.entries(also)) if (problem) problems[name] = problem;
  const check = useFormCheck(problems);
  const send = useTrajectoryMutation(
    () => change(schema.parse(input)),
    () => {
      notice.success(done());
      onClose();
    },
  );
  return { check, errors: check.errors, send };
}

/** The message of a required field left empty. */
export const required: FieldError = { key: 'validation.required' };
