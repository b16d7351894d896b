// The Chromium harness's test control of core (src-main/core-host/control.ts): what the specs do
// to core besides the page's bridge calls, as named operations. On the `sqlcipher` and `postgres`
// projects core runs in its worker thread (as in the app) and these handlers run there, loaded
// because the fixture starts the host with this module; on `server` they run on the CTER server's
// core in the test's process. Inputs and values are structured-clone data: they cross a thread.
import { insertAccount } from '../../../src-main/core/accounts/account-service';
import { revealReasons } from '../../../src-main/core/audit/shred';
import type { Core } from '../../../src-main/core/core';
import { render, sql } from '../../../src-main/core/db/sql';
import type { ControlHandlers } from '../../../src-main/core-host/control';
import type { Role } from '../../../src-shared/domain/roles';

export interface ControlAccount {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  regionIds: number[];
}

/** A query as it crosses: the text around the values and the values (no nested fragments). */
export interface CrossingSql {
  strings: string[];
  values: unknown[];
}

export const controls = {
  /** Answers once the worker has loaded core (the harness's timing awaits it: timing.ts). */
  ready: () => true,
  /**
   * Many calls on one channel as the logged-in account, one after the other, each exactly as the
   * page's bridge makes it (`core.dispatch`: validation, permission, its own transaction and audit
   * entry): only the crossing to core's thread per call is saved, for large test data (1,500
   * signals in casussen-zoeken.spec.ts). Stops at the first refusal and says which call it was.
   */
  async dispatchMany(core: Core, { channel, inputs }: { channel: string; inputs: unknown[] }): Promise<unknown[]> {
    const values: unknown[] = [];
    for (const [index, input] of inputs.entries()) {
      const result = await core.dispatch(channel, input);
      if (!result.ok)
        throw new Error(`${channel} (call ${index + 1} of ${inputs.length}) failed: ${result.error.code}`);
      values.push(result.value);
    }
    return values;
  },
  /** Ends whatever session core has, as the quit or an idle lock would (no page involved). */
  endSession: (core: Core) => core.sessions.end('logout'),
  /**
   * Adds an account with its own password, as a beheerder would, without a temporary password:
   * its secret from core's credentials (a key slot on the SQLCipher file, a password verifier on
   * PostgreSQL). Returns the account's id.
   */
  async addAccount(core: Core, account: ControlAccount): Promise<number> {
    const ws = core.workspace;
    const secret = await ws.credentials().issue(account.username, account.password);
    const created = await ws.transaction((manager) =>
      insertAccount(manager, ws.clock.now(), {
        username: account.username,
        displayName: account.displayName,
        roles: account.roles,
        regionIds: account.regionIds,
        ...secret.fields,
        mustChangePassword: false,
      }),
    );
    secret.commit();
    return created.id;
  },
  /** The open SQLCipher file's key (to open the file beside core, as a tool would). */
  databaseKey: (core: Core): Uint8Array => Uint8Array.from(core.workspace.requireOpen().key),
  /** Where the SQLCipher file is. */
  databasePath: (core: Core): string => core.workspace.databasePath(),
  /** Who is logged in. */
  sessionUser(core: Core): { id: number; username: string } {
    const { id, username } = core.workspace.requireSession().user;
    return { id, username };
  },
  /** Waits for the background integrity check started at the last log-in. */
  integritySettled: (core: Core) => core.workspace.integrity.settled(),
  /** Finishes a restore a power cut interrupted (what the next start does). */
  settleInterruptedRestore: (core: Core) => core.workspace.settleInterruptedRestore(),
  /** A query on the open store (either engine, db/sql.ts placeholders), past the router; its rows. */
  async sql(core: Core, statement: CrossingSql): Promise<Record<string, unknown>[]> {
    const { database } = core.workspace.requireOpen();
    const strings = Object.assign([...statement.strings], { raw: statement.strings });
    const { text, params } = render(
      sql(strings, ...statement.values),
      database.engine === 'postgres' ? 'postgres' : 'sqlite',
    );
    return (await database.source.query(text, params)) as Record<string, unknown>[];
  },
  /** Audit rows' reasons as typed (audit/shred.ts: sealed under their object's key). */
  revealReasons: <T extends { reason: string | null }>(core: Core, rows: T[]): Promise<T[]> =>
    revealReasons(core.workspace.requireOpen().database.source.manager, rows),
} satisfies ControlHandlers;

export type Controls = typeof controls;
