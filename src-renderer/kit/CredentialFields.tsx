// The fields of an existing account's username and password: to log in, and to open a backup as
// the beheerder it knew. A username is typed as it is: no spelling check, no capital at the start.
import { TextField, type TextFieldProps } from '@mui/material';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProps, type FieldErrors } from './forms';
import { PasswordField } from './PasswordField';

type UsernameFieldProps = Omit<TextFieldProps, 'slotProps' | 'autoComplete'> & {
  /** `off` where the name is a new account's, which the browser must not offer to fill in. */
  autoComplete?: 'username' | 'off';
};

/** A username field; the browser may fill in a known username unless `autoComplete="off"`. */
export function UsernameField({ autoComplete = 'username', ...props }: UsernameFieldProps) {
  return (
    <TextField
      {...props}
      autoComplete={autoComplete}
      slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
    />
  );
}

export interface Credentials {
  username: string;
  password: string;
}

export const EMPTY_CREDENTIALS: Credentials = { username: '', password: '' };

interface CredentialFieldsProps {
  labels: Credentials;
  value: Credentials;
  onChange: (change: Partial<Credentials>) => void;
  /** The messages, under the names `username` and `password`. */
  errors: FieldErrors;
  /** Focus in the username when the form appears (a screen that is only this form). */
  autoFocus?: boolean;
  /** The password field, for putting focus back in it after a refusal. */
  passwordRef?: Ref<HTMLInputElement>;
}

/** Username and current password, one under the other. */
export function CredentialFields({ labels, value, onChange, errors, autoFocus, passwordRef }: CredentialFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <UsernameField
        label={labels.username}
        value={value.username}
        onChange={(event) => onChange({ username: event.target.value })}
        autoFocus={autoFocus}
        fullWidth
        {...fieldProps(t, errors, 'username')}
      />
      <PasswordField
        label={labels.password}
        value={value.password}
        onChange={(event) => onChange({ password: event.target.value })}
        autoComplete="current-password"
        inputRef={passwordRef}
        fullWidth
        {...fieldProps(t, errors, 'password')}
      />
    </>
  );
}
