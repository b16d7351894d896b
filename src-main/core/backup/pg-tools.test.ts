import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/ipc/errors';
import type { PostgresStore } from '../db/store';
import { connectionFailed, findTool, pgEnvironment } from './pg-tools';

const folder = mkdtempSync(join(tmpdir(), 'cter-pgtools-'));
const passwordFile = join(folder, 'wachtwoord');
writeFileSync(passwordFile, 'ge:heim\\woord\nrest\n', { mode: 0o600 });
const caFile = join(folder, 'zvh-ca.pem');
writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nfictief\n-----END CERTIFICATE-----\n');

const overTcp: PostgresStore = {
  engine: 'postgres',
  host: 'db.zvh.example',
  port: 5432,
  database: "cter'test",
  user: 'cter_eigenaar',
  passwordFile,
  sslRootCertFile: caFile,
};

const codeOf = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : error;
  }
};

afterAll(() => rmSync(folder, { recursive: true, force: true }));

afterEach(() => {
  delete process.env['PGSERVICE'];
  delete process.env['PGPASSWORD'];
});

describe('the environment pg_dump and pg_restore connect with', () => {
  it('holds the connection and TLS settings, and the password only in a private password file', () => {
    process.env['PGSERVICE'] = 'ergens-anders';
    process.env['PGPASSWORD'] = 'uit-de-shell';
    const connection = pgEnvironment(overTcp);
    const { env } = connection;
    expect(env).toMatchObject({
      PGHOST: 'db.zvh.example',
      PGPORT: '5432',
      PGUSER: 'cter_eigenaar',
      PGDATABASE: "cter'test",
      PGSSLMODE: 'verify-full',
      PGSSLROOTCERT: caFile,
    });
    expect(env['PGSERVICE']).toBeUndefined();
    expect(env['PGPASSWORD']).toBeUndefined();
    expect(Object.values(env).filter((value) => value?.includes('heim'))).toEqual([]);
    expect(connection.dbname).toBe("dbname='cter\\'test'");
    const file = env['PGPASSFILE']!;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('*:*:*:*:ge\\:heim\\\\woord\n');
    connection.dispose();
    expect(existsSync(file)).toBe(false);
  });

  it('applies the store rules first: over TCP only verify-full with a CA file', () => {
    const { sslRootCertFile: _ca, ...withoutCa } = overTcp;
    expect(codeOf(() => pgEnvironment(withoutCa))).toBe('STORE_CONFIG_INVALID');
    expect(codeOf(() => pgEnvironment({ ...overTcp, sslmode: 'disable' }))).toBe('STORE_CONFIG_INVALID');
  });

  it('on a unix socket without a password: no TLS, and no ~/.pgpass either', () => {
    const { host: _host, passwordFile: _pw, sslRootCertFile: _ca, ...rest } = overTcp;
    const connection = pgEnvironment({ ...rest, socketDir: '/var/run/postgresql' });
    expect(connection.env).toMatchObject({
      PGHOST: '/var/run/postgresql',
      PGSSLMODE: 'disable',
      PGPASSFILE: '/dev/null',
    });
    connection.dispose();
  });
});

describe('finding the programs', () => {
  it('takes them from the given folder, or says they are missing', () => {
    const bin = join(folder, 'bin');
    mkdirSync(bin);
    expect(codeOf(() => findTool('pg_dump', bin))).toBe('PG_TOOLS_MISSING');
    writeFileSync(join(bin, 'pg_dump'), '', { mode: 0o755 });
    expect(findTool('pg_dump', bin)).toBe(join(bin, 'pg_dump'));
  });

  it('knows libpq’s words for an unreachable or refusing server', () => {
    expect(connectionFailed('pg_dump: error: connection to server on socket "/x/.s.PGSQL.5" failed')).toBe(true);
    expect(connectionFailed('FATAL:  password authentication failed for user "cter_app"')).toBe(true);
    expect(connectionFailed('pg_dump: error: query failed: ERROR:  permission denied for table casus')).toBe(false);
  });
});
