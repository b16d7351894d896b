// The role a workspace logs in to PostgreSQL with must be subject to row security (docs/beheer.md,
// "Rijbeveiliging (RLS)"): a superuser or a role with BYPASSRLS skips every policy, so the app and
// the CLI refuse it with STORE_ROLE_BYPASSES_RLS before anything is created or migrated, and the
// login screen shows the store as unusable. `cter backup` still runs pg_dump as the backup role
// (BYPASSRLS, `backupUser`), which the workspace never opens as. The superuser is used here on
// purpose: it is one of the roles to refuse, and it makes the other (it alone may create roles).
import { randomBytes } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { runCli } from '../../src-main/cli/main';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { BEHEERDER, call, cliIo, codeOf, makeCore, tempDir, withDatabase, writeStoreFile } from './helpers';
import {
  adminQuery,
  createTestDatabase,
  dropTestDatabase,
  superuserStore,
  withBackupRole,
} from '../support/postgres-database';

const stores: PostgresStore[] = [];
const cores: Core[] = [];
const roles: string[] = [];

async function freshStore(): Promise<PostgresStore> {
  const store = await createTestDatabase();
  stores.push(store);
  return store;
}

/** A role with BYPASSRLS but no SUPERUSER, owner of `store`'s database (a mistake in step 2). */
async function bypassingOwner(store: PostgresStore): Promise<PostgresStore> {
  const role = `cter_omzeilt_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  const passwordFile = join(tempDir(), 'wachtwoord');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  await adminQuery(`CREATE ROLE ${role} LOGIN NOSUPERUSER BYPASSRLS PASSWORD '${password}'`);
  roles.push(role);
  await adminQuery(`ALTER DATABASE ${store.database} OWNER TO ${role}`);
  return { ...store, user: role, passwordFile };
}

function coreOn(store: PostgresStore) {
  const made = makeCore(tempDir(), { store });
  cores.push(made.core);
  return made;
}

afterAll(async () => {
  for (const core of cores) await core.close().catch(() => undefined);
  for (const store of stores) await dropTestDatabase(store);
  for (const role of roles) await adminQuery(`DROP ROLE IF EXISTS ${role}`);
});

/** Whether the database still has no table of the application. */
async function untouched(store: PostgresStore): Promise<boolean> {
  const { rows } = await adminQuery("SELECT to_regclass('schema_version') IS NULL AS untouched", store.database);
  return (rows[0] as { untouched: boolean }).untouched;
}

describe('a workspace on a role that skips row security', () => {
  const kinds: { name: string; store: () => Promise<PostgresStore> }[] = [
    { name: 'the superuser', store: async () => superuserStore(await freshStore()) },
    { name: 'a role with BYPASSRLS', store: async () => bypassingOwner(await freshStore()) },
  ];

  for (const kind of kinds) {
    it(`refuses ${kind.name} in Dutch as an unusable store, and creates nothing`, async () => {
      const store = await kind.store();
      const { core } = coreOn(store);
      expect(await call<VaultStatus>(core, 'vault:status')).toMatchObject({
        state: 'no-connection',
        problem: 'STORE_ROLE_BYPASSES_RLS',
        server: true,
      });
      expect(await codeOf(core, 'session:login', { username: 'beheer', password: BEHEERDER.password })).toBe(
        'STORE_ROLE_BYPASSES_RLS',
      );
      expect(core.workspace.isOpen()).toBe(false);
      expect(await untouched(store)).toBe(true);

      const cli = cliIo();
      expect(await runCli(['init', '--data', core.workspace.options.dataDir, '--user', 'beheer'], cli.io)).toBe(1);
      expect(cli.err.join('\n')).toMatch(/slaat de rijbeveiliging over \(superuser of BYPASSRLS\)/);
      expect(await untouched(store)).toBe(true);
    });
  }

  it('opens the same database as the ordinary owner role; a migrated one is refused to the superuser', async () => {
    const store = await freshStore();
    const { core } = coreOn(store);
    await withDatabase(core);
    expect(core.workspace.requireOpen().database).toMatchObject({ engine: 'postgres', rowSecurity: 'enforced' });
    const { core: superuser } = coreOn(superuserStore(store));
    expect(await codeOf(superuser, 'session:login', { username: 'beheer', password: BEHEERDER.password })).toBe(
      'STORE_ROLE_BYPASSES_RLS',
    );
  });
});

describe('cter backup with the backup role', () => {
  it('dumps as backupUser (BYPASSRLS) while the workspace opens the store as the ordinary role', async () => {
    const dataDir = tempDir();
    writeStoreFile(dataDir, withBackupRole(await freshStore()));
    expect(await runCli(['init', '--data', dataDir, '--user', BEHEERDER.username], cliIo().io)).toBe(0);
    const dump = join(tempDir(), 'cter.dump');
    const backup = cliIo();
    expect(await runCli(['backup', '--data', dataDir, '--user', BEHEERDER.username, '--out', dump], backup.io)).toBe(0);
    expect(existsSync(dump) && statSync(dump).size).toBeGreaterThan(0);
  });
});
