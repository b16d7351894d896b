// Many sessions in one core (issue 18): the core of a CTER server on PostgreSQL logs clients in
// (`core.server.login`: a token) and runs each call AS the session its token names
// (`core.dispatchAs`). Two sessions of different roles and regions work in one core at once and
// need-to-know holds per session; the tokens are refused when forged, idle, past their absolute
// expiry, after logout and lock, after deactivation and a password reset, after the account changed
// its own password elsewhere (the changing session stays), and after a restore of a dump made while
// they were open; every audit entry of a session names it and its workstation; the installation's
// own session is never touched; a kiosk holds across calls; and two cores on one database share the
// sessions.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPostgres, restorePostgres } from '../../src-main/core/backup/pg-backup';
import type { Core } from '../../src-main/core/core';
import { backupStore, type PostgresStore } from '../../src-main/core/db/store';
import { sql } from '../../src-main/core/db/sql';
import { SESSION_HOURS, type ServerLogin } from '../../src-main/core/server/server-sessions';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Result } from '../../src-shared/ipc/errors';
import { addAccount, BEHEERDER, call, makeCore, rawSql, tempDir, withDatabase } from './helpers';
import { createTestDatabase, dropTestDatabase, withBackupRole } from '../support/postgres-database';
import { SMALL_TEMPLATE } from './evaluation-helpers';

let store: PostgresStore;
let made: ReturnType<typeof makeCore>;
let core: Core;
let other: Core;
let noord: { id: number; username: string; password: string };
let midden: { id: number; username: string; password: string };
const gemeente: Record<number, number> = {};

beforeAll(async () => {
  store = await createTestDatabase();
  made = makeCore(tempDir(), { store });
  core = made.core;
  await withDatabase(core);
  noord = await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [1] });
  midden = await addAccount(core, { username: 'midden', roles: ['gemeentelijk_expert'], regionIds: [2] });
  for (const row of await rawSql<{ id: number; region_id: number }>(
    core,
    sql`SELECT min(id) AS id, region_id FROM gemeente WHERE region_id IN (1, 2) GROUP BY region_id`,
  )) {
    gemeente[row.region_id] = row.id;
  }
  // The server has no session of its own: the set-up's desktop session ends (the store closes).
  await call(core, 'session:logout');
  // A second server process on the same database (the same clock: one machine's time).
  other = makeCore(tempDir(), { store, clock: made.clock }).core;
});

/** Databases a test restored a dump into, and the cores on them: closed and dropped at the end. */
const restored: { store: PostgresStore; core: Core }[] = [];

afterAll(async () => {
  await core.close();
  await other.close();
  await dropTestDatabase(store);
  for (const made of restored) {
    await made.core.close();
    await dropTestDatabase(made.store);
  }
});

async function login(
  account: { username: string; password: string },
  workstation = `Werkplek ${account.username}`,
  on = core,
): Promise<ServerLogin> {
  const result = await on.server.login({ username: account.username, password: account.password, workstation });
  if (!result.ok) throw new Error(`login ${account.username}: ${result.error.code}`);
  return result.value;
}

/** dispatchAs that throws on failure. */
async function as<T>(session: ServerLogin, channel: string, input: unknown = {}, on = core): Promise<T> {
  const result = await on.dispatchAs(session.token, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

const codeAs = async (token: unknown, channel: string, input: unknown = {}, on = core) => {
  const result: Result<unknown> = await on.dispatchAs(token, channel, input);
  return result.ok ? 'ok' : result.error.code;
};

function registerIn(regionId: number, naam: string) {
  return {
    person: { nieuw: { naam, roepnaam: 'Sam', geboortedatum: '2008-03-01', gemeenteId: gemeente[regionId] } },
    signal: {
      melderPartner: 'onderwijs',
      ontvangen: '2026-10-01',
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'rechts_extremistisch',
      ernst: 'matig',
      bron: 'omgeving',
    },
  };
}

const searchIds = async (session: ServerLogin, on = core) =>
  (await as<{ rows: { caseId: number }[] }>(session, 'search:query', {}, on)).rows.map((row) => row.caseId).sort();

async function sessionRow(id: string) {
  const [row] = await rawSql<{ end_reason: string | null; workstation: string; token_hash: string }>(
    core,
    sql`SELECT end_reason, workstation, token_hash FROM server_session WHERE id = ${id}`,
  );
  return row!;
}

describe('many sessions in one core', () => {
  it('serves two sessions of different roles and regions at once; need-to-know holds per session', async () => {
    const [a, b] = await Promise.all([login(noord), login(midden)]);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.user).toMatchObject({ username: 'noord', roles: ['procesregisseur'] });
    // The token is stored only as its hash.
    const row = await sessionRow(a.sessionId);
    expect(row.workstation).toBe('Werkplek noord');
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await rawSql(core, sql`SELECT * FROM server_session`))).not.toContain(a.token);

    // Interleaved: each registers a casus in its own region, at the same time.
    const [inNoord, inMidden] = await Promise.all([
      as<RegisteredSignal>(a, 'signals:register', registerIn(1, 'Noord Persoon (fictief)')),
      as<RegisteredSignal>(b, 'signals:register', registerIn(2, 'Midden Persoon (fictief)')),
    ]);
    const [seenByA, seenByB, aOpensB, bOpensA, aOpensOwn] = await Promise.all([
      searchIds(a),
      searchIds(b),
      codeAs(a.token, 'cases:get', { id: inMidden.caseId }),
      codeAs(b.token, 'cases:get', { id: inNoord.caseId }),
      codeAs(a.token, 'cases:get', { id: inNoord.caseId }),
    ]);
    expect(seenByA).toEqual([inNoord.caseId]);
    expect(seenByB).toEqual([inMidden.caseId]);
    expect(aOpensB).toBe('NOT_FOUND');
    expect(bOpensA).toBe('NOT_FOUND');
    expect(aOpensOwn).toBe('ok');
    // Roles per session too: a beheerder's session lists accounts, the others may not.
    const beheer = await login(BEHEERDER, 'Beheerpost');
    const [listed, refused] = await Promise.all([
      as<unknown[]>(beheer, 'accounts:list'),
      codeAs(a.token, 'accounts:list'),
    ]);
    expect(listed).toHaveLength(3);
    expect(refused).toBe('FORBIDDEN');
    // None of it touched the installation's own session.
    expect(core.workspace.current()).toBeNull();
    expect(core.workspace.sessionState.lockedUser).toBeNull();
  });

  it('names the session and the workstation in every audit entry a session writes; the chain verifies', async () => {
    const a = await login(noord, 'Werkplek 7');
    await as(a, 'signals:register', registerIn(1, 'Audit Persoon (fictief)'));
    expect(await codeAs(a.token, 'retention:due')).toBe('FORBIDDEN');
    await as(a, 'session:logout');
    const rows = await rawSql<{ action: string; result: string; details: string | null }>(
      core,
      sql`SELECT action, result, details FROM audit_entry WHERE details LIKE ${`%${a.sessionId}%`} ORDER BY id`,
    );
    expect(rows.map((row) => `${row.action} ${row.result}`)).toEqual([
      'session:login ok',
      'signals:register ok',
      'retention:due FORBIDDEN',
      'session:logout ok',
    ]);
    for (const row of rows) {
      expect(JSON.parse(row.details!)).toMatchObject({ sessie: a.sessionId, werkplek: 'Werkplek 7' });
      expect(row.details).not.toContain(a.token);
    }
    // A failed log-in has no session yet, but names the workstation.
    const wrong = await core.server.login({
      username: 'noord',
      password: 'niet het wachtwoord',
      workstation: 'Werkplek 8',
    });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('WRONG_CREDENTIALS');
    const [failed] = await rawSql<{ details: string }>(
      core,
      sql`SELECT details FROM audit_entry WHERE action = 'session:login' AND result = 'WRONG_CREDENTIALS' ORDER BY id DESC`,
    );
    expect(JSON.parse(failed!.details)).toEqual({ werkplek: 'Werkplek 8' });
    made.clock.advance(2_000); // past the throttle's wait after one failure
    const beheer = await login(BEHEERDER);
    expect(await as(beheer, 'audit:verify')).toMatchObject({ ok: true });
  });

  it('refuses a forged or malformed token, a bad workstation name, and the installation channels', async () => {
    expect(await codeAs(randomBytes(32).toString('base64url'), 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect(await codeAs('kort', 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect(await codeAs(undefined, 'lists:get')).toBe('NOT_AUTHENTICATED');
    for (const workstation of ['', 'x'.repeat(65), 'Werkplek\n2', '<script>']) {
      const result = await core.server.login({ username: noord.username, password: noord.password, workstation });
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
    }
    const a = await login(noord);
    // Log-in, set-up and the like are the workstation's; on the server they are refused.
    expect(await codeAs(a.token, 'session:login', { username: 'midden', password: midden.password })).toBe(
      'NOT_ON_SERVER',
    );
    expect(await codeAs(a.token, 'vault:status')).toBe('NOT_ON_SERVER');
    expect(await codeAs(a.token, 'vault:reset-password', {})).toBe('NOT_ON_SERVER');
    expect(await codeAs(a.token, 'geen:kanaal')).toBe('UNKNOWN_CHANNEL');
    expect(core.workspace.current()).toBeNull();
    expect(await codeAs(a.token, 'lists:get')).toBe('ok');
  });

  it('locks an idle session (the policy’s minutes) and ends every session after SESSION_HOURS', async () => {
    const idle = await login(noord);
    const busy = await login(midden);
    made.clock.advance(9 * 60_000);
    expect(await codeAs(busy.token, 'session:activity')).toBe('ok');
    made.clock.advance(60_000);
    // Ten minutes without a call: locked; the busy one called a minute ago.
    expect(await codeAs(idle.token, 'lists:get')).toBe('SESSION_EXPIRED');
    expect(await codeAs(idle.token, 'lists:get')).toBe('SESSION_EXPIRED');
    expect(await codeAs(busy.token, 'lists:get')).toBe('ok');
    expect((await sessionRow(idle.sessionId)).end_reason).toBe('idle');
    const [locked] = await rawSql<{ action: string; details: string }>(
      core,
      sql`SELECT action, details FROM audit_entry WHERE details LIKE ${`%${idle.sessionId}%`} ORDER BY id DESC`,
    );
    expect(locked!.action).toBe('session:lock');
    expect(JSON.parse(locked!.details)).toMatchObject({ reden: 'inactiviteit', sessie: idle.sessionId });

    // The longest idle time the policy allows, and a session that stays busy: it still ends.
    const beheer = await login(BEHEERDER);
    await as(beheer, 'policy:update', { idleMinutes: 60, retentionYears: 5 });
    const long = await login(noord);
    let minutes = 0;
    let code = 'ok';
    while (code === 'ok') {
      made.clock.advance(55 * 60_000);
      minutes += 55;
      code = await codeAs(long.token, 'session:activity');
    }
    expect(code).toBe('SESSION_EXPIRED');
    expect(minutes).toBeGreaterThanOrEqual(SESSION_HOURS * 60);
    expect(minutes - 55).toBeLessThan(SESSION_HOURS * 60);
    expect((await sessionRow(long.sessionId)).end_reason).toBe('expired');
    const renewed = await login(BEHEERDER);
    await as(renewed, 'policy:update', { idleMinutes: 10, retentionYears: 5 });
  });

  it('ends a session at logout and lock; the store stays open for the others', async () => {
    const a = await login(noord);
    const b = await login(midden);
    const c = await login(midden, 'Tweede werkplek');
    expect(await as(a, 'session:logout')).toEqual({});
    expect(await codeAs(a.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect(core.workspace.isOpen()).toBe(true);
    expect(await codeAs(b.token, 'lists:get')).toBe('ok');
    await as(b, 'session:lock');
    expect(await codeAs(b.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect((await sessionRow(b.sessionId)).end_reason).toBe('lock');
    // The same account at another workstation is a session of its own.
    expect(await codeAs(c.token, 'lists:get')).toBe('ok');
    expect(core.workspace.sessionState.lockedUser).toBeNull();
  });

  it('ends every session of an account that is deactivated or whose password a beheerder resets', async () => {
    const beheer = await login(BEHEERDER);
    const one = await login(midden, 'Werkplek 1');
    const two = await login(midden, 'Werkplek 2');
    const a = await login(noord);
    await as(beheer, 'accounts:reset-password', {
      id: noord.id,
      temporaryPassword: 'tijdelijk wachtwoord voor noord 2026',
    });
    expect(await codeAs(a.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect((await sessionRow(a.sessionId)).end_reason).toBe('password-reset');
    expect(await codeAs(one.token, 'lists:get')).toBe('ok');

    await as(beheer, 'accounts:deactivate', { id: midden.id });
    expect(await codeAs(one.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect(await codeAs(two.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect((await sessionRow(two.sessionId)).end_reason).toBe('deactivated');
    const again = await core.server.login({
      username: midden.username,
      password: midden.password,
      workstation: 'Werkplek 1',
    });
    expect(again.ok ? 'ok' : again.error.code).toBe('WRONG_CREDENTIALS');
    // Back for the next tests, with new passwords (a reset reactivates).
    midden.password = 'een nieuw wachtwoord voor de kiosk 2026';
    noord.password = 'nog een nieuw wachtwoord voor het noorden';
    await as(beheer, 'accounts:reset-password', { id: midden.id, temporaryPassword: midden.password });
    await as(beheer, 'accounts:reset-password', { id: noord.id, temporaryPassword: noord.password });
    // A reset password must be changed first, also on the server.
    const first = await login(noord);
    expect(await codeAs(first.token, 'lists:get')).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('keeps a kiosk across calls and across cores until it is left with the password', async () => {
    await rawSql(core, sql`UPDATE account SET must_change_password = ${false}`);
    const a = await login(noord);
    const template = await as<{ template: { id: number } }>(a, 'evaluations:save-template', {
      template: SMALL_TEMPLATE,
    });
    const round = await as<{ id: number }>(a, 'evaluations:save-round', {
      titel: 'Evaluatie najaar (fictief)',
      templateId: template.template.id,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      anonymity: 'anoniem-dag',
      targetGroups: [{ partner: 'gemeente', invited: 10 }],
    });
    await as(a, 'evaluations:set-round-status', { id: round.id, status: 'open' });
    await as(a, 'evaluations:kiosk-start', { roundId: round.id });
    expect(await codeAs(a.token, 'search:query')).toBe('KIOSK_ACTIVE');
    expect(await codeAs(a.token, 'search:query', {}, other)).toBe('KIOSK_ACTIVE');
    expect(await codeAs(a.token, 'evaluations:kiosk-exit', { password: 'niet het wachtwoord' })).toBe(
      'WRONG_CREDENTIALS',
    );
    expect(await codeAs(a.token, 'search:query')).toBe('KIOSK_ACTIVE');
    made.clock.advance(2_000);
    expect(await as(a, 'evaluations:kiosk-exit', { password: noord.password })).toEqual({ submitted: 0 });
    expect(await codeAs(a.token, 'search:query')).toBe('ok');
    // Another session of the same account was never in the kiosk.
    expect(core.workspace.current()).toBeNull();
  });

  it('shares the sessions between two cores on one database (no state in the process)', async () => {
    const a = await login(noord, 'Werkplek A');
    const b = await login(midden, 'Werkplek B', other);
    expect(await searchIds(a, other)).toEqual(await searchIds(a));
    expect(await codeAs(b.token, 'lists:get')).toBe('ok');
    // A logout at one process counts at the other.
    await as(a, 'session:logout', {}, other);
    expect(await codeAs(a.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
    // Idle time is the database's: activity seen by one process keeps the session alive at the other.
    made.clock.advance(9 * 60_000);
    expect(await codeAs(b.token, 'session:activity', {}, other)).toBe('ok');
    made.clock.advance(9 * 60_000);
    expect(await codeAs(b.token, 'lists:get')).toBe('ok');
    made.clock.advance(10 * 60_000);
    expect(await codeAs(b.token, 'lists:get', {}, other)).toBe('SESSION_EXPIRED');
    expect(other.workspace.current()).toBeNull();
  });

  it('ends the other sessions of an account that changes its own password; the changing one stays', async () => {
    const here = await login(noord, 'Werkplek hier');
    const there = await login(noord, 'Werkplek daar');
    const elsewhere = await login(noord, 'Werkplek elders', other);
    const colleague = await login(midden);
    const password = 'een eigen nieuw wachtwoord voor het noorden';
    await as(here, 'session:change-password', {
      currentPassword: noord.password,
      password,
      passwordRepeat: password,
    });
    noord.password = password;
    expect(await codeAs(here.token, 'lists:get')).toBe('ok');
    expect(await codeAs(there.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect(await codeAs(elsewhere.token, 'lists:get', {}, other)).toBe('NOT_AUTHENTICATED');
    expect(await codeAs(colleague.token, 'lists:get')).toBe('ok');
    expect((await sessionRow(here.sessionId)).end_reason).toBeNull();
    expect((await sessionRow(there.sessionId)).end_reason).toBe('password-change');
    expect((await sessionRow(elsewhere.sessionId)).end_reason).toBe('password-change');
    // Audited as the change, in the session that made it.
    const [changed] = await rawSql<{ result: string; details: string }>(
      core,
      sql`SELECT result, details FROM audit_entry WHERE action = 'session:change-password' ORDER BY id DESC`,
    );
    expect(changed!.result).toBe('ok');
    expect(JSON.parse(changed!.details)).toMatchObject({ sessie: here.sessionId, werkplek: 'Werkplek hier' });

    // Changed at a workstation's own session (team store, no server session): every one ends.
    const again = await login(noord, 'Werkplek daar');
    await call(other, 'session:login', { username: noord.username, password: noord.password });
    const mine = 'en nog een eigen wachtwoord voor het noorden';
    await call(other, 'session:change-password', {
      currentPassword: noord.password,
      password: mine,
      passwordRepeat: mine,
    });
    noord.password = mine;
    await call(other, 'session:logout');
    expect(await codeAs(here.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect(await codeAs(again.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect((await sessionRow(again.sessionId)).end_reason).toBe('password-change');
    expect(await codeAs(colleague.token, 'lists:get')).toBe('ok');
  });
});

describe('a restored dump', () => {
  it('ends every session it brings along: a token issued before the backup is refused after the restore', async () => {
    const before = await login(midden, 'Werkplek voor de back-up');
    const loggedOut = await login(noord, 'Werkplek afgemeld');
    await as(loggedOut, 'session:logout');
    expect(await codeAs(before.token, 'lists:get')).toBe('ok');
    const [open] = await rawSql<{ n: number | string }>(
      core,
      sql`SELECT count(*) AS n FROM server_session WHERE ended_at IS NULL`,
    );
    const dump = join(tempDir(), 'cter.dump');
    await backupPostgres(backupStore(withBackupRole(store)), dump);

    // The DBA's restore: an empty database, the dump restored into it by a beheerder of the dump.
    const target = await createTestDatabase();
    const after = makeCore(tempDir(), { store: target, clock: made.clock }).core;
    restored.push({ store: target, core: after });
    made.clock.advance(60_000);
    await restorePostgres(target, dump, {
      username: BEHEERDER.username,
      passwordMatches: () => true,
      clock: made.clock,
    });

    expect(await codeAs(before.token, 'lists:get', {}, after)).toBe('NOT_AUTHENTICATED');
    // Ended, not deleted: the audit entries of the dump name these sessions.
    const rows = await rawSql<{ id: string; end_reason: string | null; ended_at: number | string | null }>(
      after,
      sql`SELECT id, end_reason, ended_at FROM server_session`,
    );
    expect(rows.filter((row) => row.ended_at === null)).toEqual([]);
    const reason = (id: string) => rows.find((row) => row.id === id)?.end_reason;
    expect(reason(before.sessionId)).toBe('restore');
    expect(reason(loggedOut.sessionId)).toBe('logout');
    expect(rows.filter((row) => row.end_reason === 'restore')).toHaveLength(Number(open!.n));
    const [entry] = await rawSql<{ details: string }>(
      after,
      sql`SELECT details FROM audit_entry WHERE action = 'backup:restore' ORDER BY id DESC`,
    );
    expect(JSON.parse(entry!.details)).toMatchObject({ backup: 'cter.dump', sessiesBeeindigd: Number(open!.n) });

    // A new log-in on the restored database works; the old database's session was not touched.
    const fresh = await login(midden, 'Werkplek na herstel', after);
    expect(await codeAs(fresh.token, 'lists:get', {}, after)).toBe('ok');
    expect(await codeAs(before.token, 'lists:get')).toBe('ok');
    const beheer = await login(BEHEERDER, 'Beheerpost', after);
    expect(await as(beheer, 'audit:verify', {}, after)).toMatchObject({ ok: true });
  });
});
