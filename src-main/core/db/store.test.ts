// The PostgreSQL store settings are checked before any connection: TLS unless a unix socket, a CA
// file for verify-full, and a password file only its owner can read.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/ipc/errors';
import { postgresConnection, readPasswordFile, type PostgresStore } from './store';

const folder = () => mkdtempSync(join(tmpdir(), 'cter-store-'));

function fileWith(text: string, mode: number): string {
  const file = join(folder(), 'wachtwoord');
  writeFileSync(file, text);
  chmodSync(file, mode);
  return file;
}

function codeOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    return error instanceof AppError
      ? `${error.code}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`
      : 'other';
  }
}

describe('the password file', () => {
  it('is read when only its owner may read it: the first line, without the line break', () => {
    expect(readPasswordFile(fileWith('geheim-voorbeeld\n', 0o600))).toBe('geheim-voorbeeld');
    expect(readPasswordFile(fileWith('alleen-lezen\r\nrest', 0o400))).toBe('alleen-lezen');
  });

  it('is refused when its group or others may read (or write) it', () => {
    for (const mode of [0o644, 0o640, 0o604, 0o660, 0o602]) {
      expect({ mode: mode.toString(8), code: codeOf(() => readPasswordFile(fileWith('x\n', mode))) }).toEqual({
        mode: mode.toString(8),
        code: 'STORE_PASSWORD_FILE_UNSAFE',
      });
    }
  });

  it('is refused when missing or empty', () => {
    expect(codeOf(() => readPasswordFile(join(folder(), 'bestaat-niet')))).toBe('STORE_PASSWORD_FILE_MISSING');
    expect(codeOf(() => readPasswordFile(fileWith('\n', 0o600)))).toBe('STORE_PASSWORD_FILE_MISSING');
  });
});

describe('the PostgreSQL connection settings', () => {
  const base: PostgresStore = { engine: 'postgres', port: 5432, database: 'cter', user: 'cter_app' };
  const ca = fileWith('-----BEGIN CERTIFICATE-----\n(voorbeeld)\n-----END CERTIFICATE-----\n', 0o644);

  it('takes verify-full over TCP by default and needs the CA file for it', () => {
    expect(codeOf(() => postgresConnection({ ...base, host: 'db.zvh.example' }))).toBe(
      'STORE_CONFIG_INVALID {"field":"sslRootCertFile"}',
    );
    const tcp = postgresConnection({ ...base, host: 'db.zvh.example', sslRootCertFile: ca });
    expect(tcp.ssl).toEqual({ ca: expect.stringContaining('BEGIN CERTIFICATE'), rejectUnauthorized: true });
    expect(tcp.host).toBe('db.zvh.example');
  });

  it('allows sslmode disable only on a unix socket', () => {
    expect(codeOf(() => postgresConnection({ ...base, host: 'db.zvh.example', sslmode: 'disable' }))).toBe(
      'STORE_CONFIG_INVALID {"field":"sslmode"}',
    );
    const socket = postgresConnection({ ...base, socketDir: '/var/run/postgresql' });
    expect(socket).toMatchObject({ host: '/var/run/postgresql', ssl: false, password: undefined });
  });

  it('wants exactly one of host and socket, a port, a database and a user', () => {
    expect(codeOf(() => postgresConnection(base))).toBe('STORE_CONFIG_INVALID {"field":"host"}');
    expect(codeOf(() => postgresConnection({ ...base, host: 'a', socketDir: '/b' }))).toBe(
      'STORE_CONFIG_INVALID {"field":"host"}',
    );
    expect(codeOf(() => postgresConnection({ ...base, socketDir: '/s', port: 0 }))).toBe(
      'STORE_CONFIG_INVALID {"field":"port"}',
    );
    expect(codeOf(() => postgresConnection({ ...base, socketDir: '/s', database: '' }))).toBe(
      'STORE_CONFIG_INVALID {"field":"database"}',
    );
    expect(codeOf(() => postgresConnection({ ...base, socketDir: '/s', user: '' }))).toBe(
      'STORE_CONFIG_INVALID {"field":"user"}',
    );
  });

  it('keeps a pool of 10 connections unless told another size from 2 to 100', () => {
    const store = { ...base, socketDir: '/s' };
    expect(postgresConnection(store).poolSize).toBe(10);
    expect(postgresConnection({ ...store, poolSize: 2 }).poolSize).toBe(2);
    expect(postgresConnection({ ...store, poolSize: 40 }).poolSize).toBe(40);
    for (const poolSize of [0, 1, 101, 2.5, Number.NaN]) {
      expect({ poolSize, code: codeOf(() => postgresConnection({ ...store, poolSize })) }).toEqual({
        poolSize,
        code: 'STORE_CONFIG_INVALID {"field":"poolSize"}',
      });
    }
  });

  it('reads the password from the file, and refuses a file others can read before connecting', () => {
    const store = { ...base, socketDir: '/s' };
    expect(postgresConnection({ ...store, passwordFile: fileWith('s3cr3t\n', 0o600) }).password).toBe('s3cr3t');
    expect(codeOf(() => postgresConnection({ ...store, passwordFile: fileWith('s3cr3t\n', 0o644) }))).toBe(
      'STORE_PASSWORD_FILE_UNSAFE',
    );
  });
});
