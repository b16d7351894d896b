// Logging in with a username and password, on the login screen and on the lock screen. A refusal
// empties the password and puts focus back in it (the username stays); a failure of the database
// itself sends the gate to look again, so it shows that problem instead of the form.
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { call } from '../../kit/bridge';
import type { Credentials } from '../../kit/CredentialFields';
import { errorCode } from '../../kit/forms';
import { useSession } from '../../kit/session';

/** Failures that mean the database itself has a problem: the gate must show it. */
export const OPEN_PROBLEM = /^(DATABASE|KEYFILE)_/;

export function useLogin(credentials: Credentials, clearPassword: () => void) {
  const session = useSession();
  const passwordRef = useRef<HTMLInputElement>(null);
  const login = useMutation({
    mutationFn: () => call('session:login', credentials),
    onSuccess: ({ user }) => session.signedIn(user),
    onError: (error) => {
      clearPassword();
      passwordRef.current?.focus();
      if (OPEN_PROBLEM.test(errorCode(error) ?? '')) void session.refresh();
    },
  });
  return { login, passwordRef };
}
