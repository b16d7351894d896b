// Channels for backups (beheerder), and for restoring a backup on a machine whose own database
// is missing or damaged (where nobody can log in).
import { z } from 'zod';
import { channel } from './channel';

/** What the user must type to confirm a restore. */
export const RESTORE_CONFIRMATION = 'HERSTELLEN';

/** A full check of the database file (a background check after log-in, or the backup's at a restore). */
export interface DatabaseCheck {
  checkedAt: string;
  outcome: 'ok' | 'fault';
  trigger: 'achtergrond' | 'herstel';
}

/** What Beheer > Back-up shows of the database's checks. */
export interface DatabaseCheckStatus {
  /** PostgreSQL: no file to check here (the server's DBA checks it, e.g. with amcheck). */
  engine: 'sqlcipher' | 'postgres';
  /** The last check that was kept, or null when none ran yet. */
  last: DatabaseCheck | null;
  /** A background check is running now. */
  running: boolean;
}

export const backupChannels = {
  'backup:check-status': channel<DatabaseCheckStatus>()({
    input: z.object({}).strict(),
    audit: 'none',
  }),
  'backup:create': channel<{ saved: boolean; fileName: string | null }>()({
    input: z.object({}).strict(),
    audit: 'export',
  }),
  'backup:restore': channel<{ restored: boolean; fileName: string | null }>()({
    input: z
      .object({
        password: z.string().min(1).max(1024),
        confirmation: z.literal(RESTORE_CONFIRMATION, { error: 'validation.restoreConfirmation' }),
      })
      .strict(),
    audit: 'change',
  }),
};
