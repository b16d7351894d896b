// `cter server init --data MAP`: sets up a CTER server's data folder and its store in one go.
// Every answer comes from an option (for scripts) or, at a terminal, from a question with a default;
// secrets never from an option (`ps` shows a command line to every user of the machine): the
// database role's password stays in its own owner-only file (store.json's `passwordFile`, as
// before), which init writes only when it does not exist yet, from CTER_DB_PASSWORD or a prompt
// without echo; the first beheerder's password comes from CTER_PASSWORD or a prompt, as for
// `cter init`. The certificate is the IT department's (--certificate, --key) or a self-signed one
// made with openssl (--self-signed NAMES, in MAP/tls); its SHA-256 fingerprint is printed for the
// workstations. There is no recovery key on PostgreSQL (RECOVERY_KEY_ON_SERVER): init says so.
//
// Order, so that a crash or a refusal half-way leaves nothing that looks finished: PostgreSQL asked
// whether the role gets in with that password (nothing is written before it does), the password
// file, the certificate, store.json, the store (schema and first beheerder, as `cter init`), and
// server.json last. Each file is written crash-safe (fs/atomic.ts: a temporary file, fsync, rename)
// and readable by its owner only. Running init again with the same answers picks up where it
// stopped: an existing password file and a matching certificate are used as they are, a store.json
// or server.json with the same content is not an overwrite, and a store that already has its
// accounts is left alone. Only a configuration that would change needs --force; data is never
// removed, and a certificate is replaced only when it is missing, broken or for other names.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { AppError, isAppError } from '../../src-shared/ipc/errors';
import { writeFileAtomic } from '../core/fs/atomic';
import { probePostgres, StoreUnreachable } from '../core/db/postgres-check';
import { readPasswordFile, type PostgresStore } from '../core/db/store';
import { STORE_FILE } from '../core/db/store-file';
import { DEFAULT_PORT, SERVER_FILE, ServerConfigError } from '../server/config';
import { requireDataFolder, requireOption, UsageError, type ParsedArgs } from './args';
import {
  certificateFacts,
  keyMatches,
  makeSelfSigned,
  readCertificate,
  subjectAltName,
  validCertificateName,
} from './certificate';
import type { CliCommand, CliIo } from './command';
import { createFirstBeheerder, DATABASE_FILE, withCore } from './commands';
import { secret } from './prompt';

/** Debian's socket folder for the local PostgreSQL cluster. */
const DEFAULT_SOCKET = '/var/run/postgresql';
/** Where a self-signed certificate goes, in the data folder. */
const TLS_FOLDER = 'tls';
const SELF_SIGNED_CERTIFICATE = 'cter-server.crt';
const SELF_SIGNED_KEY = 'cter-server.key';

type Certificate =
  | { kind: 'files'; certificateFile: string; keyFile: string }
  | { kind: 'self-signed'; names: string[]; certificateFile: string; keyFile: string };

interface Answers {
  dataDir: string;
  store: PostgresStore;
  passwordFile: string;
  server: { host: string; port: number; certificateFile: string; keyFile: string };
  certificate: Certificate;
}

/**
 * The value of `option`; else, at a terminal, the answer to `question` (the default when left
 * empty); else the default; else UsageError. A question's text is a key of `serverInit.ask`.
 */
async function answer(
  args: ParsedArgs,
  io: CliIo,
  t: TFunction,
  option: string,
  question: string,
  fallback?: string,
): Promise<string> {
  const given = args.options.get(option);
  if (given !== undefined) return given;
  if (io.ask) {
    const typed = await io.ask(t(`serverInit.ask.${question}`, { default: fallback ?? '' }));
    if (typed !== '') return typed;
  }
  if (fallback !== undefined) return fallback;
  throw new UsageError('errors.missingOption', { option });
}

function portOf(text: string, option: string): number {
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port < 1 || port > 65535) throw new UsageError('serverInit.badPort', { option });
  return port;
}

/** An absolute path for a file named on the command line (store.json and server.json need one). */
const absolute = (path: string) => (isAbsolute(path) ? path : resolve(path));

async function gather(args: ParsedArgs, io: CliIo, t: TFunction): Promise<Answers> {
  const dataDir = requireDataFolder(args);
  // The database: a unix socket (the server itself, Debian's default) or TCP with TLS verify-full.
  let socketDir = args.options.get('--db-socket');
  let dbHost = args.options.get('--db-host');
  if (socketDir !== undefined && dbHost !== undefined) throw new UsageError('serverInit.socketOrHost');
  if (socketDir === undefined && dbHost === undefined) {
    const where = await answer(args, io, t, '--db-socket', 'dbWhere', DEFAULT_SOCKET);
    if (isAbsolute(where)) socketDir = where;
    else dbHost = where;
  }
  const dbPort = portOf(await answer(args, io, t, '--db-port', 'dbPort', '5432'), '--db-port');
  const database = await answer(args, io, t, '--database', 'database', 'cter');
  const user = await answer(args, io, t, '--db-user', 'dbUser', 'cter_app');
  const passwordFile = absolute(
    await answer(args, io, t, '--db-password-file', 'dbPasswordFile', join(dataDir, `${user}.wachtwoord`)),
  );
  // store.json's fields in this order (a field left undefined is not written): a file an earlier
  // run wrote compares equal.
  const store: PostgresStore =
    socketDir !== undefined
      ? { engine: 'postgres', socketDir: absolute(socketDir), port: dbPort, database, user, passwordFile }
      : {
          engine: 'postgres',
          host: dbHost!,
          sslmode: 'verify-full',
          sslRootCertFile: absolute(await answer(args, io, t, '--db-ca', 'dbCa')),
          port: dbPort,
          database,
          user,
          passwordFile,
        };
  // Where `cter backup` runs on this server: the backup role and its (existing) password file.
  const backupUser = args.options.get('--db-backup-user');
  if (backupUser !== undefined) {
    const backupPasswordFile = absolute(requireOption(args, '--db-backup-password-file'));
    readPasswordFile(backupPasswordFile);
    Object.assign(store, { backupUser, backupPasswordFile });
  } else if (args.options.has('--db-backup-password-file')) {
    throw new UsageError('errors.missingOption', { option: '--db-backup-user' });
  }

  // The listener and its certificate.
  const host = await answer(args, io, t, '--host', 'host', '0.0.0.0');
  const port = portOf(await answer(args, io, t, '--port', 'port', String(DEFAULT_PORT)), '--port');
  let certificate: Certificate;
  const given = ['--certificate', '--key'].filter((option) => args.options.has(option));
  if (given.length > 0 && args.options.has('--self-signed')) throw new UsageError('serverInit.certificateOrSelfSigned');
  let certificateFile = args.options.get('--certificate');
  if (certificateFile === undefined && given.length === 0 && !args.options.has('--self-signed') && io.ask) {
    certificateFile = (await io.ask(t('serverInit.ask.certificate'))) || undefined;
  }
  if (certificateFile !== undefined) {
    const keyFile = absolute(await answer(args, io, t, '--key', 'key'));
    certificate = { kind: 'files', certificateFile: absolute(certificateFile), keyFile };
  } else if (given.length > 0) {
    throw new UsageError('errors.missingOption', { option: '--certificate' });
  } else {
    const listed =
      args.options.get('--self-signed') ??
      (io.ask ? await io.ask(t('serverInit.ask.selfSigned', { default: hostname() })) : undefined);
    if (listed === undefined) throw new UsageError('serverInit.needCertificate');
    const names = (listed || hostname())
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const wrong = names.find((name) => !validCertificateName(name));
    if (names.length === 0 || wrong !== undefined) throw new UsageError('serverInit.badName', { name: wrong ?? '' });
    const folder = join(dataDir, TLS_FOLDER);
    certificate = {
      kind: 'self-signed',
      names,
      certificateFile: join(folder, SELF_SIGNED_CERTIFICATE),
      keyFile: join(folder, SELF_SIGNED_KEY),
    };
  }
  // The first beheerder (asked here, so every visible question comes before anything is written;
  // the hidden ones, the passwords, are asked when they are needed and not before).
  if (!args.options.has('--user')) args.options.set('--user', await answer(args, io, t, '--user', 'user'));
  const server = { host, port, certificateFile: certificate.certificateFile, keyFile: certificate.keyFile };
  return { dataDir, store, passwordFile, server, certificate };
}

/** The file's text as init writes it: JSON, two spaces, a final newline. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Refuses to replace a configuration file that says something else, unless --force. */
function assertReplaceable(file: string, text: string, force: boolean): void {
  if (force || !existsSync(file)) return;
  let same: boolean;
  try {
    same = jsonText(JSON.parse(readFileSync(file, 'utf8'))) === text;
  } catch {
    same = false; // unreadable or not JSON: certainly not the same
  }
  if (!same) throw new ServerConfigError('serverInit.exists', { file });
}

/** The database role's password: the existing password file's (kept), or the secret, not written yet. */
type DatabasePassword = { state: 'kept' } | { state: 'written'; password: string };

async function databasePassword(file: string, user: string, io: CliIo, t: TFunction): Promise<DatabasePassword> {
  if (existsSync(file)) {
    readPasswordFile(file); // owner-only and not empty, or the store's own Dutch refusal
    return { state: 'kept' };
  }
  const password = await secret(io.env, 'CTER_DB_PASSWORD', t('serverInit.ask.dbPassword', { user }));
  if (password === '' || /[\r\n]/.test(password)) throw new AppError('STORE_PASSWORD_FILE_MISSING');
  return { state: 'written', password };
}

/**
 * PostgreSQL asked, before anything is written, whether it lets the role in with that password: a
 * password file written before a refusal was kept by the next run ("exists, used"), which then
 * failed the same way however the password was typed. The reason in init's words; a refused
 * password from the file names the file.
 */
async function assertStoreAnswers(store: PostgresStore, password: DatabasePassword): Promise<void> {
  try {
    await probePostgres(store, password.state === 'written' ? password.password : undefined);
  } catch (error) {
    if (!(error instanceof StoreUnreachable)) throw error;
    const reason = error.reason === 'login' && password.state === 'kept' ? 'loginFile' : error.reason;
    throw new ServerConfigError(`serverInit.unreachable.${reason}`, {
      user: store.user,
      file: store.passwordFile ?? '',
      database: store.database,
      target: store.socketDir ?? `${store.host}:${store.port}`,
    });
  }
}

/** Whether the certificate's subjectAltName is exactly `names` (as Node writes it). */
function namesMatch(names: string, wanted: readonly string[]): boolean {
  const have = names
    .split(', ')
    .filter(Boolean)
    .map((entry) => entry.replace(/^IP Address:/, 'IP:'))
    .sort();
  return JSON.stringify(have) === JSON.stringify(subjectAltName(wanted).split(',').sort());
}

/**
 * The certificate: the IT department's files checked (readable, key owner-only and belonging to
 * it, not expired), or the self-signed pair kept when it still fits and made otherwise.
 */
function ensureCertificate(
  choice: Certificate,
  now: Date,
): { state: 'given' | 'kept' | 'made'; fingerprint: string; validTo: Date } {
  const read = (file: string, field: string) => {
    try {
      return readFileSync(file);
    } catch {
      throw new ServerConfigError('server.fileMissing', { field, file });
    }
  };
  const inspect = () => {
    const pem = read(choice.certificateFile, 'certificateFile');
    const key = read(choice.keyFile, 'keyFile');
    let certificate;
    try {
      certificate = readCertificate(pem);
    } catch {
      throw new ServerConfigError('check.certificateUnreadable', { file: choice.certificateFile });
    }
    const facts = certificateFacts(certificate);
    if (process.platform !== 'win32' && (statSync(choice.keyFile).mode & 0o077) !== 0) {
      throw new ServerConfigError('server.keyUnsafe', { file: choice.keyFile });
    }
    if (!keyMatches(certificate, key)) {
      throw new ServerConfigError('check.keyMismatch', { key: choice.keyFile, certificate: choice.certificateFile });
    }
    if (now > facts.validTo)
      throw new ServerConfigError('check.expired', { date: facts.validTo.toISOString().slice(0, 10) });
    return facts;
  };
  if (choice.kind === 'files') return { state: 'given', ...pick(inspect()) };
  if (existsSync(choice.certificateFile) && existsSync(choice.keyFile)) {
    try {
      const facts = inspect();
      if (namesMatch(facts.names, choice.names)) return { state: 'kept', ...pick(facts) };
    } catch {
      // Broken, expired or half-made: made again below.
    }
  }
  makeSelfSigned(choice.names, choice.certificateFile, choice.keyFile, dirname(choice.keyFile));
  return { state: 'made', ...pick(inspect()) };
}

const pick = (facts: { fingerprint: string; validTo: Date }) => ({
  fingerprint: facts.fingerprint,
  validTo: facts.validTo,
});

export const initCommand: CliCommand = {
  description: 'commands.serverInit',
  synopsis:
    '--data FOLDER [--db-socket FOLDER|--db-host HOST --db-ca FILE] [--db-port N] [--database NAME] [--db-user ROLE] [--db-password-file FILE] [--db-backup-user ROLE --db-backup-password-file FILE] [--host ADDRESS] [--port N] (--certificate FILE --key FILE|--self-signed NAME[,NAME]) --user NAME [--name "NAME"] [--force]',
  options: [
    ...['--data', '--db-socket', '--db-host', '--db-ca', '--db-port', '--database', '--db-user', '--db-password-file'],
    ...['--db-backup-user', '--db-backup-password-file'],
    ...['--host', '--port', '--certificate', '--key', '--self-signed', '--user', '--name'],
  ],
  flags: ['--force'],
  async run(args, io, t) {
    const answers = await gather(args, io, t);
    const force = args.flags.has('--force');
    const { dataDir } = answers;
    const storeFile = join(dataDir, STORE_FILE);
    const serverFile = join(dataDir, SERVER_FILE);
    const storeText = jsonText(answers.store);
    const serverText = jsonText(answers.server);
    // Nothing is written before both files are known to be free (or the same, or --force).
    assertReplaceable(storeFile, storeText, force);
    assertReplaceable(serverFile, serverText, force);

    const user = answers.store.user;
    const password = await databasePassword(answers.passwordFile, user, io, t);
    await assertStoreAnswers(answers.store, password);

    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (password.state === 'written') {
      mkdirSync(dirname(answers.passwordFile), { recursive: true, mode: 0o700 });
      writeFileAtomic(answers.passwordFile, `${password.password}\n`, 0o600);
    }
    io.out(t(`serverInit.passwordFile.${password.state}`, { file: answers.passwordFile }));
    const certificate = ensureCertificate(answers.certificate, new Date());
    io.out(
      t(`serverInit.certificate.${certificate.state}`, {
        file: answers.certificate.certificateFile,
        date: certificate.validTo.toISOString().slice(0, 10),
      }),
    );

    writeFileAtomic(storeFile, storeText, 0o600);
    io.out(t('serverInit.written', { file: storeFile }));
    // The store as `cter init --data` sets it up: the schema (migrations, extensions) and the
    // first beheerder; a store that has its accounts already is left as it is.
    const beheerder = requireOption(args, '--user');
    try {
      await withCore(join(dataDir, DATABASE_FILE), {}, (core) => createFirstBeheerder(core, io, t, args));
      io.out(t('done.initServer', { user: beheerder }));
    } catch (error) {
      if (!isAppError(error) || error.code !== 'DATABASE_EXISTS') throw error;
      io.out(t('serverInit.storeReady'));
    }
    writeFileAtomic(serverFile, serverText, 0o600);
    io.out(t('serverInit.written', { file: serverFile }));

    io.out(t('serverInit.fingerprint', { fingerprint: certificate.fingerprint }));
    if (answers.certificate.kind === 'self-signed') io.out(t('serverInit.fingerprintAdvice'));
    io.out(t('serverInit.next', { data: dataDir }));
    return 0;
  },
};
