// The admin commands. Each opens core on the given database file exactly as the app does: the
// command authenticates like a login (throttled and audited), does its work through core's
// services and logs out again.
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { AppError } from '../../src-shared/ipc/errors';
import { readPackageVersion, RESOURCES_DIR } from './paths';
import { requireOption, type ParsedArgs } from './args';
import { secret } from './prompt';
import { findByUsername, generateTemporaryPassword, makeSlot } from '../core/accounts/account-service';
import { createCore, type Core } from '../core/core';
import { AccountEntity } from '../core/db/entities/account';
import { consoleLogger } from '../core/logger';
import { restoreBackup, verifyBackup, writeBackup } from '../core/backup/backup-service';
import { rememberBackup } from '../core/backup/copies';
import { rekeyDatabase } from '../core/vault/rekey';
import { Vault } from '../core/vault/vault';
import type { CliCommand, CliIo } from './command';

function coreFor(file: string): Core {
  const path = resolve(file);
  return createCore({
    dataDir: dirname(path),
    databasePath: path,
    resourcesDir: RESOURCES_DIR,
    appVersion: readPackageVersion(),
    logger: consoleLogger('cter-cli'),
    idleCheckMs: 0,
  });
}

const password = (io: CliIo, t: TFunction) => secret(io.env, 'CTER_PASSWORD', t('prompts.password'));

/** Logs in as --user (must hold the beheerder role), runs `work`, always logs out. */
async function asBeheerder<T>(args: ParsedArgs, io: CliIo, t: TFunction, work: (core: Core) => Promise<T>): Promise<T> {
  const file = requireOption(args, '--db');
  const user = requireOption(args, '--user');
  const core = coreFor(file);
  try {
    if (!existsSync(resolve(file))) throw new AppError('DATABASE_MISSING');
    const session = await core.sessions.login(user, await password(io, t));
    if (!session.roles.includes('beheerder')) throw new AppError('FORBIDDEN');
    return await work(core);
  } finally {
    await core.close();
  }
}

export const adminCommands: Record<string, CliCommand> = {
  init: {
    description: 'commands.init',
    synopsis: '--db FILE --user NAME [--name "NAAM"]',
    options: ['--db', '--user', '--name'],
    async run(args, io, t) {
      const file = resolve(requireOption(args, '--db'));
      const user = requireOption(args, '--user');
      const core = coreFor(file);
      try {
        const pass = await password(io, t);
        core.workspace.passwords.assertAcceptable(pass, [user]);
        const made = await core.setup.createDatabase(file, {
          demo: false,
          username: user.toLowerCase(),
          password: pass,
          displayName: args.options.get('--name') ?? user,
        });
        io.out(t('done.init', { file }));
        io.out(`Herstelsleutel: ${made.recoveryKey}`);
        io.err(t('done.recoveryKeyAdvice'));
        return 0;
      } finally {
        await core.close();
      }
    },
  },

  'seed-demo': {
    description: 'commands.seedDemo',
    synopsis: '--db FILE --user NAME',
    options: ['--db', '--user'],
    async run(args, io, t) {
      const file = resolve(requireOption(args, '--db'));
      if (!existsSync(file)) {
        const core = coreFor(file);
        try {
          const made = await core.setup.createDatabase(file, {
            demo: true,
            username: requireOption(args, '--user').toLowerCase(),
            password: await password(io, t),
            displayName: requireOption(args, '--user'),
          });
          const seeded = await core.setup.seed();
          io.out(t('done.seedDemo', { accounts: seeded.accounts, persons: seeded.persons }));
          io.out(`Herstelsleutel: ${made.recoveryKey}`);
          return 0;
        } finally {
          await core.close();
        }
      }
      const seeded = await asBeheerder(args, io, t, (core) => core.setup.seed());
      io.out(t('done.seedDemo', { accounts: seeded.accounts, persons: seeded.persons }));
      return 0;
    },
  },

  backup: {
    description: 'commands.backup',
    synopsis: '--db FILE --user NAME --out FILE',
    options: ['--db', '--user', '--out'],
    async run(args, io, t) {
      const out = resolve(requireOption(args, '--out'));
      await asBeheerder(args, io, t, async (core) => {
        const ws = core.workspace;
        const { database } = ws.requireOpen();
        await ws.queue.run(async () => writeBackup(database, ws.vault().keyFile, out));
        // Remembered (where and when) for the Bewaartermijn page's list of copies.
        rememberBackup(ws.databasePath(), out, ws.clock.now());
        await ws.audit({
          ...ws.actor(),
          action: 'backup:create',
          kind: 'export',
          objectType: 'database',
          result: 'ok',
          details: { backup: basename(out), via: 'cli' },
        });
      });
      io.out(t('done.backup', { file: out }));
      return 0;
    },
  },

  restore: {
    description: 'commands.restore',
    synopsis: '--from FILE --db FILE --user NAME',
    options: ['--from', '--db', '--user'],
    async run(args, io, t) {
      const from = resolve(requireOption(args, '--from'));
      const file = resolve(requireOption(args, '--db'));
      const user = requireOption(args, '--user');
      const backup = await verifyBackup(from, user, await password(io, t));
      const core = coreFor(file);
      try {
        // The database must not be open elsewhere: opening it for the swap takes its lock.
        const ws = core.workspace;
        const kept = restoreBackup(backup, file, ws.clock.now());
        await ws.open(file, backup.key);
        await ws.audit({
          actorId: backup.account.id,
          actorName: backup.account.username,
          action: 'backup:restore',
          kind: 'change',
          objectType: 'database',
          result: 'ok',
          details: { backup: basename(from), bewaard: kept, via: 'cli' },
        });
        io.out(t('done.restore', { file, kept: kept ?? '—' }));
        return 0;
      } finally {
        backup.key.fill(0);
        await core.close();
      }
    },
  },

  'audit-verify': {
    description: 'commands.auditVerify',
    synopsis: '--db FILE --user NAME',
    options: ['--db', '--user'],
    async run(args, io, t) {
      const result = await asBeheerder(args, io, t, async (core) => {
        const ws = core.workspace;
        const verification = await ws.queue.run(() => ws.requireOpen().audit.verify());
        await ws.audit({
          ...ws.actor(),
          action: 'audit:verify',
          kind: 'view',
          objectType: 'audit',
          result: 'ok',
          details: { ok: verification.ok, checked: verification.checked, via: 'cli' },
        });
        return verification;
      });
      if (result.ok) {
        io.out(t('done.auditOk', { count: result.checked }));
        return 0;
      }
      io.err(t('errors.auditBroken', { id: result.firstBroken?.id ?? '?', checked: result.checked }));
      return 1;
    },
  },

  rekey: {
    description: 'commands.rekey',
    synopsis: '--db FILE --user NAME',
    options: ['--db', '--user'],
    async run(args, io, t) {
      await asBeheerder(args, io, t, (core) => rekeyDatabase(core.workspace));
      io.out(t('done.rekey'));
      return 0;
    },
  },

  'recover-key': {
    description: 'commands.recoverKey',
    synopsis: '--db FILE',
    options: ['--db'],
    async run(args, io, t) {
      const file = resolve(requireOption(args, '--db'));
      const text = await secret(io.env, 'CTER_RECOVERY_KEY', t('prompts.recoveryKey'));
      const key = new Vault(file).unlockWithRecoveryKey(text);
      const core = coreFor(file);
      try {
        const ws = core.workspace;
        try {
          await ws.open(file, key);
          await ws.audit({
            actorId: null,
            actorName: null,
            action: 'vault:recover-key',
            kind: 'session',
            result: 'ok',
            details: { via: 'cli' },
          });
        } catch {
          // A damaged or busy database is what the recovery key is for: record the use for later.
          ws.throttle().recordRecoveryKeyUse(ws.clock.now().getTime());
        }
      } finally {
        await core.close();
      }
      io.out(key.toString('hex'));
      key.fill(0);
      return 0;
    },
  },

  'reset-password': {
    description: 'commands.resetPassword',
    synopsis: '--db FILE --user NAME',
    options: ['--db', '--user'],
    async run(args, io, t) {
      const file = resolve(requireOption(args, '--db'));
      const user = requireOption(args, '--user');
      if (!existsSync(file)) throw new AppError('DATABASE_MISSING');
      const text = await secret(io.env, 'CTER_RECOVERY_KEY', t('prompts.recoveryKey'));
      const key = new Vault(file).unlockWithRecoveryKey(text);
      const core = coreFor(file);
      const temporary = generateTemporaryPassword();
      try {
        const ws = core.workspace;
        await ws.open(file, key);
        const account = await ws.transaction((manager) => findByUsername(manager, user));
        if (!account) throw new AppError('NOT_FOUND');
        // The account's new slot replaces its old one once the database has its id; the password
        // must be changed at the next login.
        const slotId = await makeSlot(ws, account.username, temporary, [account.displayName]);
        await ws.transaction(async (manager, audit) => {
          await manager.save(AccountEntity, {
            ...account,
            active: true,
            mustChangePassword: true,
            keySlotId: slotId,
            updatedAt: ws.clock.now().toISOString(),
          });
          await audit.append(manager, {
            actorId: null,
            actorName: null,
            action: 'accounts:reset-password',
            kind: 'change',
            objectType: 'account',
            objectId: String(account.id),
            result: 'ok',
            details: { via: 'cli', herstelsleutel: true, reactivated: !account.active },
          });
        });
        ws.vault().commitSlot(account.username, slotId);
      } finally {
        key.fill(0);
        await core.close();
      }
      io.out(t('done.resetPassword', { user, password: temporary }));
      return 0;
    },
  },
};
