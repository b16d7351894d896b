// Registered workstations only (issue 18, point 3's option): a CTER server whose server.json names
// `clientCaFile` answers a workstation only when its TLS handshake showed a client certificate from
// that CA. Without one, or with one from another CA, every path gets WORKSTATION_NOT_REGISTERED
// (403) and nothing else — no log-in, no channel, no event stream; the wizard and the login screen
// put it into words. With one, the workstation works as any other, and the session (and so the audit)
// names the workstation as its certificate does, not as the workstation calls itself. The
// administrator's policy names the certificate's files on the workstation (client-identity.ts), and
// `cter server check` reports the CA. PostgreSQL only (a server's store), like team-client.test.ts.
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/core/clock';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { sql } from '../../src-main/core/db/sql';
import { memoryLogger } from '../../src-main/core/logger';
import { checkServer } from '../../src-main/cli/server-check';
import { createWorkstation, type Workstation } from '../../src-main/electron/workstation';
import { startServer, type RunningServer } from '../../src-main/server/run';
import { ServerConfigError, readServerConfig } from '../../src-main/server/config';
import { createTeamClient, type ClientIdentity } from '../../src-main/team/client';
import { readClientIdentity } from '../../src-main/team/client-identity';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { addAccount, call, codeOf, makeCore, rawSql, RESOURCES_DIR, tempDir, withDatabase } from './helpers';
import { freePort, HOST, makeCertificate, opensslFingerprint, serverDataDir } from './server-fixture';

let store: PostgresStore;
let admin: Core;
let serverDir: string;
let port: number;
let running: RunningServer | null = null;
let fingerprint: string;
let account: { username: string; password: string };
let registered: ClientIdentity;
let foreign: ClientIdentity;
let tlsDir: string;
const workstations: Workstation[] = [];

/** A CA (`<name>-ca.crt`) and a client certificate it issued for `cn` (`<name>.crt`, `<name>.key`). */
function makeClientCertificate(dir: string, name: string, cn: string) {
  const ca = { certificateFile: join(dir, `${name}-ca.crt`), keyFile: join(dir, `${name}-ca.key`) };
  const run = (args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run([
    'req',
    '-x509',
    ...ec,
    '-keyout',
    ca.keyFile,
    '-out',
    ca.certificateFile,
    '-days',
    '1',
    '-subj',
    `/CN=${name} CA`,
  ]);
  const keyFile = join(dir, `${name}.key`);
  const request = join(dir, `${name}.csr`);
  const certificateFile = join(dir, `${name}.crt`);
  const extensions = join(dir, `${name}.ext`);
  writeFileSync(extensions, 'extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature\n');
  run(['req', ...ec, '-keyout', keyFile, '-out', request, '-subj', `/CN=${cn}`]);
  run([
    ...['x509', '-req', '-in', request, '-CA', ca.certificateFile, '-CAkey', ca.keyFile, '-CAcreateserial'],
    ...['-out', certificateFile, '-days', '1', '-extfile', extensions],
  ]);
  chmodSync(keyFile, 0o600);
  return { ca: ca.certificateFile, files: { certificateFile, keyFile } };
}

function workstation(identity?: ClientIdentity) {
  const made = createWorkstation({
    dataDir: tempDir('cter-werkplek-'),
    resourcesDir: RESOURCES_DIR,
    appVersion: 'test',
    logger: memoryLogger(),
    idleCheckMs: 0,
    team: {
      timeouts: { connectMs: 2_000 },
      workstation: 'Zelfgekozen naam',
      events: false,
      ...(identity ? { identity } : {}),
    },
  });
  workstations.push(made);
  return made;
}

beforeAll(async () => {
  store = await createTestDatabase();
  admin = makeCore(tempDir(), { store, clock: systemClock }).core;
  await withDatabase(admin);
  account = await addAccount(admin, { username: 'noord', roles: ['procesregisseur'], regionIds: [1] });
  await call(admin, 'session:logout');
  await admin.server.open();
  tlsDir = tempDir('cter-tls-');
  const server = makeCertificate(tlsDir);
  fingerprint = opensslFingerprint(server.certificateFile);
  const ours = makeClientCertificate(tlsDir, 'werkplek', 'WP-ZVH-NOORD-017');
  const theirs = makeClientCertificate(tlsDir, 'elders', 'WP-ELDERS-001');
  registered = readClientIdentity(ours.files).identity!;
  foreign = readClientIdentity(theirs.files).identity!;
  port = await freePort();
  serverDir = serverDataDir(store, port, server);
  writeFileSync(
    join(serverDir, 'server.json'),
    JSON.stringify({ host: HOST, port, ...server, clientCaFile: ours.ca }),
    { mode: 0o600 },
  );
  running = await startServer({
    dataDir: serverDir,
    resourcesDir: RESOURCES_DIR,
    appVersion: 'test',
    logger: memoryLogger(),
  });
});

afterAll(async () => {
  for (const ws of workstations) await ws.close().catch(() => {});
  await running?.stop();
  await admin?.close();
  if (store) await dropTestDatabase(store);
});

describe('a server that admits registered workstations only', () => {
  it('refuses a workstation without a certificate, or with one of another CA, in words, on every path', async () => {
    for (const identity of [undefined, foreign]) {
      const ws = workstation(identity);
      // The wizard: the fingerprint is shown (the handshake works), connecting is refused in words.
      expect(await codeOf(ws, 'team:probe', { address: `${HOST}:${port}` })).toBe('WORKSTATION_NOT_REGISTERED');
      // Straight at the transport: log-in, a channel and the event stream get the refusal alone.
      const client = createTeamClient({ host: HOST, port, fingerprint }, { connectMs: 2_000 }, identity);
      const login = await client.exchange('/login', { ...account, workstation: 'Werkplek' });
      expect(login.status).toBe(403);
      expect(login.body).toMatchObject({ ok: false, error: { code: 'WORKSTATION_NOT_REGISTERED' } });
      expect(await client.post('/rpc', { channel: 'app:info', input: {} })).toMatchObject({
        ok: false,
        error: { code: 'WORKSTATION_NOT_REGISTERED' },
      });
      const stream = client.events('x'.repeat(43), () => {});
      expect(await stream.ended).toEqual({ kind: 'refused', code: 'WORKSTATION_NOT_REGISTERED', status: 403 });
    }
    // No session was started by any of it.
    const [row] = await rawSql<{ n: number }>(admin, sql`SELECT count(*) AS n FROM server_session`);
    expect(Number(row!.n)).toBe(0);
  });

  it('serves a registered workstation, and names it in the session as its certificate does', async () => {
    const ws = workstation(registered);
    await call(ws, 'team:connect', { address: `${HOST}:${port}`, fingerprint });
    expect((await call<VaultStatus>(ws, 'vault:status')).state).toBe('locked');
    const { user } = await call<{ user: { username: string } }>(ws, 'session:login', {
      username: account.username,
      password: account.password,
    });
    expect(user.username).toBe('noord');
    const [session] = await rawSql<{ workstation: string }>(admin, sql`SELECT workstation FROM server_session`);
    expect(session).toEqual({ workstation: 'WP-ZVH-NOORD-017' });
  });

  it('the login screen of a workstation set up before says it is not registered', async () => {
    const ws = createWorkstation({
      dataDir: tempDir('cter-werkplek-'),
      resourcesDir: RESOURCES_DIR,
      appVersion: 'test',
      logger: memoryLogger(),
      idleCheckMs: 0,
      policyServer: { host: HOST, port, fingerprint },
      team: { timeouts: { connectMs: 2_000 }, events: false },
    });
    workstations.push(ws);
    expect(await call<VaultStatus>(ws, 'vault:status')).toMatchObject({
      state: 'no-connection',
      problem: 'WORKSTATION_NOT_REGISTERED',
    });
  });
});

describe('the workstation certificate and the CA file', () => {
  it('reads a certificate with its own key, and says why another pair cannot be used', () => {
    const ours = { certificateFile: join(tlsDir, 'werkplek.crt'), keyFile: join(tlsDir, 'werkplek.key') };
    expect(readClientIdentity(ours).problem).toBeNull();
    expect(readClientIdentity({ ...ours, keyFile: join(tlsDir, 'elders.key') })).toEqual({
      identity: null,
      problem: 'not a certificate with its private key (PEM)',
    });
    expect(readClientIdentity({ ...ours, keyFile: join(tlsDir, 'geen.key') }).problem).toBe('cannot read (ENOENT)');
  });

  it('refuses a CA file others may change or that holds no certificate; cter server check reports it', async () => {
    const lines = await checkServer(serverDir);
    expect(lines).toContainEqual({
      verdict: 'ok',
      key: 'check.clientCa',
      params: { file: join(tlsDir, 'werkplek-ca.crt'), names: 'CN=werkplek CA' },
    });
    const caFile = join(tlsDir, 'werkplek-ca.crt');
    chmodSync(caFile, 0o666);
    try {
      expect(() => readServerConfig(serverDir)).toThrow(ServerConfigError);
      expect(await checkServer(serverDir)).toContainEqual({
        verdict: 'fail',
        key: 'server.fileUnsafe',
        params: { file: caFile },
      });
    } finally {
      chmodSync(caFile, 0o644);
    }
    const notPem = join(tlsDir, 'leeg.crt');
    writeFileSync(notPem, 'geen certificaat\n', { mode: 0o644 });
    const dir = tempDir('cter-server-');
    writeFileSync(
      join(dir, 'server.json'),
      JSON.stringify({
        host: HOST,
        port,
        certificateFile: join(tlsDir, 'server.crt'),
        keyFile: join(tlsDir, 'server.key'),
        clientCaFile: notPem,
      }),
      { mode: 0o600 },
    );
    expect(() => readServerConfig(dir)).toThrow(expect.objectContaining({ key: 'server.configInvalid' }));
  });
});
