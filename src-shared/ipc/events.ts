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
  /** A short notice for the user, as an i18n key under `common:notices`. */
  | { type: 'notice'; key: string; params?: Record<string, string | number> }
  /** Team mode: the connection to the CTER server came or went. */
  | { type: 'connection'; connected: boolean };
