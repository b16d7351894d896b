// Handlers for session:* (login, lock, logout, activity, password). The installation's own
// channels (status, set-up, demo) are vault:* in vault/handlers.ts.
import { plain, type Handlers } from '../handlers';
import type { SessionService } from './session-service';

type SessionHandlers = Pick<
  Handlers,
  'session:login' | 'session:lock' | 'session:logout' | 'session:activity' | 'session:change-password'
>;

export function sessionHandlers({ sessions }: { sessions: SessionService }): SessionHandlers {
  const empty = {} as Record<string, never>;

  return {
    'session:login': plain(async (input) => ({ user: await sessions.login(input.username, input.password) })),
    'session:lock': plain(async () => {
      await sessions.end('lock');
      return empty;
    }),
    'session:logout': plain(async () => {
      await sessions.end('logout');
      return empty;
    }),
    // The router's permission check already counted the call as activity.
    'session:activity': plain(() => empty),
    'session:change-password': plain(async (input) => ({
      user: await sessions.changePassword(input.currentPassword, input.password),
    })),
  };
}
