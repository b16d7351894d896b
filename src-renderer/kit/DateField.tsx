// A date typed as dd-mm-jjjj: faster than a date picker for people who type all day, and the same
// form as every date the application shows. The text is kept as typed (nothing is lost while it is
// incomplete); `parseDutchDate` turns it into yyyy-mm-dd when the form is sent.
import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';

type DateFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (text: string) => void;
};

export function DateField({ value, onChange, helperText, slotProps, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...rest}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      helperText={helperText ?? t('dates.hint')}
      autoComplete="off"
      slotProps={{ ...slotProps, htmlInput: { inputMode: 'numeric', maxLength: 10, spellCheck: false } }}
    />
  );
}
