// The desktop in team mode (issue 18 item 4), main's side, against a real CTER server: `startServer`
// on loopback with a self-signed certificate, on a PostgreSQL test database. A workstation is made
// as Electron's main makes it (createWorkstation: the embedded core, the remote bridge after
// team:connect or with team.json); only Electron's IPC is left out. The wizard's probe and connect
// (the fingerprint as openssl prints it; a wrong one refused and nothing written), log-in, a real
// channel and logout over the wire, the token kept out of every file, the server going away and
// coming back, need-to-know across two workstations, and the pin: another certificate on the same
// host and port is refused before a request byte, and no other host or port is ever contacted.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/core/clock';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { sql } from '../../src-main/core/db/sql';
import { memoryLogger } from '../../src-main/core/logger';
import { readTeamFile, teamFilePath, writeTeamFile } from '../../src-main/core/team/team-file';
import { createWorkstation, type Workstation } from '../../src-main/electron/workstation';
import { startServer, type RunningServer } from '../../src-main/server/run';
import { createTeamClient, TeamConnectionError } from '../../src-main/team/client';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { VaultStatus } from '../../src-shared/ipc/session';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { addAccount, call, codeOf, makeCore, rawSql, RESOURCES_DIR, tempDir, withDatabase } from './helpers';
import {
  freePort,
  HOST,
  makeCertificate,
  opensslFingerprint,
  serverDataDir,
  type CertificateFiles,
} from './server-fixture';

let store: PostgresStore;
let admin: Core;
let serverDir: string;
let port: number;
let running: RunningServer | null = null;
let certificate: CertificateFiles;
let other: CertificateFiles;
let fingerprint: string;
let noord: { username: string; password: string };
let midden: { username: string; password: string };
const gemeente: Record<number, number> = {};
const workstations: Workstation[] = [];

const start = async () => {
  running = await startServer({
    dataDir: serverDir,
    resourcesDir: RESOURCES_DIR,
    appVersion: 'test',
    logger: memoryLogger(),
  });
};
const stop = async () => {
  await running?.stop();
  running = null;
};

/** A workstation as main makes it, on a fresh data folder (with team.json naming the server when asked). */
function workstation(options: { teamFile?: boolean; name?: string; dataDir?: string; events?: boolean } = {}) {
  const dataDir = options.dataDir ?? tempDir('cter-werkplek-');
  if (options.teamFile) writeTeamFile(dataDir, { host: HOST, port, fingerprint });
  const events: AppEvent[] = [];
  const made = createWorkstation({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    appVersion: 'test',
    logger: memoryLogger(),
    idleCheckMs: 0,
    team: {
      timeouts: { connectMs: 2_000 },
      workstation: options.name ?? 'Werkplek test',
      ...(options.events === false ? { events: false } : {}),
    },
  });
  made.onEvent((event) => events.push(event));
  workstations.push(made);
  return { ws: made, dataDir, events };
}

/** What the login screen sends: the name and the password, nothing else. */
const credentials = (account: { username: string; password: string }) => ({
  username: account.username,
  password: account.password,
});

const status = (ws: Workstation) => call<VaultStatus>(ws, 'vault:status');

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

const searchIds = async (ws: Workstation) =>
  (await call<{ rows: { caseId: number }[] }>(ws, 'search:query', {})).rows.map((row) => row.caseId).sort();

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

beforeAll(async () => {
  store = await createTestDatabase();
  admin = makeCore(tempDir(), { store, clock: systemClock }).core;
  await withDatabase(admin);
  noord = await addAccount(admin, { username: 'noord', roles: ['procesregisseur'], regionIds: [1] });
  midden = await addAccount(admin, { username: 'midden', roles: ['gemeentelijk_expert'], regionIds: [2] });
  for (const row of await rawSql<{ id: number; region_id: number }>(
    admin,
    sql`SELECT min(id) AS id, region_id FROM gemeente WHERE region_id IN (1, 2) GROUP BY region_id`,
  )) {
    gemeente[row.region_id] = row.id;
  }
  await call(admin, 'session:logout');
  // The desktop's logout closed the store; the tests read the server's rows through it.
  await admin.server.open();
  const tlsDir = tempDir('cter-tls-');
  certificate = makeCertificate(tlsDir);
  other = makeCertificate(tlsDir, 'other');
  fingerprint = opensslFingerprint(certificate.certificateFile);
  port = await freePort();
  serverDir = serverDataDir(store, port, certificate);
  await start();
});

afterAll(async () => {
  for (const ws of workstations) await ws.close().catch(() => {});
  await stop();
  await admin?.close();
  if (store) await dropTestDatabase(store);
});

describe('the wizard’s team:probe and team:connect', () => {
  it('shows the certificate’s fingerprint as openssl prints it; refuses what is no address or not reachable', async () => {
    const { ws } = workstation();
    expect(ws.remote()).toBeNull();
    expect(await status(ws)).toMatchObject({ state: 'no-database', team: null });
    expect(await call(ws, 'team:probe', { address: `https://${HOST}:${port}` })).toEqual({
      host: HOST,
      port,
      fingerprint,
    });
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(await codeOf(ws, 'team:probe', { address: 'http://cter.zvh.local' })).toBe('SERVER_ADDRESS_INVALID');
    expect(await codeOf(ws, 'team:probe', { address: `${HOST}:${await freePort()}` })).toBe('SERVER_UNREACHABLE');
    expect(await codeOf(ws, 'team:probe', { address: '' })).toBe('INVALID_INPUT');
  });

  it('refuses a wrong fingerprint and writes nothing; a right one writes team.json and switches to the server', async () => {
    // On a first run the data folder need not exist yet.
    const { ws, dataDir } = workstation({ dataDir: join(tempDir(), 'nog-niet-gemaakt') });
    const wrong = fingerprint.replace(/^../, fingerprint.startsWith('00') ? '01' : '00');
    expect(await codeOf(ws, 'team:connect', { address: `${HOST}:${port}`, fingerprint: wrong })).toBe(
      'FINGERPRINT_MISMATCH',
    );
    expect(await codeOf(ws, 'team:connect', { address: `${HOST}:${port}`, fingerprint: 'AB:CD' })).toBe(
      'FINGERPRINT_MISMATCH',
    );
    expect(existsSync(teamFilePath(dataDir))).toBe(false);
    expect(ws.remote()).toBeNull();

    // As the user may type it: lower case, no colons.
    const typed = fingerprint.replace(/:/g, '').toLowerCase();
    expect(await call(ws, 'team:connect', { address: `${HOST}:${port}`, fingerprint: typed })).toEqual({
      state: 'locked',
    });
    expect(readTeamFile(dataDir)).toEqual({ host: HOST, port, fingerprint });
    expect(statSync(teamFilePath(dataDir)).mode & 0o777).toBe(0o600);
    expect(ws.remote()).not.toBeNull();
    expect(await status(ws)).toMatchObject({
      state: 'locked',
      server: true,
      user: null,
      team: { host: HOST, port, connected: true },
    });
    // Set up now: the wizard's channels are closed.
    expect(await codeOf(ws, 'team:connect', { address: `${HOST}:${port}`, fingerprint })).toBe('SETUP_NOT_ALLOWED');
    expect(await codeOf(ws.core, 'team:connect', { address: `${HOST}:${port}`, fingerprint })).toBe(
      'SETUP_NOT_ALLOWED',
    );
  });

  it('is not there without a network client (the CLI, the server)', async () => {
    const { core } = makeCore(tempDir());
    try {
      expect(await codeOf(core, 'team:probe', { address: `${HOST}:${port}` })).toBe('SERVER_UNREACHABLE');
    } finally {
      await core.close();
    }
  });
});

describe('a workstation in team mode', () => {
  it('logs in, calls a real channel and logs out over the wire; the token is in no answer and no file', async () => {
    const { ws, dataDir } = workstation({ teamFile: true, name: 'Werkplek Noord' });
    const login = await ws.dispatch('session:login', credentials(noord));
    expect(login.ok).toBe(true);
    expect(Object.keys((login as { value: object }).value)).toEqual(['user']);
    expect(await status(ws)).toMatchObject({ state: 'unlocked', user: { username: 'noord' }, server: true });

    const registered = await call<RegisteredSignal>(ws, 'signals:register', registerIn(1, 'Noord Persoon (fictief)'));
    expect(await searchIds(ws)).toContain(registered.caseId);
    const [session] = await rawSql<{ id: string; token_hash: string; workstation: string }>(
      admin,
      sql`SELECT id, token_hash, workstation FROM server_session WHERE ended_at IS NULL AND workstation = ${'Werkplek Noord'}`,
    );
    expect(session).toBeDefined();

    // Whatever a file under the data folder holds, nothing in it hashes to the session's token.
    for (const file of filesUnder(dataDir)) {
      const text = readFileSync(file).toString('latin1');
      for (const candidate of text.match(/[A-Za-z0-9_-]{43}/g) ?? []) {
        expect(createHash('sha256').update(candidate).digest('hex')).not.toBe(session!.token_hash);
      }
    }
    expect(Object.keys(JSON.parse(readFileSync(teamFilePath(dataDir), 'utf8')) as object).sort()).toEqual([
      'fingerprint',
      'host',
      'port',
    ]);

    // The workstation's own: the language, and app:info naming the server.
    expect(await call(ws, 'app:set-locale', { locale: 'en' })).toEqual({ locale: 'en' });
    expect(await call(ws, 'app:info')).toMatchObject({ databasePath: `https://${HOST}:${port}`, locale: 'en' });
    // The login screen's channels of a workstation's own database are not the server's.
    expect(await codeOf(ws, 'vault:prepare-setup')).toBe('NOT_ON_SERVER');

    expect(await call(ws, 'session:logout')).toEqual({});
    const [ended] = await rawSql<{ end_reason: string }>(
      admin,
      sql`SELECT end_reason FROM server_session WHERE id = ${session!.id}`,
    );
    expect(ended!.end_reason).toBe('logout');
    expect(await status(ws)).toMatchObject({ state: 'locked', user: null });
    expect(await codeOf(ws, 'lists:get')).toBe('NOT_AUTHENTICATED');
  });

  it('keeps need-to-know across two workstations with different roles', async () => {
    const a = workstation({ teamFile: true, name: 'Werkplek A' }).ws;
    const b = workstation({ teamFile: true, name: 'Werkplek B' }).ws;
    await call(a, 'session:login', credentials(noord));
    await call(b, 'session:login', credentials(midden));
    const inNoord = await call<RegisteredSignal>(a, 'signals:register', registerIn(1, 'Noord Tweede (fictief)'));
    const inMidden = await call<RegisteredSignal>(b, 'signals:register', registerIn(2, 'Midden Persoon (fictief)'));
    expect(await searchIds(a)).toContain(inNoord.caseId);
    expect(await searchIds(a)).not.toContain(inMidden.caseId);
    expect(await searchIds(b)).toEqual([inMidden.caseId]);
    expect(await codeOf(a, 'cases:get', { id: inMidden.caseId })).toBe('NOT_FOUND');
    expect(await codeOf(b, 'cases:get', { id: inNoord.caseId })).toBe('NOT_FOUND');
    expect(await codeOf(b, 'accounts:list')).toBe('FORBIDDEN');
    await call(a, 'session:logout');
    await call(b, 'session:logout');
  });

  it('says when the server is gone and goes on when it is back; a logged-in user stays logged in', async () => {
    const { ws, events } = workstation({ teamFile: true });
    await call(ws, 'session:login', credentials(noord));
    await stop();
    try {
      const failed = await ws.dispatch('lists:get', {});
      expect(failed).toEqual({
        ok: false,
        error: { code: 'NO_CONNECTION', message: expect.stringMatching(/Geen verbinding/) },
      });
      expect(events).toContainEqual({ type: 'connection', connected: false });
      expect(await status(ws)).toMatchObject({ state: 'unlocked', team: { connected: false } });
      // Before anyone logs in: the no-connection screen.
      const fresh = workstation({ teamFile: true });
      expect(await status(fresh.ws)).toMatchObject({
        state: 'no-connection',
        problem: 'SERVER_UNREACHABLE',
        team: { host: HOST, port, connected: false },
      });
      expect(await codeOf(fresh.ws, 'session:login', credentials(noord))).toBe('SERVER_UNREACHABLE');
    } finally {
      await start();
    }
    // The session lives in PostgreSQL: the same token works with the restarted server.
    expect(await codeOf(ws, 'lists:get')).toBe('ok');
    expect(events.filter((event) => event.type === 'connection')).toEqual([
      { type: 'connection', connected: false },
      { type: 'connection', connected: true },
    ]);
    await call(ws, 'session:logout');
  });

  it('lets a team of five accounts work on the same casus from five workstations at once', async () => {
    const team = [
      noord,
      await addAccount(admin, { username: 'noord2', roles: ['procesregisseur'], regionIds: [1] }),
      await addAccount(admin, { username: 'expert1', roles: ['gemeentelijk_expert'], regionIds: [1] }),
      await addAccount(admin, { username: 'notulist1', roles: ['notulist'], regionIds: [1] }),
      await addAccount(admin, { username: 'beheer1', roles: ['beheerder'] }),
    ];
    const places = team.map((_, i) => workstation({ teamFile: true, name: `Teamwerkplek ${i + 1}` }).ws);
    await Promise.all(places.map((ws, i) => call(ws, 'session:login', credentials(team[i]!))));
    const [regisseur, collega, expert, notulist, beheerder] = places as [
      Workstation,
      Workstation,
      Workstation,
      Workstation,
      Workstation,
    ];
    const { caseId } = await call<RegisteredSignal>(
      regisseur,
      'signals:register',
      registerIn(1, 'Team Casus (fictief)'),
    );
    // All at once: three notes on the one casus, the notulist reading it, the beheerder the audit.
    const [, , , read, audit] = await Promise.all([
      call(regisseur, 'cases:note', { id: caseId, tekst: 'Notitie van de regisseur.' }),
      call(collega, 'cases:note', { id: caseId, tekst: 'Notitie van de collega.' }),
      call(expert, 'cases:note', { id: caseId, tekst: 'Notitie van de expert.' }),
      call<{ id: number }>(notulist, 'cases:get', { id: caseId }),
      call<{ total: number }>(beheerder, 'audit:query', { filter: { kind: 'session' } }),
    ]);
    expect(read.id).toBe(caseId);
    expect(audit.total).toBeGreaterThanOrEqual(5);
    // Each saw the others' work: every note is in the dossier, whoever reads it.
    for (const ws of [regisseur, collega, expert, notulist]) {
      const dossier = await call<{ timeline: { text: string }[] }>(ws, 'cases:get', { id: caseId });
      expect(dossier.timeline.map((item) => item.text)).toEqual(
        expect.arrayContaining(['Notitie van de regisseur.', 'Notitie van de collega.', 'Notitie van de expert.']),
      );
    }
    // The beheerder sees no casus; the audit names each workstation at its own changes.
    expect(await codeOf(beheerder, 'cases:get', { id: caseId })).toBe('FORBIDDEN');
    const notes = await rawSql<{ details: string }>(
      admin,
      sql`SELECT details FROM audit_entry WHERE action = ${'cases:note'} AND object_id = ${String(caseId)}`,
    );
    expect(notes.map((row) => (JSON.parse(row.details) as { werkplek: string }).werkplek).sort()).toEqual([
      'Teamwerkplek 1',
      'Teamwerkplek 2',
      'Teamwerkplek 3',
    ]);
    await Promise.all(places.map((ws) => call(ws, 'session:logout')));
  });

  it('saves a change once when the server comes back while it is being sent (the same request key)', async () => {
    const { ws } = workstation({ teamFile: true, name: 'Werkplek Herstart' });
    await call(ws, 'session:login', credentials(noord));
    await stop();
    let saving: Promise<unknown>;
    try {
      // Sent while the server is away: the bridge sends it again with its key until it is answered.
      saving = ws.dispatch('signals:register', registerIn(1, 'Herstart Persoon (fictief)'));
      await new Promise((resolve) => setTimeout(resolve, 600));
    } finally {
      await start();
    }
    expect(await saving).toMatchObject({ ok: true });
    const rows = await rawSql<{ n: number | string }>(
      admin,
      sql`SELECT count(*) AS n FROM person WHERE naam = ${'Herstart Persoon (fictief)'}`,
    );
    expect(Number(rows[0]!.n)).toBe(1);
    await call(ws, 'session:logout');
  });

  it('turns a session the server ended into session-ended at the next call, and its lock screen', async () => {
    // Without the event stream, which would say it first (next test).
    const { ws, events } = workstation({ teamFile: true, name: 'Werkplek Einde', events: false });
    await call(ws, 'session:login', credentials(midden));
    // A beheerder (or the idle lock) ended it at the server.
    await rawSql(
      admin,
      sql`UPDATE server_session SET ended_at = ${Date.now()}, end_reason = ${'idle'} WHERE workstation = ${'Werkplek Einde'}`,
    );
    expect(await codeOf(ws, 'lists:get')).toBe('SESSION_EXPIRED');
    expect(events).toContainEqual({ type: 'session-ended', reason: 'idle' });
    expect(await status(ws)).toMatchObject({ state: 'locked', user: null, lockedUser: { username: 'midden' } });
  });

  it('hears at once, without a call, that the server ended the session (its event stream)', async () => {
    const { ws, events } = workstation({ teamFile: true, name: 'Werkplek Stroom' });
    await call(ws, 'session:login', credentials(noord));
    // The stream is open once the server holds it for this session.
    await expect.poll(async () => (await ws.dispatch('lists:get', {})).ok).toBe(true);
    // A beheerder deactivated the account at another server process: the row says so, and the
    // server holding the stream finds it at its next poll (every 2 s).
    await rawSql(
      admin,
      sql`UPDATE server_session SET ended_at = ${Date.now()}, end_reason = ${'deactivated'} WHERE workstation = ${'Werkplek Stroom'} AND ended_at IS NULL`,
    );
    await expect
      .poll(() => events, { timeout: 15_000 })
      .toContainEqual({ type: 'session-ended', reason: 'logged-out' });
    expect(await status(ws)).toMatchObject({ state: 'locked', user: null });
    expect(await codeOf(ws, 'lists:get')).toBe('NOT_AUTHENTICATED');
  });

  it('says so when team.json cannot be used, and contacts nothing', async () => {
    const dataDir = tempDir('cter-werkplek-');
    writeFileSync(teamFilePath(dataDir), '{"host": "127.0.0.1", "port": 1, "fingerprint": "nee"}', { mode: 0o600 });
    const broken = createWorkstation({
      dataDir,
      resourcesDir: RESOURCES_DIR,
      appVersion: 'test',
      logger: memoryLogger(),
      idleCheckMs: 0,
    });
    workstations.push(broken);
    expect(await status(broken)).toMatchObject({ state: 'no-connection', problem: 'SERVER_ADDRESS_INVALID' });
    expect(await codeOf(broken, 'session:login', credentials(noord))).toBe('SERVER_ADDRESS_INVALID');
    // A team.json others may change is refused too.
    writeTeamFile(dataDir, { host: HOST, port, fingerprint });
    chmodSync(teamFilePath(dataDir), 0o666);
    expect(() => readTeamFile(dataDir)).toThrow(/unsafe/);
  });
});

describe('the pin', () => {
  it('refuses another certificate on the same host and port before a byte of a request is sent', async () => {
    const { ws } = workstation({ teamFile: true });
    await call(ws, 'session:login', credentials(noord));
    await stop();
    let connections = 0;
    let requests = 0;
    const impostor: HttpsServer = createHttpsServer(
      { cert: readFileSync(other.certificateFile), key: readFileSync(other.keyFile), minVersion: 'TLSv1.3' },
      (_request, response) => {
        requests += 1;
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true,"value":{}}');
      },
    );
    impostor.on('connection', () => (connections += 1));
    await new Promise<void>((done) => impostor.listen(port, HOST, done));
    try {
      expect(await codeOf(ws, 'lists:get')).toBe('FINGERPRINT_MISMATCH');
      const fresh = workstation({ teamFile: true });
      expect(await status(fresh.ws)).toMatchObject({ state: 'no-connection', problem: 'FINGERPRINT_MISMATCH' });
      expect(await codeOf(fresh.ws, 'session:login', credentials(noord))).toBe('FINGERPRINT_MISMATCH');
      await new Promise((done) => setTimeout(done, 100));
      // Reached, shown its certificate, and left: three connections, not one request.
      expect(connections).toBe(3);
      expect(requests).toBe(0);
    } finally {
      const closed = new Promise<void>((done) => impostor.close(() => done()));
      impostor.closeAllConnections();
      await closed;
      await start();
    }
    // The real server again: the session goes on.
    expect(await codeOf(ws, 'lists:get')).toBe('ok');
    await call(ws, 'session:logout');
  });

  it('contacts no other host or port: a redirect is not followed', async () => {
    let trapped = 0;
    const trap: NetServer = createNetServer((socket) => {
      trapped += 1;
      socket.destroy();
    });
    await new Promise<void>((done) => trap.listen(0, HOST, done));
    const trapPort = (trap.address() as { port: number }).port;
    // The right certificate, but a server that sends the client elsewhere.
    const redirecting: HttpsServer = createHttpsServer(
      {
        cert: readFileSync(certificate.certificateFile),
        key: readFileSync(certificate.keyFile),
        minVersion: 'TLSv1.3',
      },
      (_request, response) => response.writeHead(307, { Location: `https://${HOST}:${trapPort}/rpc` }).end(),
    );
    await new Promise<void>((done) => redirecting.listen(0, HOST, done));
    const redirectPort = (redirecting.address() as { port: number }).port;
    try {
      const client = createTeamClient(
        { host: HOST, port: redirectPort, fingerprint },
        { connectMs: 1_000, callMs: 3_000 },
      );
      const outcome = await client.post('/rpc', { channel: 'lists:get', input: {} }).catch((error: unknown) => error);
      expect(outcome).toBeInstanceOf(TeamConnectionError);
      expect((outcome as TeamConnectionError).kind).toBe('not-cter');
      const dataDir = tempDir('cter-werkplek-');
      writeTeamFile(dataDir, { host: HOST, port: redirectPort, fingerprint });
      const ws = createWorkstation({
        dataDir,
        resourcesDir: RESOURCES_DIR,
        appVersion: 'test',
        logger: memoryLogger(),
        idleCheckMs: 0,
      });
      workstations.push(ws);
      expect(await codeOf(ws, 'session:login', credentials(noord))).toBe('NOT_A_CTER_SERVER');
      expect(trapped).toBe(0);
    } finally {
      await new Promise<void>((done) => redirecting.close(() => done()));
      await new Promise<void>((done) => trap.close(() => done()));
    }
  });

  it('gives up on a server that accepts but never finishes the handshake, within the connect timeout', async () => {
    const silent: NetServer = createNetServer(() => {});
    await new Promise<void>((done) => silent.listen(0, HOST, done));
    const silentPort = (silent.address() as { port: number }).port;
    try {
      const client = createTeamClient({ host: HOST, port: silentPort, fingerprint }, { connectMs: 300 });
      const started = Date.now();
      const outcome = await client.hello().catch((error: unknown) => error);
      expect((outcome as TeamConnectionError).kind).toBe('unreachable');
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      silent.close();
    }
  });
});
