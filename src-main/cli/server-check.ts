// `cter server check --data MAP`: everything the CTER server needs, one line each, OK / LET OP /
// FOUT with a Dutch (or English) explanation; exit code 0 only when no line is FOUT. In order:
// server.json; the certificate (readable, its names, validity, warned 30 days before it expires)
// and the SHA-256 fingerprint the workstations pin; the private key (owner-only, belongs to the
// certificate); a TLS 1.3 handshake with the pair on an ephemeral loopback port; the CA of the
// workstations' client certificates, if server.json names one; store.json;
// the database (reachable, PostgreSQL 15+, schema version current, the extensions unaccent and
// pg_trgm, the role neither superuser nor BYPASSRLS, row security on and forced on the covered
// tables, JIT off on the application's connections). Read-only: it changes no file and no row, and
// never prints a password or the key (only file names, names and the certificate's public facts).
import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { isAppError } from '../../src-shared/ipc/errors';
import { inspectPostgres, MIN_SERVER_VERSION, StoreUnreachable } from '../core/db/postgres-check';
import { readStoreFile, storeFilePath } from '../core/db/store-file';
import type { PostgresStore } from '../core/db/store';
import { readServerFile, ServerConfigError, SERVER_FILE } from '../server/config';
import { requireDataFolder } from './args';
import { certificateFacts, EXPIRY_WARNING_DAYS, keyMatches, readCertificate, tlsHandshake } from './certificate';
import type { CliCommand } from './command';

export type Verdict = 'ok' | 'warn' | 'fail';

/** One line of the report: a verdict and the message (a key of the cli or common namespace). */
export interface CheckLine {
  verdict: Verdict;
  key: string;
  params?: Record<string, string>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/** A ServerConfigError or AppError as a FOUT line; anything else is thrown on. */
function failure(error: unknown): CheckLine {
  if (error instanceof ServerConfigError) return { verdict: 'fail', key: error.key, params: error.params };
  if (isAppError(error)) {
    const params = Object.fromEntries(Object.entries(error.params ?? {}).map(([name, value]) => [name, String(value)]));
    return { verdict: 'fail', key: `common:errors.${error.code}`, params };
  }
  throw error;
}

/** The certificate and key of server.json: their lines, and a handshake with them. */
async function checkTls(certificateFile: string, keyFile: string, now: Date): Promise<CheckLine[]> {
  const lines: CheckLine[] = [];
  let certificatePem: Buffer | null = null;
  let keyPem: Buffer | null = null;
  try {
    certificatePem = readFileSync(certificateFile);
  } catch {
    lines.push({
      verdict: 'fail',
      key: 'server.fileMissing',
      params: { field: 'certificateFile', file: certificateFile },
    });
  }
  let certificate = null;
  if (certificatePem) {
    try {
      certificate = readCertificate(certificatePem);
    } catch {
      lines.push({ verdict: 'fail', key: 'check.certificateUnreadable', params: { file: certificateFile } });
    }
  }
  if (certificate) {
    const facts = certificateFacts(certificate);
    lines.push({
      verdict: 'ok',
      key: 'check.certificate',
      params: { file: certificateFile, subject: facts.subject, names: facts.names || '—' },
    });
    lines.push({ verdict: 'ok', key: 'check.fingerprint', params: { fingerprint: facts.fingerprint } });
    const left = Math.floor((facts.validTo.getTime() - now.getTime()) / DAY_MS);
    if (now < facts.validFrom) {
      lines.push({ verdict: 'fail', key: 'check.notYetValid', params: { date: day(facts.validFrom) } });
    } else if (now > facts.validTo) {
      lines.push({ verdict: 'fail', key: 'check.expired', params: { date: day(facts.validTo) } });
    } else if (left < EXPIRY_WARNING_DAYS) {
      lines.push({
        verdict: 'warn',
        key: 'check.expiresSoon',
        params: { date: day(facts.validTo), days: String(left) },
      });
    } else {
      lines.push({ verdict: 'ok', key: 'check.valid', params: { date: day(facts.validTo) } });
    }
  }
  let keyMode: number | null = null;
  try {
    keyMode = statSync(keyFile).mode;
    keyPem = readFileSync(keyFile);
  } catch {
    lines.push({ verdict: 'fail', key: 'server.fileMissing', params: { field: 'keyFile', file: keyFile } });
  }
  if (keyPem && keyMode !== null) {
    if (process.platform !== 'win32' && (keyMode & 0o077) !== 0) {
      lines.push({ verdict: 'fail', key: 'server.keyUnsafe', params: { file: keyFile } });
    } else {
      lines.push({ verdict: 'ok', key: 'check.keyPrivate', params: { file: keyFile } });
    }
    if (certificate) {
      lines.push(
        keyMatches(certificate, keyPem)
          ? { verdict: 'ok', key: 'check.keyMatches' }
          : { verdict: 'fail', key: 'check.keyMismatch', params: { key: keyFile, certificate: certificateFile } },
      );
    }
  }
  if (certificatePem && keyPem) {
    try {
      const shaken = await tlsHandshake(certificatePem, keyPem);
      const same = certificate !== null && shaken.fingerprint === certificateFacts(certificate).fingerprint;
      lines.push(
        shaken.protocol === 'TLSv1.3' && same
          ? { verdict: 'ok', key: 'check.handshake' }
          : { verdict: 'fail', key: 'check.handshakeFailed' },
      );
    } catch {
      lines.push({ verdict: 'fail', key: 'check.handshakeFailed' });
    }
  }
  return lines;
}

/** The database store.json names, as the application's role. */
async function checkDatabase(store: PostgresStore): Promise<CheckLine[]> {
  let facts;
  try {
    facts = await inspectPostgres(store);
  } catch (error) {
    if (error instanceof StoreUnreachable) return [{ verdict: 'fail', key: `check.unreachable.${error.reason}` }];
    return [failure(error)];
  }
  const lines: CheckLine[] = [];
  const major = String(Math.floor(facts.serverVersion / 10000));
  lines.push(
    facts.serverVersion >= MIN_SERVER_VERSION
      ? { verdict: 'ok', key: 'check.reachable', params: { version: major, database: store.database } }
      : { verdict: 'fail', key: 'check.serverTooOld', params: { version: major } },
  );
  const { schemaVersion, expectedVersion } = facts;
  const versions = { found: String(schemaVersion ?? 0), expected: String(expectedVersion) };
  if (schemaVersion === null) lines.push({ verdict: 'fail', key: 'check.schemaMissing' });
  else if (schemaVersion < expectedVersion) lines.push({ verdict: 'fail', key: 'check.schemaOld', params: versions });
  else if (schemaVersion > expectedVersion) lines.push({ verdict: 'fail', key: 'check.schemaNew', params: versions });
  else lines.push({ verdict: 'ok', key: 'check.schema', params: versions });
  for (const extension of facts.extensions) {
    const params = { name: extension.name };
    if (extension.installed) lines.push({ verdict: 'ok', key: 'check.extension', params });
    else if (extension.available) lines.push({ verdict: 'fail', key: 'check.extensionMissing', params });
    else lines.push({ verdict: 'fail', key: 'check.extensionUnavailable', params });
  }
  const { role } = facts;
  if (role.superuser || role.bypassRls) {
    const what = [role.superuser ? 'SUPERUSER' : '', role.bypassRls ? 'BYPASSRLS' : ''].filter(Boolean).join(', ');
    lines.push({ verdict: 'fail', key: 'check.roleBypasses', params: { role: role.name, what } });
  } else if (role.createRole || role.createDb) {
    const what = [role.createRole ? 'CREATEROLE' : '', role.createDb ? 'CREATEDB' : ''].filter(Boolean).join(', ');
    lines.push({ verdict: 'warn', key: 'check.roleTooStrong', params: { role: role.name, what } });
  } else {
    lines.push({ verdict: 'ok', key: 'check.role', params: { role: role.name } });
  }
  if (schemaVersion !== null) {
    const off = facts.rowSecurity.filter(
      (table) => !(table.present && table.enabled && table.forced && table.policies > 0),
    );
    lines.push(
      off.length === 0
        ? { verdict: 'ok', key: 'check.rowSecurity', params: { count: String(facts.rowSecurity.length) } }
        : {
            verdict: 'fail',
            key: 'check.rowSecurityOff',
            params: { tables: off.map((table) => table.table).join(', ') },
          },
    );
  }
  lines.push(
    facts.jit === 'off'
      ? { verdict: 'ok', key: 'check.jit' }
      : { verdict: 'fail', key: 'check.jitOn', params: { value: facts.jit, role: role.name } },
  );
  return lines;
}

/**
 * Registered workstations only (server.json `clientCaFile`): the CA file readable, changed by its
 * owner only, and holding certificates — the same checks as at start (config.ts). Without it, a
 * line that says any workstation may connect (with the address and the pinned fingerprint).
 */
function checkClientCa(clientCaFile: string | undefined): CheckLine {
  if (!clientCaFile) return { verdict: 'ok', key: 'check.clientCaNone' };
  try {
    if (process.platform !== 'win32' && (statSync(clientCaFile).mode & 0o022) !== 0) {
      return { verdict: 'fail', key: 'server.fileUnsafe', params: { file: clientCaFile } };
    }
    const pem = readFileSync(clientCaFile, 'utf8');
    const names = (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((block) =>
      new X509Certificate(block).subject.replace(/\n/g, ', '),
    );
    if (names.length === 0) throw new Error('no certificate');
    return { verdict: 'ok', key: 'check.clientCa', params: { file: clientCaFile, names: names.join('; ') } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { verdict: 'fail', key: 'server.fileMissing', params: { field: 'clientCaFile', file: clientCaFile } };
    }
    return { verdict: 'fail', key: 'server.configInvalid', params: { file: clientCaFile, field: 'clientCaFile' } };
  }
}

/** Every check on the data folder `dataDir`, in order. */
export async function checkServer(dataDir: string, now: Date = new Date()): Promise<CheckLine[]> {
  const lines: CheckLine[] = [];
  try {
    const server = readServerFile(dataDir);
    lines.push({
      verdict: 'ok',
      key: 'check.serverFile',
      params: { file: join(dataDir, SERVER_FILE), host: server.host, port: String(server.port) },
    });
    lines.push(...(await checkTls(server.certificateFile, server.keyFile, now)));
    lines.push(checkClientCa(server.clientCaFile));
  } catch (error) {
    lines.push(failure(error));
  }
  let store: PostgresStore | null = null;
  try {
    store = readStoreFile(dataDir);
    if (!store) lines.push({ verdict: 'fail', key: 'server.notPostgres' });
  } catch (error) {
    lines.push(failure(error));
  }
  if (store) {
    const target = store.socketDir ?? `${store.host}:${store.port}`;
    lines.push({
      verdict: 'ok',
      key: 'check.storeFile',
      params: { file: storeFilePath(dataDir), target, database: store.database, user: store.user },
    });
    lines.push(...(await checkDatabase(store)));
  }
  return lines;
}

const LABELS: Record<Verdict, string> = { ok: 'check.label.ok', warn: 'check.label.warn', fail: 'check.label.fail' };

/** The report as lines of text: the verdict, padded, then the explanation. */
export function formatLines(lines: readonly CheckLine[], t: TFunction): string[] {
  const labels = Object.fromEntries(Object.entries(LABELS).map(([verdict, key]) => [verdict, t(key)])) as Record<
    Verdict,
    string
  >;
  const width = Math.max(...Object.values(labels).map((label) => label.length));
  return lines.map((line) => `${labels[line.verdict].padEnd(width)}  ${t(line.key, line.params ?? {})}`);
}

export const checkCommand: CliCommand = {
  description: 'commands.serverCheck',
  synopsis: '--data FOLDER',
  options: ['--data'],
  async run(args, io, t) {
    const dataDir = requireDataFolder(args);
    const lines = await checkServer(dataDir);
    for (const text of formatLines(lines, t)) io.out(text);
    const failed = lines.filter((line) => line.verdict === 'fail').length;
    if (failed === 0) {
      io.out(t('check.allPassed'));
      return 0;
    }
    io.err(t('check.failed', { count: failed }));
    return 1;
  },
};
