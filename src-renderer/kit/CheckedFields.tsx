// The fields forms write again and again, each showing the form's message for its value
// (`useFormCheck`'s errors under `name`) or else its hint: a date, a choice, a duration in minutes
// and a note. The value comes back as text; the caller turns it into what it keeps.
import { TextField, type TextFieldProps } from '@mui/material';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';
import { fieldProps, type FieldErrors } from './forms';
import { SelectField } from './SelectField';

interface Checked {
  /** The form's messages (`useFormCheck().errors`). */
  errors: FieldErrors;
  /** The field's name in them: the contract's field. */
  name: string;
  /** Under the field while it has no message. */
  hint?: string;
}

type DateFieldProps = ComponentProps<typeof DateField>;

/** A date typed as dd-mm-jjjj; required unless told otherwise. */
export function CheckedDateField({
  errors,
  name,
  hint,
  required = true,
  ...rest
}: Omit<DateFieldProps, 'error' | 'helperText'> & Checked) {
  const { t } = useTranslation();
  return <DateField {...rest} required={required} {...fieldProps(t, errors, name, hint)} />;
}

type SelectFieldProps = ComponentProps<typeof SelectField>;

/** A choice from a list, as wide as the form unless told otherwise. */
export function ChoiceField({
  errors,
  name,
  hint,
  onChange,
  fullWidth = true,
  ...rest
}: Omit<SelectFieldProps, 'error' | 'helperText' | 'onChange'> &
  Checked & {
    onChange: (value: string) => void;
  }) {
  const { t } = useTranslation();
  return (
    <SelectField
      {...rest}
      onChange={(event) => onChange(event.target.value)}
      fullWidth={fullWidth}
      {...fieldProps(t, errors, name, hint)}
    />
  );
}

type TextProps = Omit<TextFieldProps, 'error' | 'helperText' | 'onChange' | 'value'> &
  Checked & {
    value: string;
    onChange: (text: string) => void;
  };

/** A duration in whole minutes, typed as text (`wholeNumberError` checks it). */
export function MinutesField({ errors, name, hint, onChange, ...rest }: TextProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...rest}
      onChange={(event) => onChange(event.target.value)}
      required
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
      {...fieldProps(t, errors, name, hint)}
    />
  );
}

/** A text of a few lines (a note, an explanation), as wide as the form. */
export function NoteField({ errors, name, hint, onChange, minRows = 2, ...rest }: TextProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...rest}
      onChange={(event) => onChange(event.target.value)}
      multiline
      minRows={minRows}
      fullWidth
      {...fieldProps(t, errors, name, hint)}
    />
  );
}
