// A restore and the sessions it brings along (backup/pg-backup.ts for a pg_dump, backup/handlers.ts
// and workspace.ts for the SQLCipher file). A dump holds the `server_session` rows that were open
// when it was made; restored as they are, their tokens would work again on the restored database
// until their idle or absolute limit. So a restore ends them all, in the transaction that records
// the restore, with reason `restore`. Ended, not deleted: the restored audit log names these
// sessions (`sessie`) and the rows say which workstation each was, so they stay as history.
// A shared layer of core, as queries.ts is, so the restore paths need no seam into the server feature.
import type { EntityManager } from 'typeorm';
import { query } from '../db/sql';
import { countOpenSessions, endOpenSessions } from './queries';

/** Ends every session still open after a restore; answers how many (for the restore's audit entry). */
export async function endSessionsAfterRestore(manager: EntityManager, now: number): Promise<number> {
  const [row] = await query<{ n: number | string }>(manager, countOpenSessions());
  const open = Number(row?.n ?? 0);
  if (open > 0) await query(manager, endOpenSessions('restore', now));
  return open;
}
