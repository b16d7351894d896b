// Handlers for the vault's maintenance that only the admin CLI offers (permission kind 'cli' in
// src-shared/ipc/permissions.ts): rotating the database key, demo data at the CLI's database, and
// what the recovery key is for (opening a database whose password is lost, resetting a beheerder's
// password). Each goes through the router like any call, so each is audited the same way.
import type { OutputOf } from '../../../src-shared/ipc/contract';
import { AppError } from '../../../src-shared/ipc/errors';
import { findByUsername, generateTemporaryPassword, issueSecret } from '../accounts/account-service';
import { AccountEntity } from '../db/entities/account';
import { plain, type Handlers } from '../handlers';
import type { Workspace } from '../workspace';
import { rekeyDatabase } from './rekey';
import { Vault } from './vault';

export type VaultAdminChannel =
  'vault:rekey' | 'vault:seed-demo' | 'vault:create-demo' | 'vault:recover-key' | 'vault:reset-password';

/** What the set-up service (session/setup-service.ts, handed in by core.ts) does for these channels. */
export interface VaultAdminSetup {
  seed(): Promise<OutputOf<'vault:seed-demo'>>;
  createDatabase(
    path: string,
    account: { demo: boolean; username: string; password: string; displayName: string },
  ): Promise<OutputOf<'vault:create-demo'>>;
}

export function vaultAdminHandlers(ws: Workspace, setup: VaultAdminSetup): Pick<Handlers, VaultAdminChannel> {
  const empty = {} as Record<string, never>;

  /**
   * For the recovery key's uses (admin CLI only, no session): the database key it unlocks, and
   * `work` with the database opened by it and closed again afterwards.
   */
  async function withRecoveryKey<T>(recoveryKey: string, work: (key: Buffer) => Promise<T>): Promise<T> {
    // A PostgreSQL server has no key of ours and so no recovery key: its accounts are reset by a beheerder.
    if (ws.storeConfig()) throw new AppError('RECOVERY_KEY_ON_SERVER');
    if (ws.isOpen()) throw new Error('vault: the recovery key is for a database nobody has open');
    const key = new Vault(ws.databasePath()).unlockWithRecoveryKey(recoveryKey);
    try {
      return await work(key);
    } finally {
      key.fill(0);
      await ws.close(false);
    }
  }

  return {
    'vault:rekey': plain(async (_input, ctx) => {
      ctx.note({ objectType: 'database' });
      await rekeyDatabase(ws);
      return empty;
    }),
    'vault:seed-demo': plain(async (_input, ctx) => {
      ctx.note({ objectType: 'demo' });
      const seeded = await setup.seed();
      ctx.note({ details: seeded });
      return seeded;
    }),
    // Like vault:setup-demo, but at the CLI's --db with the CLI's account (set-up audits itself).
    'vault:create-demo': plain((input) =>
      setup.createDatabase(ws.databasePath(), {
        demo: true,
        username: input.username,
        password: input.password,
        displayName: input.displayName,
      }),
    ),
    'vault:recover-key': plain((input) =>
      withRecoveryKey(input.recoveryKey, async (key) => {
        try {
          await ws.open(ws.databasePath(), key);
          await ws.audit({
            actorId: null,
            actorName: null,
            action: 'vault:recover-key',
            kind: 'session',
            result: 'ok',
          });
        } catch {
          // A damaged or busy database is what the recovery key is for: record the use for later.
          ws.throttle().recordRecoveryKeyUse(ws.clock.now().getTime());
        }
        return { databaseKey: key.toString('hex') };
      }),
    ),
    // Nobody is logged in: the router records the change without an actor, as the recovery key's.
    'vault:reset-password': plain((input, ctx) =>
      withRecoveryKey(input.recoveryKey, async (key) => {
        await ws.open(ws.databasePath(), key);
        const account = await ctx.read((manager) => findByUsername(manager, input.username));
        if (!account) throw new AppError('NOT_FOUND');
        // The account's new slot replaces its old one once the database has its id; the password
        // must be changed at the next login.
        const temporaryPassword = generateTemporaryPassword();
        const secret = await issueSecret(ws, account.username, temporaryPassword, [account.displayName]);
        await ctx.commit(async (manager) => {
          ctx.note({
            objectType: 'account',
            objectId: account.id,
            details: { herstelsleutel: true, reactivated: !account.active },
          });
          await manager.save(AccountEntity, {
            ...account,
            active: true,
            mustChangePassword: true,
            ...secret.fields,
            updatedAt: ws.clock.now().toISOString(),
          });
        });
        secret.commit();
        return { temporaryPassword };
      }),
    ),
  };
}
