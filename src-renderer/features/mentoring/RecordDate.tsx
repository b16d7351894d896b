// The date of a recorded activity or training session: required, typed as dd-mm-jjjj, empty for a
// new record and emptied again after one is saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDutchDate } from '../../../src-shared/domain/format';
import type { FieldError } from '../../../src-shared/ipc/errors';
import { DateField } from '../../kit/DateField';
import { fieldProps, type FieldErrors } from '../../kit/forms';

export interface RecordDate {
  /** As typed. */
  text: string;
  setText: (text: string) => void;
  /** The ISO day, or null while the text is empty or no date. */
  day: string | null;
  /** Its message: required, or not a date; undefined when it is a date. */
  problem: FieldError | undefined;
}

/** The record's date, starting as `first` was typed (dd-mm-jjjj; empty for a new record). */
export function useRecordDate(first: string): RecordDate {
  const [text, setText] = useState(first);
  const day = parseDutchDate(text);
  const problem = day ? undefined : { key: text.trim() ? 'validation.date' : 'validation.required' };
  return { text, setText, day, problem };
}

/** The date field of a record, showing the form's message for `datum`. */
export function RecordDateField({ date, errors, label }: { date: RecordDate; errors: FieldErrors; label: string }) {
  const { t } = useTranslation();
  return (
    <DateField
      label={label}
      value={date.text}
      onChange={date.setText}
      required
      sx={{ width: 200 }}
      {...fieldProps(t, errors, 'datum')}
    />
  );
}
