// A new password and its repetition (set-up, changing one's own password), with the rules under the
// first. They are checked with the caller's schema (length, enough different characters, equal
// twice) when a field is left, so a message appears or goes without waiting for "save".
import { useTranslation } from 'react-i18next';
import { fieldProps, type FieldErrors } from './forms';
import { PasswordField } from './PasswordField';

export interface NewPassword {
  password: string;
  passwordRepeat: string;
}

interface NewPasswordFieldsProps {
  labels: { password: string; repeat: string };
  value: NewPassword;
  onChange: (change: Partial<NewPassword>) => void;
  /** Checks one field again (`recheck` of `useCheckOnSend`, or the set-up's own). */
  onRecheck: (field: keyof NewPassword) => void;
  /** The messages, under the names `password` and `passwordRepeat`. */
  errors: FieldErrors;
  fullWidth?: boolean;
}

export function NewPasswordFields({ labels, value, onChange, onRecheck, errors, fullWidth }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const fields = [
    { name: 'password', label: labels.password, hint: t('password.rules') },
    { name: 'passwordRepeat', label: labels.repeat, hint: undefined },
  ] as const;
  return (
    <>
      {fields.map(({ name, label, hint }) => (
        <PasswordField
          key={name}
          label={label}
          value={value[name]}
          onChange={(event) => onChange({ [name]: event.target.value })}
          // The repetition is checked once something is typed in it: passing through it empty says nothing yet.
          onBlur={() => (name === 'password' || value[name] ? onRecheck(name) : undefined)}
          autoComplete="new-password"
          required
          fullWidth={fullWidth}
          {...fieldProps(t, errors, name, hint)}
        />
      ))}
    </>
  );
}
