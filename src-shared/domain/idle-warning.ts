// The idle lock's warning (WCAG 2.1 success criterion 2.2.1, Timing adjustable): a session that
// is about to lock for inactivity says so first, so that someone who reads slowly, or stepped away
// from the keyboard for a moment, can keep working with one simple action. WCAG asks for at least
// 20 seconds to react; the warning comes a minute before the lock, or halfway through the idle
// time when the policy's is shorter (its least is one minute: then 30 seconds). The lock itself
// still comes at the policy's time whether anyone reacts or not. The desktop's core and a CTER
// server both decide with this rule, each from its own record of the last activity.

/**
 * How often the desktop's core looks for an idle session (a CTER server looks every 2 s while the
 * session has an event stream). The warning reaches the user up to this much after it is due, so
 * the shortest lead (30 s) less this must still leave the 20 s WCAG asks for. The look compares
 * two numbers.
 */
export const IDLE_CHECK_MS = 5_000;

/** How long before the idle lock the warning is due. */
export const IDLE_WARNING_LEAD_MS = 60_000;

/** The warning's lead for an idle time of `idleMinutes`: a minute, or half the idle time if less. */
export function idleWarningLeadMs(idleMinutes: number): number {
  return Math.min(IDLE_WARNING_LEAD_MS, (idleMinutes * 60_000) / 2);
}

/**
 * The milliseconds left before the idle lock when the warning is due at `now` (inside the lead,
 * not yet locked), else null. Whoever calls this says the warning once per quiet spell: a spell
 * is known by its last activity's time.
 */
export function idleWarningDue(lastActivity: number, now: number, idleMinutes: number): number | null {
  const left = lastActivity + idleMinutes * 60_000 - now;
  return left > 0 && left <= idleWarningLeadMs(idleMinutes) ? left : null;
}
