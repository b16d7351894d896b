// The end of a CTER server session (issue 18; server-sessions.ts holds the sessions): its row
// ended once, whichever process tries (a second try finds it ended and does nothing), and an audit
// entry as the desktop writes one for its session's end (session-service.ts), bound to the call
// so the entry names the session and the workstation.
import { runAsServerCall, type ServerCall } from '../workspace/call-session';
import type { Workspace } from '../workspace';
import { query } from '../db/sql';
import { endSession, openSession, type EndReason } from './queries';

/** The audit entry of a session's end, as the desktop writes them (session-service.ts). */
const END_ENTRY: Record<EndReason, { action: string; details: Record<string, string> | null }> = {
  logout: { action: 'session:logout', details: null },
  lock: { action: 'session:lock', details: null },
  idle: { action: 'session:lock', details: { reden: 'inactiviteit' } },
  expired: { action: 'session:lock', details: { reden: 'verlopen' } },
  deactivated: { action: 'session:logout', details: { reden: 'gedeactiveerd' } },
  'password-reset': { action: 'session:logout', details: { reden: 'wachtwoord hersteld' } },
  'password-change': { action: 'session:logout', details: { reden: 'wachtwoord gewijzigd' } },
  restore: { action: 'session:logout', details: { reden: 'herstel' } },
};

/** Ends the call's session for `reason`: whether this try ended it (false: it was ended already). */
export function endSessionRow(ws: Workspace, call: ServerCall, reason: EndReason, now: () => number): Promise<boolean> {
  const id = call.sessionId as string;
  const user = call.session?.user ?? null;
  return runAsServerCall(call, () =>
    ws.transaction(async (manager, audit) => {
      const [open] = await query(manager, openSession(manager, id));
      if (!open) return false;
      await query(manager, endSession(id, reason, now()));
      await audit.append(manager, {
        actorId: user?.id ?? null,
        actorName: user?.username ?? null,
        action: END_ENTRY[reason].action,
        kind: 'session',
        result: 'ok',
        details: END_ENTRY[reason].details,
      });
      return true;
    }),
  );
}
