// First run: the set-up wizard creates the database, its key file with a slot for the first
// beheerder and one for the recovery key, and logs the beheerder in. The recovery key is made
// when the wizard starts, shown once, and must be confirmed (two groups typed back) before
// anything is written. The demo environment is a separate database with fictitious data.
// On a PostgreSQL store (store.json) "no database" means a database without accounts: set-up
// creates the first beheerder with a password verifier; there is no key, so no recovery key, no
// folder to choose and no demo environment.
import type { AdminPolicy } from '../../../src-shared/domain/admin-policy';
import { randomInt, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { SessionUser, SetupProposal } from '../../../src-shared/ipc/session';
import type { setupInput } from '../../../src-shared/ipc/session';
import { AppError } from '../../../src-shared/ipc/errors';
import type { z } from 'zod';
import { insertAccount, toSessionUser } from '../accounts/account-service';
import { SettingEntity } from '../db/entities/setting';
import { AccountEntity, type Account } from '../db/entities/account';
import type { PostgresStore } from '../db/store';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo, type DemoServices } from '../demo/seed';
import type { PreferencesStore } from '../app/preferences';
import { generateRecoveryKey, recoveryGroup, RECOVERY_GROUPS } from '../vault/recovery-key';
import { Vault } from '../vault/vault';
import type { Workspace } from '../workspace';
import type { SessionService } from './session-service';

export const DATABASE_FILE = 'cter-werkplaats.db';
export const DEMO_DATABASE_FILE = 'cter-werkplaats-demo.db';

function normaliseGroup(text: string): string {
  return text.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

export class SetupService {
  private proposal: (SetupProposal & { recoveryKey: string }) | null = null;
  private chosenFolder: string | null = null;

  constructor(
    private readonly ws: Workspace,
    private readonly sessions: SessionService,
    private readonly preferences: PreferencesStore,
    private readonly dataDir: string,
    private readonly services: DemoServices,
    /** The administrator's policy: the demo may be switched off, the data folder fixed. */
    private readonly admin: AdminPolicy = {},
  ) {}

  /** Fills the open (demo) database with the fictitious dataset; refuses a real database. */
  seed(persons?: number) {
    return seedDemo(this.ws, this.services, persons);
  }

  /** Refuses unless the store has no database (no file; on PostgreSQL: no account) yet. */
  private async assertFirstRun(): Promise<void> {
    await this.ws.probeStore({ fresh: true });
    if (this.ws.status().state !== 'no-database') throw new AppError('SETUP_NOT_ALLOWED');
  }

  async propose(): Promise<SetupProposal> {
    await this.assertFirstRun();
    if (this.ws.storeConfig()) return { recoveryKey: null, confirmGroups: [1, 2], defaultFolder: this.dataDir };
    if (!this.proposal) {
      const first = randomInt(1, RECOVERY_GROUPS + 1);
      let second = randomInt(1, RECOVERY_GROUPS);
      if (second >= first) second++;
      this.proposal = {
        recoveryKey: generateRecoveryKey().text,
        confirmGroups: [Math.min(first, second), Math.max(first, second)],
        defaultFolder: this.dataDir,
      };
    }
    return this.proposal;
  }

  /** The recovery key while the wizard shows it (for printing); null otherwise. */
  pendingRecoveryKey(): string | null {
    return this.proposal?.recoveryKey ?? null;
  }

  async chooseFolder(): Promise<string | null> {
    await this.assertFirstRun();
    if (this.ws.storeConfig()) throw new AppError('SETUP_NOT_ALLOWED');
    // The administrator fixed the data folder: no dialog for a folder that would be refused.
    if (this.admin.dataFolder !== undefined) throw new AppError('MANAGED_BY_POLICY');
    const folder = await this.ws.platform.files.chooseFolder();
    if (folder) this.chosenFolder = folder;
    return folder;
  }

  async setup(input: z.output<typeof setupInput>): Promise<SessionUser> {
    await this.assertFirstRun();
    const store = this.ws.storeConfig();
    if (store) {
      if (input.folder !== null)
        throw new AppError('INVALID_INPUT', undefined, { folder: { key: 'validation.invalid' } });
      this.ws.passwords.assertAcceptable(input.password, [input.username, input.displayName]);
      return (await this.createOnServer(store, input)).user;
    }
    const proposal = this.proposal;
    if (!proposal) throw new AppError('SETUP_NOT_ALLOWED');
    // A data folder the administrator fixed is where the database goes.
    if (input.folder !== null && this.admin.dataFolder !== undefined) throw new AppError('MANAGED_BY_POLICY');
    // Only a folder the user picked in the dialog is accepted.
    if (input.folder !== null && (input.folder !== this.chosenFolder || !isAbsolute(input.folder))) {
      throw new AppError('INVALID_INPUT', undefined, { folder: { key: 'validation.invalid' } });
    }
    const typed = input.confirm.map(normaliseGroup);
    const expected = proposal.confirmGroups.map((n) => recoveryGroup(proposal.recoveryKey, n));
    if (typed[0] !== expected[0] || typed[1] !== expected[1]) {
      throw new AppError('SETUP_CONFIRMATION_WRONG', undefined, {
        ...(typed[0] !== expected[0] ? { 'confirm.0': { key: 'validation.groupMismatch' } } : {}),
        ...(typed[1] !== expected[1] ? { 'confirm.1': { key: 'validation.groupMismatch' } } : {}),
      });
    }
    this.ws.passwords.assertAcceptable(input.password, [input.username, input.displayName]);
    // Without a chosen folder: where the status looked (the settings' file, or the CLI's --db).
    const path = input.folder ? join(input.folder, DATABASE_FILE) : this.ws.databasePath();
    const created = await this.createDatabase(path, {
      demo: false,
      username: input.username,
      password: input.password,
      displayName: input.displayName,
      recoveryKey: proposal.recoveryKey,
    });
    if (input.folder) this.preferences.setDatabasePath(path);
    this.proposal = null;
    return created.user;
  }

  /** Creates (or reopens) the demo database and makes it the active one; the user then logs in. */
  async setupDemo(): Promise<{ accounts: { username: string; roles: SessionUser['roles'] }[]; password: string }> {
    await this.assertFirstRun();
    if (this.ws.storeConfig()) throw new AppError('SETUP_NOT_ALLOWED');
    if (this.admin.offerDemo === false) throw new AppError('MANAGED_BY_POLICY');
    const path = join(this.dataDir, 'demo', DEMO_DATABASE_FILE);
    if (!existsSync(path)) {
      const first = DEMO_ACCOUNTS[0]!;
      await this.createDatabase(path, {
        demo: true,
        username: first.username,
        password: DEMO_PASSWORD,
        displayName: first.displayName,
      });
      await this.seed();
      await this.sessions.end('logout', { announce: false });
    }
    this.preferences.setDatabasePath(path);
    return { accounts: DEMO_ACCOUNTS.map(({ username, roles }) => ({ username, roles })), password: DEMO_PASSWORD };
  }

  /** Leaves the demo environment: the default database location becomes active again. */
  leaveDemo(): void {
    const status = this.ws.status();
    if (!status.demo || status.state === 'unlocked') throw new AppError('SETUP_NOT_ALLOWED');
    this.preferences.clearDatabasePath();
  }

  /**
   * Creates a database at `path` with its key file, the first beheerder and the recovery key
   * (the proposed one, or a new one), and opens a session for that beheerder. Refuses to touch
   * an existing file.
   */
  async createDatabase(
    path: string,
    account: { demo: boolean; username: string; password: string; displayName: string; recoveryKey?: string },
  ): Promise<{ user: SessionUser; recoveryKey: string }> {
    const ws = this.ws;
    const { demo, username, password, recoveryKey } = account;
    // A data folder that names a PostgreSQL store gets no database file beside it.
    if (ws.storeConfig()) throw new AppError('SETUP_NOT_ALLOWED');
    const vault = new Vault(path);
    if (existsSync(path) || existsSync(vault.keyFile)) throw new AppError('DATABASE_EXISTS');
    // On a first run the data folder (or its demo/ subfolder) may not exist yet; the key file is
    // written before the database, so the folder must be there first.
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const made = await vault.create({ username, password, demo, ...(recoveryKey ? { recoveryKey } : {}) });
    try {
      await ws.open(path, made.databaseKey, 'create');
    } catch (error) {
      // Nothing half-made stays behind: the next attempt starts clean.
      rmSync(vault.keyFile, { force: true });
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      throw error;
    } finally {
      made.databaseKey.fill(0);
    }
    const first = await ws.transaction(async (manager, audit) => {
      await manager.save(SettingEntity, {
        key: 'database',
        value: JSON.stringify({ id: made.databaseId, createdAt: ws.clock.now().toISOString(), demo }),
      });
      const created = await insertAccount(manager, ws.clock.now(), {
        username,
        displayName: account.displayName,
        roles: ['beheerder'],
        keySlotId: made.slotId,
        mustChangePassword: false,
      });
      // Setting up logs the beheerder in: that is their first login.
      await manager.update(AccountEntity, { id: created.id }, { lastLoginAt: ws.clock.now().toISOString() });
      await audit.append(manager, {
        actorId: created.id,
        actorName: created.username,
        action: demo ? 'vault:setup-demo' : 'vault:setup',
        kind: 'session',
        result: 'ok',
      });
      return created;
    });
    const user = toSessionUser(first);
    ws.startSession(user, made.slotId);
    return { user, recoveryKey: made.recoveryKey };
  }

  /**
   * On an empty PostgreSQL store: the first beheerder, with a password verifier, logged in. Two
   * workstations setting up at once take turns on the account table; the second is refused.
   */
  async createOnServer(
    store: PostgresStore,
    account: { username: string; password: string; displayName: string },
  ): Promise<{ user: SessionUser }> {
    const ws = this.ws;
    const secret = await ws.credentials().issue(account.username, account.password);
    await ws.openServer(store);
    let first: Account;
    try {
      first = await ws.transaction(async (manager, audit) => {
        await manager.query('LOCK TABLE account IN EXCLUSIVE MODE');
        if ((await manager.count(AccountEntity)) > 0) throw new AppError('SETUP_NOT_ALLOWED');
        await manager.save(SettingEntity, {
          key: 'database',
          value: JSON.stringify({ id: randomUUID(), createdAt: ws.clock.now().toISOString(), demo: false }),
        });
        const created = await insertAccount(manager, ws.clock.now(), {
          username: account.username,
          displayName: account.displayName,
          roles: ['beheerder'],
          ...secret.fields,
          mustChangePassword: false,
        });
        const stamp = ws.clock.now().toISOString();
        await manager.update(AccountEntity, { id: created.id }, { lastLoginAt: stamp });
        await audit.append(manager, {
          actorId: created.id,
          actorName: created.username,
          action: 'vault:setup',
          kind: 'session',
          result: 'ok',
        });
        return { ...created, lastLoginAt: stamp };
      });
    } catch (error) {
      await ws.closeUnused();
      throw error;
    }
    const user = toSessionUser(first);
    ws.startSession(user, null);
    return { user };
  }
}
