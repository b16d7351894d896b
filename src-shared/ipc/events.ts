// Events main sends to the renderer (the one main -> renderer channel).

export type MenuAction =
  'print' | 'lock' | 'shortcuts' | 'about' | 'navigate-home' | 'new-signal' | 'find-case' | 'convenant-lookup';

export type AppEvent =
  /** The menu or an accelerator asked the renderer to act. */
  | { type: 'menu'; action: MenuAction }
  /**
   * The session ended (lock, idle lock, logout, restore; `reconnected`: team mode, an offline
   * session ended as a lock because the CTER server answers again): the renderer drops every piece
   * of data.
   */
  | { type: 'session-ended'; reason: 'locked' | 'idle' | 'logged-out' | 'restored' | 'reconnected' }
  /**
   * The session locks for inactivity in `locksInMs` unless there is activity first (once per quiet
   * spell, src-shared/domain/idle-warning.ts): the renderer warns and offers to keep working.
   * Sent by the desktop's core and by a CTER server.
   */
  | { type: 'idle-warning'; locksInMs: number }
  /** A short notice for the user, as an i18n key under `common:notices`. */
  | { type: 'notice'; key: string; params?: Record<string, string | number> }
  /** Team mode: the connection to the CTER server came or went. */
  | { type: 'connection'; connected: boolean }
  /**
   * Team mode, an offline session (issue 19): the CTER server answers again. The renderer hands
   * over what waits for its autosave, then locks (`session:lock`) and says why (the lock screen's
   * `reconnected`); main ends the session itself as `reconnected` if the renderer has not within
   * seconds. Never sent by a server (its events are `session-ended`, `idle-warning` and `notice` only).
   */
  | { type: 'server-returned' };
