// Handlers for vault:* (first run, demo) and session:* (login, lock, logout, password).
import { plain, type Handlers } from '../handlers';
import type { Workspace } from '../workspace';
import type { SessionService } from './session-service';
import type { SetupService } from './setup-service';

type SessionHandlers = Pick<
  Handlers,
  | 'vault:status'
  | 'vault:prepare-setup'
  | 'vault:choose-folder'
  | 'vault:setup'
  | 'vault:setup-demo'
  | 'vault:leave-demo'
  | 'session:login'
  | 'session:lock'
  | 'session:logout'
  | 'session:activity'
  | 'session:change-password'
>;

export function sessionHandlers(ws: Workspace, sessions: SessionService, setup: SetupService): SessionHandlers {
  const empty = {} as Record<string, never>;
  return {
    'vault:status': plain(() => ws.status()),
    'vault:prepare-setup': plain(() => setup.propose()),
    'vault:choose-folder': plain(async () => ({ folder: await setup.chooseFolder() })),
    'vault:setup': plain(async (input) => ({ user: await setup.setup(input) })),
    'vault:setup-demo': plain(() => setup.setupDemo()),
    'vault:leave-demo': plain(() => {
      setup.leaveDemo();
      return { state: ws.status().state };
    }),
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
