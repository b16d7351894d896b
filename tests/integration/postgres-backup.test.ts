// Backups of a PostgreSQL store (pg_dump custom format) and their restore, on the private test
// cluster: a backup restored into an emptied database gives the same rows and schema version and
// records the restore in the audit log; a dump from a newer version, a damaged file, a non-empty
// target and someone who is not an active beheerder in the dump are refused before anything
// changes; and the password never reaches pg_dump's or pg_restore's command line.
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/ipc/errors';
import { translator } from '../../src-shared/i18n/messages';
import { AuditLog } from '../../src-main/core/audit/audit-log';
import { manualClock } from '../../src-main/core/clock';
import { backupPostgres, readDump, restorePostgres } from '../../src-main/core/backup/pg-backup';
import { openDatabase } from '../../src-main/core/db/database';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { backupStore, readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import { adminQuery, createTestDatabase, dropTestDatabase, withBackupRole } from '../support/postgres-database';

/** `store` as pg_dump connects to it: beheer.md's backup role (BYPASSRLS; the owner is subject to row security). */
const dumping = (store: PostgresStore): PostgresStore => backupStore(withBackupRole(store));

const folders: string[] = [];

/** A folder of its own, removed after the file's tests. */
function tempFolder(name: string): string {
  const made = mkdtempSync(join(tmpdir(), `cter-pgbackup-${name}-`));
  folders.push(made);
  return made;
}

const folder = tempFolder('main');
const stores: PostgresStore[] = [];
let source: PostgresStore;
let backup: string;

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : error);
const beheerder = { username: 'Beheer', passwordMatches: () => true };

/** Rows of the tables a restore must bring back, in a stable order. */
async function snapshot(store: PostgresStore): Promise<unknown> {
  const tables = ['account', 'setting', 'zvh_region', 'schema_version'];
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    out[table] = (await adminQuery(`SELECT * FROM ${table} ORDER BY 1`, store.database)).rows;
  }
  out['audit_entry'] = (await adminQuery('SELECT id, hash FROM audit_entry ORDER BY id', store.database)).rows;
  return out;
}

/** An empty database for a restore (what the DBA makes, see beheer.md). */
async function emptyStore(): Promise<PostgresStore> {
  const store = await createTestDatabase();
  stores.push(store);
  return store;
}

async function relationCount(store: PostgresStore): Promise<number> {
  const { rows } = await adminQuery(
    "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public'",
    store.database,
  );
  return (rows[0] as { n: number }).n;
}

beforeAll(async () => {
  source = await emptyStore();
  const db = await openDatabase(source);
  const now = '2026-12-01T09:00:00.000Z';
  await db.source.query(
    `INSERT INTO account (username, display_name, roles, active, created_at, updated_at)
     VALUES ('beheer', 'Fictieve Beheerder', '["beheerder"]', true, $1, $1),
            ('regisseur', 'Fictieve Regisseur', '["procesregisseur"]', true, $1, $1),
            ('oud', 'Vertrokken Beheerder', '["beheerder"]', false, $1, $1)`,
    [now],
  );
  await db.source.query(
    "INSERT INTO setting (key, value) VALUES ('voorbeeld', 'Tab\there, regel\nnieuw, \\ en ‘aanhalingen’')",
  );
  const audit = new AuditLog(db.source, manualClock());
  await db.source.transaction((manager) =>
    audit.append(manager, { actorId: 1, actorName: 'beheer', action: 'accounts:create', kind: 'change', result: 'ok' }),
  );
  await db.close();
  backup = join(folder, 'cter-2026-12-01.dump');
  expect(await backupPostgres(dumping(source), backup)).toEqual({ file: backup, schemaVersion: SCHEMA_VERSION });
});

afterEach(() => {
  delete process.env['PGPASSWORD'];
});

afterAll(async () => {
  for (const store of stores.splice(0)) await dropTestDatabase(store);
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

describe('a PostgreSQL backup', () => {
  it('is a custom-format dump readable by its owner only, with no temporary file left', async () => {
    expect(readFileSync(backup).subarray(0, 5).toString('latin1')).toBe('PGDMP');
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['cter-2026-12-01.dump']);
    const contents = await readDump(backup);
    expect(contents.schemaVersion).toBe(SCHEMA_VERSION);
    expect(contents.accounts.map((a) => [a.username, a.active, a.roles])).toEqual([
      ['beheer', true, ['beheerder']],
      ['regisseur', true, ['procesregisseur']],
      ['oud', false, ['beheerder']],
    ]);
  });

  it('restores into an emptied database: the same rows and schema version, and the restore audited', async () => {
    const before = await snapshot(source);
    // The DBA's way to empty it: keep the old database under another name, create an empty one.
    const target = await emptyStore();
    const seen: string[] = [];
    const restored = await restorePostgres(target, backup, {
      username: ' Beheer ',
      passwordMatches: (account) => {
        seen.push(`${account.username}:${account.row['display_name']}`);
        return true;
      },
      clock: manualClock(new Date('2026-12-04T10:00:00.000Z')),
    });
    expect(seen).toEqual(['beheer:Fictieve Beheerder']);
    expect(restored).toEqual({
      fromVersion: SCHEMA_VERSION,
      schemaVersion: SCHEMA_VERSION,
      actor: { id: 1, username: 'beheer' },
    });
    const after = (await snapshot(target)) as Record<string, unknown[]>;
    const { audit_entry: auditBefore, ...restBefore } = before as Record<string, unknown[]>;
    const { audit_entry: auditAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
    expect(auditAfter!.slice(0, auditBefore!.length)).toEqual(auditBefore);
    const { rows } = await adminQuery(
      'SELECT actor_name, action, details FROM audit_entry ORDER BY id DESC LIMIT 1',
      target.database,
    );
    expect(rows).toEqual([
      {
        actor_name: 'beheer',
        action: 'backup:restore',
        details: JSON.stringify({ backup: 'cter-2026-12-01.dump', schemaVersion: SCHEMA_VERSION }),
      },
    ]);
    const db = await openDatabase(target);
    try {
      expect((await new AuditLog(db.source, manualClock()).verify()).ok).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('restores a dump from an older version and migrates it to this one', async () => {
    const older = await emptyStore();
    const db = await openDatabase({ ...older, upTo: SCHEMA_VERSION - 1 });
    await db.source.query(
      `INSERT INTO account (username, display_name, roles, active, created_at, updated_at)
       VALUES ('beheer', 'Fictieve Beheerder', '["beheerder"]', true, 'x', 'x')`,
    );
    await db.close();
    const file = join(tempFolder('old'), 'ouder.dump');
    expect((await backupPostgres(dumping(older), file)).schemaVersion).toBe(SCHEMA_VERSION - 1);
    const target = await emptyStore();
    expect(await restorePostgres(target, file, beheerder)).toMatchObject({
      fromVersion: SCHEMA_VERSION - 1,
      schemaVersion: SCHEMA_VERSION,
    });
    const { rows } = await adminQuery('SELECT version FROM schema_version', target.database);
    expect(rows).toEqual([{ version: SCHEMA_VERSION }]);
  });

  it('refuses a database that is not empty, and leaves it as it was', async () => {
    const target = await emptyStore();
    await adminQuery('CREATE TABLE iets (id integer)', target.database);
    expect(codeOf(await restorePostgres(target, backup, beheerder).catch((e: unknown) => e))).toBe(
      'RESTORE_TARGET_NOT_EMPTY',
    );
    expect(await relationCount(target)).toBe(1);
  });

  it('refuses a dump from a newer version before touching the database', async () => {
    const newer = await emptyStore();
    const db = await openDatabase(newer);
    await db.source.query(
      `INSERT INTO account (username, display_name, roles, active, created_at, updated_at)
       VALUES ('beheer', 'Fictieve Beheerder', '["beheerder"]', true, 'x', 'x')`,
    );
    await db.source.query('UPDATE schema_version SET version = $1', [SCHEMA_VERSION + 1]);
    await db.close();
    const file = join(tempFolder('new'), 'nieuwer.dump');
    await backupPostgres(dumping(newer), file);
    const target = await emptyStore();
    const error = await restorePostgres(target, file, beheerder).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('DUMP_TOO_NEW');
    expect((error as AppError).params).toEqual({ version: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
    expect(await relationCount(target)).toBe(0);
  });

  it('refuses a damaged or foreign file with a Dutch message, and the database stays empty', async () => {
    const damaged = tempFolder('damaged');
    const garbage = join(damaged, 'onzin.dump');
    writeFileSync(garbage, 'PGDMP dit is geen back-up');
    const bytes = readFileSync(backup);
    // Cut off in its table of contents, and cut off in the last table's data: the accounts and the
    // version still read, so only the restore itself finds the damage (and rolls back).
    const head = join(damaged, 'kop-afgebroken.dump');
    writeFileSync(head, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const cut = join(damaged, 'staart-afgebroken.dump');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 100));
    expect((await readDump(cut)).schemaVersion).toBe(SCHEMA_VERSION);
    const target = await emptyStore();
    for (const file of [garbage, head, cut, join(damaged, 'bestaat-niet.dump')]) {
      const error = await restorePostgres(target, file, beheerder).catch((e: unknown) => e);
      expect(codeOf(error), file).toBe('DUMP_UNREADABLE');
      expect(await relationCount(target)).toBe(0);
    }
    const message = translator('nl')('errors.DUMP_UNREADABLE');
    expect(message).toMatch(/geen leesbare PostgreSQL-back-up .* Er is niets teruggezet\./);
  });

  it('requires an active beheerder of the dump whose password the check accepts', async () => {
    const target = await emptyStore();
    for (const [username, matches] of [
      ['regisseur', true],
      ['oud', true],
      ['onbekend', true],
      ['beheer', false],
    ] as const) {
      const error = await restorePostgres(target, backup, { username, passwordMatches: () => matches }).catch(
        (e: unknown) => e,
      );
      expect(codeOf(error), username).toBe('BACKUP_NOT_BEHEERDER');
    }
    expect(await relationCount(target)).toBe(0);
  });

  it('passes the password in a private password file, never on the command line or as PGPASSWORD', async () => {
    // pg_dump as the backup role, pg_restore as the owner role: each with its own password.
    const dumper = dumping(source);
    const passwords: Record<string, string> = {
      [dumper.user]: readPasswordFile(dumper.passwordFile!),
      [source.user]: readPasswordFile(source.passwordFile!),
    };
    process.env['PGPASSWORD'] = 'uit-de-shell';
    const calls: { args: readonly string[]; env: NodeJS.ProcessEnv; passFile: string | null }[] = [];
    const recording = (command: string, args: readonly string[], options: SpawnOptions): ChildProcess => {
      const env = options.env ?? {};
      const passFile = env['PGPASSFILE'] ?? null;
      const readable = passFile && existsSync(passFile) ? statSync(passFile).mode & 0o777 : null;
      if (passFile && readable !== null) {
        expect(readable).toBe(0o600);
        expect(readFileSync(passFile, 'utf8')).toContain(passwords[env['PGUSER']!]);
      }
      calls.push({ args, env, passFile: readable === null ? null : passFile });
      return spawn(command, args, options);
    };
    const file = join(tempFolder('args'), 'kopie.dump');
    await backupPostgres(dumper, file, { spawn: recording });
    await restorePostgres(await emptyStore(), file, { ...beheerder, spawn: recording });
    expect(calls.length).toBeGreaterThanOrEqual(3);
    const connecting = calls.filter((call) => call.passFile !== null);
    expect(connecting).toHaveLength(2); // pg_dump and the restoring pg_restore
    expect(connecting.map((call) => call.env['PGUSER'])).toEqual([dumper.user, source.user]);
    for (const call of calls) {
      for (const password of Object.values(passwords)) expect(call.args.join(' ')).not.toContain(password);
      expect(call.env['PGPASSWORD']).toBeUndefined();
    }
    for (const call of connecting) {
      expect(call.env).toMatchObject({ PGHOST: source.socketDir, PGSSLMODE: 'disable' });
      // Removed once the program is done.
      expect(existsSync(call.passFile!)).toBe(false);
    }
  });

  it('reports a server that refuses the login as unreachable, and leaves no file behind', async () => {
    const out = tempFolder('refused');
    const wrong = join(out, 'fout-wachtwoord');
    writeFileSync(wrong, 'niet-het-wachtwoord\n', { mode: 0o600 });
    const refused = { ...source, passwordFile: wrong };
    expect(codeOf(await backupPostgres(refused, join(out, 'kopie.dump')).catch((e: unknown) => e))).toBe(
      'STORE_UNREACHABLE',
    );
    expect(readdirSync(out)).toEqual(['fout-wachtwoord']);
    const target = await emptyStore();
    expect(
      codeOf(await restorePostgres({ ...target, passwordFile: wrong }, backup, beheerder).catch((e: unknown) => e)),
    ).toBe('STORE_UNREACHABLE');
  });

  it('says so when pg_dump or pg_restore cannot be found', async () => {
    const empty = tempFolder('nobin');
    const target = join(empty, 'kopie.dump');
    expect(codeOf(await backupPostgres(source, target, { binDir: empty }).catch((e: unknown) => e))).toBe(
      'PG_TOOLS_MISSING',
    );
    expect(
      codeOf(await restorePostgres(source, backup, { ...beheerder, binDir: empty }).catch((e: unknown) => e)),
    ).toBe('PG_TOOLS_MISSING');
    expect(readdirSync(empty)).toEqual([]);
  });
});

describe('a PostgreSQL backup made and restored by the owner role (no superuser)', () => {
  it('works when the DBA created the extensions beforehand and the role bypasses RLS, as the IT guide says', async () => {
    const role = `cter_eigenaar_${randomBytes(4).toString('hex')}`;
    const secret = randomBytes(12).toString('base64url');
    const passwordFile = join(tempFolder('role'), 'wachtwoord');
    writeFileSync(passwordFile, `${secret}\n`, { mode: 0o600 });
    await adminQuery(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${secret}'`);
    const asOwner = async (): Promise<PostgresStore> => {
      const store = await emptyStore();
      // The extensions are the DBA's already (createTestDatabase does beheer.md's step 3).
      await adminQuery(`ALTER DATABASE ${store.database} OWNER TO ${role}`);
      return { ...store, user: role, passwordFile };
    };
    try {
      const first = await asOwner();
      const db = await openDatabase(first);
      await db.source.query(
        `INSERT INTO account (username, display_name, roles, active, created_at, updated_at)
         VALUES ('beheer', 'Fictieve Beheerder', '["beheerder"]', true, 'x', 'x')`,
      );
      // Row-level security forced on a table (as on the case tables): pg_dump refuses to make a
      // backup that would silently miss rows, until the role may bypass RLS (the guide's BYPASSRLS).
      await db.source.query(
        `CREATE TABLE afgeschermd (id integer PRIMARY KEY, tekst text);
         INSERT INTO afgeschermd VALUES (1, 'fictief');
         ALTER TABLE afgeschermd ENABLE ROW LEVEL SECURITY;
         ALTER TABLE afgeschermd FORCE ROW LEVEL SECURITY;
         CREATE POLICY niemand ON afgeschermd USING (false)`,
      );
      await db.close();
      const file = join(tempFolder('owner'), 'eigenaar.dump');
      expect(codeOf(await backupPostgres(first, file).catch((e: unknown) => e))).toBe('DUMP_FAILED');
      expect(existsSync(file)).toBe(false);
      await adminQuery(`ALTER ROLE ${role} BYPASSRLS`);
      await backupPostgres(first, file);
      const second = await asOwner();
      expect(await restorePostgres(second, file, beheerder)).toMatchObject({ schemaVersion: SCHEMA_VERSION });
      const restored = await adminQuery(
        "SELECT relrowsecurity, relforcerowsecurity, (SELECT count(*)::int FROM afgeschermd) AS n FROM pg_class WHERE relname = 'afgeschermd'",
        second.database,
      );
      expect(restored.rows).toEqual([{ relrowsecurity: true, relforcerowsecurity: true, n: 1 }]);
      const { rows } = await adminQuery(
        `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '${role}'`,
        second.database,
      );
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      for (const store of stores.splice(1)) await dropTestDatabase(store);
      await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    }
  });
});
