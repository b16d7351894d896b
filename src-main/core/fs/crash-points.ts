// Named moments between the steps of a change that spans more than one file (the key file and the
// database, the files of a restore). Production code only marks them; the crash tests install a
// hook that stops the process at one of them (SIGKILL in a child process, or a copy of the files
// as they are at that moment) to prove that every state left on disk still opens.
export type CrashPoint =
  /** A new password slot is in the key file; the database does not know its id yet. */
  | 'slot-added'
  /** The database recorded the new slot id; the account's old slot is still in the key file. */
  | 'slot-recorded'
  /** The backup and its key file are staged in full beside the database; nothing checked or moved yet. */
  | 'restore-staged'
  /** The restore journal is written; nothing has moved yet. */
  | 'restore-journal'
  /** The old database is set aside; the restored copy is not in place yet. */
  | 'restore-old-moved'
  /** The restored database is in place; its key file is not yet. */
  | 'restore-new-moved'
  /** The restored key file is in place; the journal is not removed yet. */
  | 'restore-keyfile';

let hook: ((point: CrashPoint) => void) | null = null;

/** For tests only: `next` is called at every crash point (null removes it). */
export function setCrashHook(next: ((point: CrashPoint) => void) | null): void {
  hook = next;
}

export function crashPoint(point: CrashPoint): void {
  hook?.(point);
}
