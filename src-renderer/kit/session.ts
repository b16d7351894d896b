// The session as every screen sees it: what `vault:status` says, who is logged in, and why the
// last session ended. The provider that keeps it (features/session/SessionProvider) sits near the
// top of the app; any screen reads it with `useSession()`.
import { createContext, useContext } from 'react';
import type { Role } from '../../src-shared/domain/roles';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { SessionUser, VaultStatus } from '../../src-shared/ipc/session';

export type EndReason = Extract<AppEvent, { type: 'session-ended' }>['reason'];

/** The demo accounts and their shared password, as vault:setup-demo returned them. */
export interface DemoAccounts {
  accounts: { username: string; roles: Role[] }[];
  password: string;
}

export interface SessionApi {
  /** Null until the first answer of vault:status. */
  status: VaultStatus | null;
  /** Set when vault:status itself failed (the bridge is gone). */
  statusError: unknown;
  user: SessionUser | null;
  /** Why the last session ended, for the login and lock screens; null after a login. */
  ended: EndReason | null;
  /** Changes with every login, so the shell below it starts from scratch each time. */
  sessionKey: number;
  demoAccounts: DemoAccounts | null;
  refresh(): Promise<void>;
  /** After login, set-up or a password change: core now has this user logged in. */
  signedIn(user: SessionUser): Promise<void>;
  /** Drops everything and shows the gate; `reason` is shown on the login or lock screen. */
  sessionEnded(reason: EndReason): void;
  lock(): Promise<void>;
  logout(): Promise<void>;
  setDemoAccounts(accounts: DemoAccounts | null): void;
}

export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
