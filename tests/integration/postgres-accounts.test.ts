// Accounts and log-in on a PostgreSQL store (issue 17): the data folder's store.json names the
// database, set-up makes the first beheerder with a password verifier, log-in checks it over the
// store's connection, failures are throttled in the database (shared by every workstation) and
// audited, lock and logout close the connection. The file's channels (rekey, file backups, the
// recovery key) are refused in Dutch; a store.json or password file that is not right opens nothing.
import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { openDatabase } from '../../src-main/core/db/database';
import { AccountEntity } from '../../src-main/core/db/entities/account';
import { newScryptParams } from '../../src-main/core/vault/kdf';
import type { PostgresStore } from '../../src-main/core/db/store';
import { runCli } from '../../src-main/cli/main';
import type { SetupProposal, VaultStatus } from '../../src-shared/ipc/session';
import { cliTranslator } from '../../src-main/cli/translate';
import { BEHEERDER, call, cliIo, codeOf, dialogs, makeCore, tempDir, writeStoreFile } from './helpers';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const stores: PostgresStore[] = [];
const cores: Core[] = [];

async function freshStore(): Promise<PostgresStore> {
  const store = await createTestDatabase();
  stores.push(store);
  return store;
}

function coreOn(store: PostgresStore, dataDir = tempDir(), cli = false) {
  const made = makeCore(dataDir, { store, cli, platform: dialogs().platform });
  cores.push(made.core);
  return made;
}

const status = (core: Core) => call<VaultStatus>(core, 'vault:status');

async function auditResults(core: Core, action: string): Promise<string[]> {
  return core.workspace.transaction(async (manager) => {
    const rows = (await manager.query('SELECT result FROM audit_entry WHERE action = $1 ORDER BY id', [action])) as {
      result: string;
    }[];
    return rows.map((row) => row.result);
  });
}

let store: PostgresStore;
let dataDir: string;
let core: Core;
let clock: ReturnType<typeof makeCore>['clock'];

beforeAll(async () => {
  store = await freshStore();
  ({ core, clock, dataDir } = coreOn(store));
});

afterAll(async () => {
  for (const each of cores) await each.close().catch(() => undefined);
  for (const each of stores) await dropTestDatabase(each);
});

describe('accounts on PostgreSQL', () => {
  it('an empty database needs set-up: the wizard makes the first beheerder with a verifier, no file, no recovery key', async () => {
    const before = await status(core);
    expect(before).toMatchObject({ state: 'no-database', server: true, demo: false });
    const proposal = await call<SetupProposal>(core, 'vault:prepare-setup');
    expect(proposal.recoveryKey).toBeNull();
    expect(await codeOf(core, 'vault:setup-demo')).toBe('SETUP_NOT_ALLOWED');
    const { user } = await call<{ user: { username: string; roles: string[] } }>(core, 'vault:setup', {
      ...BEHEERDER,
      passwordRepeat: BEHEERDER.password,
      folder: null,
      confirm: ['', ''],
    });
    expect(user).toMatchObject({ username: 'beheer', roles: ['beheerder'] });
    expect(await status(core)).toMatchObject({ state: 'unlocked', server: true });
    // Nothing was written beside the configuration: no database file, no key file.
    expect(readdirSync(dataDir).sort()).toEqual(['store.json']);
    const account = await core.workspace.transaction((manager) =>
      manager.findOneOrFail(AccountEntity, { where: { username: 'beheer' } }),
    );
    expect(account.keySlotId).toBeNull();
    // The cost new slots get (the production 2^17 outside the suites: kdf.test.ts).
    expect(JSON.parse(account.passwordVerifier!)).toMatchObject({
      v: 1,
      kdf: { name: 'scrypt', N: newScryptParams().N },
    });
    expect(JSON.stringify(account)).not.toContain(BEHEERDER.password);
    expect(await auditResults(core, 'vault:setup')).toEqual(['ok']);
    // A second set-up is refused: the database has its beheerder.
    expect(await codeOf(core, 'vault:prepare-setup')).toBe('SETUP_NOT_ALLOWED');
  });

  it('logs in with the right password only; unknown and wrong give the same error; each attempt is audited', async () => {
    await call(core, 'session:logout');
    expect(core.workspace.isOpen()).toBe(false);
    expect(await status(core)).toMatchObject({ state: 'locked', server: true });
    expect(await codeOf(core, 'session:login', { username: 'beheer', password: 'niet het wachtwoord' })).toBe(
      'WRONG_CREDENTIALS',
    );
    expect(await codeOf(core, 'session:login', { username: 'niemand', password: 'niet het wachtwoord' })).toBe(
      'WRONG_CREDENTIALS',
    );
    // A failed attempt leaves nothing open.
    expect(core.workspace.isOpen()).toBe(false);
    await call(core, 'session:login', { username: 'BEHEER', password: BEHEERDER.password });
    expect(core.workspace.current()?.user.username).toBe('beheer');
    expect(core.workspace.current()?.slotId).toBeNull();
    expect(await auditResults(core, 'session:login')).toEqual(['WRONG_CREDENTIALS', 'WRONG_CREDENTIALS', 'ok']);
    const unknown = await core.workspace.transaction(
      (manager) =>
        manager.query(
          `SELECT actor_name, details FROM audit_entry WHERE action = 'session:login' ORDER BY id`,
        ) as Promise<{ actor_name: string | null; details: string | null }[]>,
    );
    expect(unknown[0]!.actor_name).toBe('beheer');
    expect(unknown[1]!.actor_name).toBeNull();
    expect(unknown[1]!.details).toContain('onbekend');
  });

  it('lock closes the connection; unlock checks the password again', async () => {
    await call(core, 'session:lock');
    expect(core.workspace.isOpen()).toBe(false);
    expect(await status(core)).toMatchObject({ state: 'locked', lockedUser: { username: 'beheer' } });
    expect(await codeOf(core, 'session:login', { username: 'beheer', password: 'fout wachtwoord' })).toBe(
      'WRONG_CREDENTIALS',
    );
    // The lock screen still shows whose session it was.
    expect((await status(core)).lockedUser).toMatchObject({ username: 'beheer' });
    await call(core, 'session:login', { username: 'beheer', password: BEHEERDER.password });
    expect(await status(core)).toMatchObject({ state: 'unlocked' });
  });

  it('throttles failed log-ins per username in the database, for every workstation', async () => {
    await call(core, 'session:logout');
    const other = coreOn(store).core;
    for (let i = 0; i < 3; i++) {
      expect(await codeOf(core, 'session:login', { username: 'beheer', password: `fout ${i}` })).toBe(
        'WRONG_CREDENTIALS',
      );
    }
    // The fourth attempt, from another workstation, waits as well; even the right password.
    expect(await codeOf(other, 'session:login', { username: 'beheer', password: BEHEERDER.password })).toBe(
      'THROTTLED',
    );
    clock.advance(2_000);
    await call(core, 'session:login', { username: 'beheer', password: BEHEERDER.password });
    expect((await auditResults(core, 'session:login')).slice(-5)).toEqual([
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
      'THROTTLED',
      'ok',
    ]);
    // A successful log-in clears the count.
    const rows = await core.workspace.transaction((manager) =>
      manager.query('SELECT username, failures FROM login_attempt ORDER BY username'),
    );
    expect(rows).toEqual([{ username: 'niemand', failures: 1 }]);
  });

  it('a new account gets a temporary password that must be changed; deactivated, it logs in no more', async () => {
    const created = await call<{ account: { id: number }; temporaryPassword: string }>(core, 'accounts:create', {
      username: 'piet',
      displayName: 'Piet Proces (fictief)',
      roles: ['procesregisseur'],
      regionIds: [],
    });
    await call(core, 'session:logout');
    const first = await call<{ user: { mustChangePassword: boolean } }>(core, 'session:login', {
      username: 'piet',
      password: created.temporaryPassword,
    });
    expect(first.user.mustChangePassword).toBe(true);
    const newPassword = 'een zomer aan de waddenkust';
    expect(
      await codeOf(core, 'session:change-password', {
        currentPassword: 'verkeerd',
        password: newPassword,
        passwordRepeat: newPassword,
      }),
    ).toBe('WRONG_CREDENTIALS');
    const changed = await call<{ user: { mustChangePassword: boolean } }>(core, 'session:change-password', {
      currentPassword: created.temporaryPassword,
      password: newPassword,
      passwordRepeat: newPassword,
    });
    expect(changed.user.mustChangePassword).toBe(false);
    await call(core, 'session:logout');
    expect(await codeOf(core, 'session:login', { username: 'piet', password: created.temporaryPassword })).toBe(
      'WRONG_CREDENTIALS',
    );
    await call(core, 'session:login', { username: 'piet', password: newPassword });
    await call(core, 'session:logout');

    await call(core, 'session:login', { username: 'beheer', password: BEHEERDER.password });
    await call(core, 'accounts:deactivate', { id: created.account.id });
    await call(core, 'session:logout');
    expect(await codeOf(core, 'session:login', { username: 'piet', password: newPassword })).toBe('WRONG_CREDENTIALS');
    await call(core, 'session:login', { username: 'beheer', password: BEHEERDER.password });
    const reset = await call<{ temporaryPassword: string }>(core, 'accounts:reset-password', {
      id: created.account.id,
    });
    await call(core, 'session:logout');
    const again = await call<{ user: { mustChangePassword: boolean } }>(core, 'session:login', {
      username: 'piet',
      password: reset.temporaryPassword,
    });
    expect(again.user.mustChangePassword).toBe(true);
    await call(core, 'session:logout');
  });

  // Backups of a server are pg_dumps by `cter backup`/`cter restore`: postgres-cli-backup.test.ts.
  it("refuses the file's channels: rekey and the recovery key", async () => {
    const files = dialogs();
    const admin = makeCore(tempDir(), { store, cli: true, platform: files.platform }).core;
    cores.push(admin);
    expect(await codeOf(admin, 'vault:recover-key', { recoveryKey: 'A'.repeat(8) })).not.toBe('ok');
    await call(admin, 'session:login', { username: 'beheer', password: BEHEERDER.password });
    expect(await codeOf(admin, 'vault:rekey')).toBe('REKEY_ON_SERVER');
    await call(admin, 'session:logout');
    expect(
      await codeOf(admin, 'vault:reset-password', { username: 'beheer', recoveryKey: 'ABCD-EFGH-JKMN-PQRS' }),
    ).toMatch(/RECOVERY_KEY_ON_SERVER|INVALID_INPUT/);
  });
});

describe('migration 0011 on PostgreSQL', () => {
  it('adds an empty password_verifier to accounts and the login_attempt table', async () => {
    const migrated = await freshStore();
    const v10 = await openDatabase({ ...migrated, upTo: 10 });
    await v10.source.query(
      `INSERT INTO account (username, display_name, roles, region_ids, active, must_change_password, created_at, updated_at)
       VALUES ('bea', 'Bea (fictief)', '["beheerder"]', '[]', true, false, 'x', 'x')`,
    );
    await v10.close();
    const v11 = await openDatabase({ ...migrated, upTo: 11 });
    expect(v11.schemaVersion).toBe(11);
    expect(await v11.source.query('SELECT username, password_verifier FROM account')).toEqual([
      { username: 'bea', password_verifier: null },
    ]);
    expect(await v11.source.query('SELECT count(*)::int AS n FROM login_attempt')).toEqual([{ n: 0 }]);
    await v11.close();
  });
});

describe('the store configuration', () => {
  const cases: { name: string; write(dir: string, store: PostgresStore): void; code: string }[] = [
    {
      name: 'a file that is not JSON',
      write: (dir) => writeFileSync(join(dir, 'store.json'), '{ engine: postgres', { mode: 0o600 }),
      code: 'STORE_CONFIG_INVALID',
    },
    {
      name: 'an unknown field',
      write: (dir, store) =>
        writeFileSync(join(dir, 'store.json'), JSON.stringify({ ...store, password: 'geheim' }), { mode: 0o600 }),
      code: 'STORE_CONFIG_INVALID',
    },
    {
      name: 'TCP without TLS',
      write: (dir, store) =>
        writeFileSync(
          join(dir, 'store.json'),
          JSON.stringify({ ...store, socketDir: undefined, host: 'db.zvh.example', sslmode: 'disable' }),
          { mode: 0o600 },
        ),
      code: 'STORE_CONFIG_INVALID',
    },
    {
      name: 'a store.json others may change',
      write: (dir, store) => {
        writeStoreFile(dir, store);
        chmodSync(join(dir, 'store.json'), 0o666);
      },
      code: 'STORE_CONFIG_INVALID',
    },
    {
      name: 'a password file others may read',
      write: (dir, store) => {
        const passwordFile = join(dir, 'wachtwoord');
        writeFileSync(passwordFile, 'geheim\n', { mode: 0o644 });
        chmodSync(passwordFile, 0o644);
        writeStoreFile(dir, { ...store, passwordFile });
      },
      code: 'STORE_PASSWORD_FILE_UNSAFE',
    },
  ];

  for (const example of cases) {
    it(`refuses ${example.name} in Dutch; nothing opens`, async () => {
      const dir = tempDir();
      example.write(dir, store);
      const { core: refused } = makeCore(dir);
      cores.push(refused);
      const seen = await status(refused);
      expect(seen).toMatchObject({ state: 'no-connection', problem: example.code, server: true });
      expect(await codeOf(refused, 'session:login', { username: 'beheer', password: BEHEERDER.password })).toBe(
        example.code,
      );
      expect(refused.workspace.isOpen()).toBe(false);
      expect(readdirSync(dir).some((name) => name.endsWith('.db'))).toBe(false);
      const message = cliTranslator('nl')(`common:errors.${example.code}`, { field: 'x' });
      expect(message).not.toMatch(/errors\./);
    });
  }

  it('without store.json the SQLCipher file is used, as before', async () => {
    const dir = tempDir();
    const { core: local } = makeCore(dir);
    cores.push(local);
    expect(await status(local)).toMatchObject({ state: 'no-database', server: false });
    const proposal = await call<SetupProposal>(local, 'vault:prepare-setup');
    expect(proposal.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
  });
});

describe('cter on PostgreSQL (store.json in the data folder)', () => {
  it('init makes the first beheerder; account commands work; file-only commands refuse in Dutch', async () => {
    const cliStore = await freshStore();
    const dir = tempDir();
    writeStoreFile(dir, cliStore);
    const init = cliIo();
    expect(await runCli(['init', '--data', dir, '--user', 'beheer', '--name', 'Bea Beheer'], init.io)).toBe(0);
    expect(init.out.join('\n')).toMatch(/Eerste beheerder beheer aangemaakt in de PostgreSQL-database/);
    expect(init.out.join('\n')).not.toMatch(/Herstelsleutel/);
    expect(existsSync(join(dir, 'cter-werkplaats.db'))).toBe(false);

    const create = cliIo();
    expect(
      await runCli(
        ['create-account', '--data', dir, '--user', 'beheer', '--account', 'nina', '--roles', 'notulist'],
        create.io,
      ),
    ).toBe(0);
    const temporary = /Tijdelijk wachtwoord: (\S+)/.exec(create.out.join('\n'))?.[1];
    expect(temporary).toBeTruthy();

    const list = cliIo();
    expect(await runCli(['accounts', '--data', dir, '--user', 'beheer'], list.io)).toBe(0);
    expect(list.out.join('\n')).toMatch(/nina\tnina\tnotulist/);

    const reset = cliIo();
    expect(await runCli(['reset-account', '--data', dir, '--user', 'beheer', '--account', 'nina'], reset.io)).toBe(0);
    expect(reset.out.join('\n')).toMatch(/Tijdelijk wachtwoord voor nina: /);

    const verify = cliIo();
    // --db in the data folder: the same store.json decides.
    expect(await runCli(['audit-verify', '--db', join(dir, 'cter-werkplaats.db'), '--user', 'beheer'], verify.io)).toBe(
      0,
    );
    expect(verify.out.join('\n')).toMatch(/De auditlog is intact/);

    const rekey = cliIo();
    expect(await runCli(['rekey', '--data', dir, '--user', 'beheer'], rekey.io)).toBe(1);
    expect(rekey.err.join('\n')).toMatch(/heeft geen sleutel die de applicatie kan wisselen/);

    const recovery = cliIo({ CTER_RECOVERY_KEY: 'x' });
    expect(await runCli(['reset-password', '--data', dir, '--user', 'nina'], recovery.io)).toBe(1);
    expect(recovery.err.join('\n')).toMatch(/heeft geen herstelsleutel/);

    const wrong = cliIo({ CTER_PASSWORD: 'niet goed' });
    expect(await runCli(['accounts', '--data', dir, '--user', 'beheer'], wrong.io)).toBe(1);
  });

  it('a store.json that is not right: refused in Dutch before a password is asked', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'store.json'), '{}', { mode: 0o600 });
    const run = cliIo({ CTER_PASSWORD: '' });
    expect(await runCli(['audit-verify', '--data', dir, '--user', 'beheer'], run.io)).toBe(1);
    expect(run.err.join('\n')).toMatch(/De verbinding met de PostgreSQL-database is niet goed ingesteld/);
  });
});
