// The admin commands. Each opens core on the given database file (--db) or data folder (--data)
// exactly as the app does, and works through `dispatch`, like the renderer. The store comes from
// the same configuration as the app's: a store.json in the data folder (the --db file's folder, or
// --data) names a PostgreSQL database; commands that only make sense for the SQLCipher file (rekey,
// file backups, the recovery key) are then refused in Dutch by core. Through `dispatch`: the router checks the permission table, validates
// the input and writes the audit entries. A command that needs an account logs in with
// session:login (throttled and audited) and is logged out when core closes. What only the CLI may
// do (the recovery key's uses, a demo database at --db) are the channels the permission table
// reserves for the CLI's core (`cli: true`).
import { dirname, join, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import type { ChannelName, InputOf, OutputOf } from '../../src-shared/ipc/contract';
import { AppError, type ErrorCode } from '../../src-shared/ipc/errors';
import { ROLES, type Role } from '../../src-shared/domain/roles';
import { readPackageVersion, RESOURCES_DIR } from './paths';
import { dataFolderOf, isFolder, requireOption, UsageError, type ParsedArgs } from './args';
import { secret } from './prompt';
import { createCore, type Core } from '../core/core';
import { cliLogger } from './log';
import { cliPlatform, type CliFiles } from './platform';
import type { CliCommand, CliIo } from './command';

/** The name of the database file in a data folder (as the app's, session/setup-service.ts). */
export const DATABASE_FILE = 'cter-werkplaats.db';

/** Where the command works: the --db file (its folder is the data folder) or the --data folder. */
function databaseOf(args: ParsedArgs): string {
  const folder = args.options.get('--data');
  if (folder !== undefined && args.options.has('--db')) throw new UsageError('errors.dbOrData');
  if (folder !== undefined) return join(dataFolderOf(folder), DATABASE_FILE);
  const file = resolve(requireOption(args, '--db'));
  // The data folder given as --db (for --data): core would take the folder for a damaged database
  // (advising a restore), and restore would move the whole folder aside to put the backup there.
  if (isFolder(file)) throw new UsageError('errors.dbIsFolder', { path: file, file: join(file, DATABASE_FILE) });
  return file;
}

/** Runs `work` on a core for the database at `file`, and closes it (logging out) afterwards. */
export async function withCore<T>(file: string, files: CliFiles, work: (core: Core) => Promise<T>): Promise<T> {
  const path = resolve(file);
  const core = createCore({
    // The data folder: where store.json may name a PostgreSQL store instead of this file.
    dataDir: dirname(path),
    databasePath: path,
    resourcesDir: RESOURCES_DIR,
    appVersion: readPackageVersion(),
    // On stderr, and only what the administrator needs (CTER_DEBUG, as main.ts, for the rest).
    logger: cliLogger(process.env),
    idleCheckMs: 0,
    platform: cliPlatform(files),
    cli: true,
    // No read of the whole file after a log-in: the command's own writes would void its result.
    checkAfterLogin: false,
  });
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}

/** One call through the router; a refusal or failure is thrown as the AppError it was. */
async function call<C extends ChannelName>(core: Core, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.params, result.error.fields);
  return result.value as OutputOf<C>;
}

async function requireDatabase(core: Core): Promise<OutputOf<'vault:status'>> {
  const status = await call(core, 'vault:status', {});
  if (status.state === 'no-database' || status.problem === 'DATABASE_MISSING') throw new AppError('DATABASE_MISSING');
  // A configuration or connection problem: say that, before anyone types a password.
  if (status.state === 'no-connection' && status.problem) throw new AppError(status.problem as ErrorCode);
  return status;
}

/** The recovery key is the SQLCipher file's: refused for a PostgreSQL store before it is asked for. */
async function requireRecoveryKeyStore(core: Core): Promise<void> {
  if ((await requireDatabase(core)).server) throw new AppError('RECOVERY_KEY_ON_SERVER');
}

const password = (io: CliIo, t: TFunction) => secret(io.env, 'CTER_PASSWORD', t('prompts.password'));
const recoveryKey = (io: CliIo, t: TFunction) => secret(io.env, 'CTER_RECOVERY_KEY', t('prompts.recoveryKey'));

/**
 * Logs in as --user on --db and runs `work`; core logs out afterwards. The channels `work` calls
 * decide who may (the permission table: the beheerder, for every command that logs in).
 */
async function loggedIn<T>(
  args: ParsedArgs,
  io: CliIo,
  t: TFunction,
  files: CliFiles,
  work: (core: Core) => Promise<T>,
): Promise<T> {
  const file = databaseOf(args);
  const username = requireOption(args, '--user');
  return withCore(file, files, async (core) => {
    await requireDatabase(core);
    await call(core, 'session:login', { username, password: await password(io, t) });
    return work(core);
  });
}

/**
 * `cter init`'s work on a core whose store has no database yet (also `cter server init`'s): the
 * set-up wizard's two steps with the --user and --name of `args` and the password of CTER_PASSWORD
 * or a prompt. DATABASE_EXISTS when the store is set up already. Returns the recovery key, null on
 * PostgreSQL (a store there has none: RECOVERY_KEY_ON_SERVER).
 */
export async function createFirstBeheerder(
  core: Core,
  io: CliIo,
  t: TFunction,
  args: ParsedArgs,
): Promise<{ key: string | null }> {
  const user = requireOption(args, '--user');
  const status = await call(core, 'vault:status', {});
  if (status.state === 'no-connection' && status.problem) throw new AppError(status.problem as ErrorCode);
  if (status.state !== 'no-database') throw new AppError('DATABASE_EXISTS');
  const pass = await password(io, t);
  // The set-up wizard's two steps. The wizard has the user type back two groups of the
  // recovery key to show it was written down; here the key is printed once, below.
  const proposal = await call(core, 'vault:prepare-setup', {});
  await call(core, 'vault:setup', {
    displayName: args.options.get('--name') ?? user,
    username: user,
    password: pass,
    passwordRepeat: pass,
    folder: null,
    confirm: proposal.confirmGroups.map((n) => (proposal.recoveryKey ?? '').split('-')[n - 1] ?? ''),
  });
  return { key: proposal.recoveryKey };
}

export const adminCommands: Record<string, CliCommand> = {
  init: {
    description: 'commands.init',
    synopsis: '--db FILE|--data FOLDER --user NAME [--name "NAME"]',
    options: ['--db', '--data', '--user', '--name'],
    async run(args, io, t) {
      const file = databaseOf(args);
      const user = requireOption(args, '--user');
      const made = await withCore(file, {}, (core) => createFirstBeheerder(core, io, t, args));
      // On a PostgreSQL store there is no file and no recovery key: the first beheerder is made.
      if (made.key === null) {
        io.out(t('done.initServer', { user }));
        return 0;
      }
      io.out(t('done.init', { file }));
      io.out(t('done.recoveryKey', { key: made.key }));
      io.err(t('done.recoveryKeyAdvice'));
      return 0;
    },
  },

  'seed-demo': {
    description: 'commands.seedDemo',
    synopsis: '--db FILE|--data FOLDER --user NAME',
    options: ['--db', '--data', '--user'],
    async run(args, io, t) {
      const file = databaseOf(args);
      const user = requireOption(args, '--user');
      const { seeded, key } = await withCore(file, {}, async (core) => {
        let key: string | null = null;
        if ((await call(core, 'vault:status', {})).state === 'no-database') {
          const made = await call(core, 'vault:create-demo', {
            username: user,
            displayName: user,
            password: await password(io, t),
          });
          key = made.recoveryKey;
        } else {
          await call(core, 'session:login', { username: user, password: await password(io, t) });
        }
        return { seeded: await call(core, 'vault:seed-demo', {}), key };
      });
      io.out(t('done.seedDemo', { accounts: seeded.accounts, persons: seeded.persons }));
      if (key) io.out(t('done.recoveryKey', { key }));
      return 0;
    },
  },

  backup: {
    description: 'commands.backup',
    synopsis: '--db FILE|--data FOLDER --user NAME --out FILE',
    options: ['--db', '--data', '--user', '--out'],
    async run(args, io, t) {
      const out = resolve(requireOption(args, '--out'));
      // backup:create asks where to save: the answer is --out.
      await loggedIn(args, io, t, { saveBackupTo: out }, (core) => call(core, 'backup:create', {}));
      io.out(t('done.backup', { file: out }));
      return 0;
    },
  },

  restore: {
    description: 'commands.restore',
    synopsis: '--from FILE --db FILE|--data FOLDER --user NAME',
    options: ['--from', '--db', '--data', '--user'],
    async run(args, io, t) {
      const from = resolve(requireOption(args, '--from'));
      const file = databaseOf(args);
      const username = requireOption(args, '--user');
      const pass = await password(io, t);
      // Restoring before anyone logs in: the backup's own beheerder account decides. The database
      // must not be open elsewhere (DATABASE_IN_USE, its lock asked before the swap); the replaced
      // one is kept.
      const restored = await withCore(file, { backupFrom: from }, (core) =>
        call(core, 'vault:restore-backup', { username, password: pass }),
      );
      io.out(t('done.restore', { file, kept: restored.kept ?? '—' }));
      return 0;
    },
  },

  'audit-verify': {
    description: 'commands.auditVerify',
    synopsis: '--db FILE|--data FOLDER --user NAME',
    options: ['--db', '--data', '--user'],
    async run(args, io, t) {
      const result = await loggedIn(args, io, t, {}, (core) => call(core, 'audit:verify', {}));
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
    synopsis: '--db FILE|--data FOLDER --user NAME',
    options: ['--db', '--data', '--user'],
    async run(args, io, t) {
      await loggedIn(args, io, t, {}, (core) => call(core, 'vault:rekey', {}));
      io.out(t('done.rekey'));
      return 0;
    },
  },

  'recover-key': {
    description: 'commands.recoverKey',
    synopsis: '--db FILE|--data FOLDER',
    options: ['--db', '--data'],
    async run(args, io, t) {
      const file = databaseOf(args);
      const { databaseKey } = await withCore(file, {}, async (core) => {
        if ((await call(core, 'vault:status', {})).server) throw new AppError('RECOVERY_KEY_ON_SERVER');
        return call(core, 'vault:recover-key', { recoveryKey: await recoveryKey(io, t) });
      });
      io.out(databaseKey);
      return 0;
    },
  },

  'reset-password': {
    description: 'commands.resetPassword',
    synopsis: '--db FILE|--data FOLDER --user NAME',
    options: ['--db', '--data', '--user'],
    async run(args, io, t) {
      const file = databaseOf(args);
      const user = requireOption(args, '--user');
      const { temporaryPassword } = await withCore(file, {}, async (core) => {
        await requireRecoveryKeyStore(core);
        const text = await recoveryKey(io, t);
        return call(core, 'vault:reset-password', { username: user, recoveryKey: text });
      });
      io.out(t('done.resetPassword', { user, password: temporaryPassword }));
      return 0;
    },
  },

  // Account management as a beheerder, on either store (on PostgreSQL the way to reset a password).
  accounts: {
    description: 'commands.accounts',
    synopsis: '--db FILE|--data FOLDER --user NAME',
    options: ['--db', '--data', '--user'],
    async run(args, io, t) {
      const accounts = await loggedIn(args, io, t, {}, (core) => call(core, 'accounts:list', {}));
      for (const account of accounts) {
        const state = account.active ? '' : ` (${t('done.inactive')})`;
        io.out(`${account.username}\t${account.displayName}\t${account.roles.join(',')}${state}`);
      }
      return 0;
    },
  },

  'create-account': {
    description: 'commands.createAccount',
    synopsis: '--db FILE|--data FOLDER --user NAME --account NAME --roles ROLE[,ROLE] [--name "NAME"]',
    options: ['--db', '--data', '--user', '--account', '--roles', '--name'],
    async run(args, io, t) {
      const username = requireOption(args, '--account');
      const roles = requireOption(args, '--roles')
        .split(',')
        .map((role) => role.trim());
      const unknown = roles.find((role) => !(ROLES as readonly string[]).includes(role));
      if (unknown !== undefined) throw new UsageError('errors.unknownRole', { role: unknown, roles: ROLES.join(', ') });
      const created = await loggedIn(args, io, t, {}, (core) =>
        call(core, 'accounts:create', {
          username,
          displayName: args.options.get('--name') ?? username,
          roles: roles as Role[],
          regionIds: [],
        }),
      );
      io.out(t('done.createAccount', { user: created.account.username, password: created.temporaryPassword }));
      return 0;
    },
  },

  'reset-account': {
    description: 'commands.resetAccount',
    synopsis: '--db FILE|--data FOLDER --user NAME --account NAME',
    options: ['--db', '--data', '--user', '--account'],
    async run(args, io, t) {
      const username = requireOption(args, '--account').trim().toLowerCase();
      const reset = await loggedIn(args, io, t, {}, async (core) => {
        const found = (await call(core, 'accounts:list', {})).find((account) => account.username === username);
        if (!found) throw new AppError('NOT_FOUND');
        return call(core, 'accounts:reset-password', { id: found.id });
      });
      io.out(t('done.resetPassword', { user: reset.account.username, password: reset.temporaryPassword }));
      return 0;
    },
  },
};
