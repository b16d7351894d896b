// Channels for backups (beheerder), and for restoring a backup on a machine whose own database
// is missing or damaged (where nobody can log in).
import { z } from 'zod';
import { channel } from './channel';

/** What the user must type to confirm a restore. */
export const RESTORE_CONFIRMATION = 'HERSTELLEN';

export const backupChannels = {
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
