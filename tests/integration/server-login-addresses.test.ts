// Failed log-ins on the CTER server slow their network address (core/server/address-throttle.ts).
// The throttle per username let one password be tried against many usernames at the speed of the
// password check: here such a spray from one address is slowed, more with every failure up to the
// cap, while every answer stays WRONG_CREDENTIALS (never a refusal), a colleague with the right
// password from the same address still gets in, and another address is not slowed at all. The
// waits are observed around the real ones (`wait` is spied on, so the test does not sleep them).
// Over HTTPS the address is the connection's: a client's own X-Forwarded-For changes nothing, a
// listed proxy's last hop does.
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { sql } from '../../src-main/core/db/sql';
import { createCterServer } from '../../src-main/server/https-server';
import { addAccount, call, makeCore, rawSql, tempDir, withDatabase } from './helpers';
import { HOST, makeCertificate } from './server-fixture';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

let store: PostgresStore;
let made: ReturnType<typeof makeCore>;
let core: Core;
let noord: { username: string; password: string };
let waits: number[];

beforeAll(async () => {
  store = await createTestDatabase();
  made = makeCore(tempDir(), { store });
  core = made.core;
  await withDatabase(core);
  noord = await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [1] });
  await call(core, 'session:logout');
});

beforeEach(() => {
  waits = [];
  vi.spyOn(core.server.addresses, 'wait').mockImplementation(async (ms: number) => {
    waits.push(ms);
  });
  // Each test starts after the previous one's failures are forgotten.
  made.clock.advance(60 * 60_000);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await core.close();
  await dropTestDatabase(store);
});

async function attempt(username: string, password: string, address: string): Promise<string> {
  const answer = await core.server.login({ username, password, workstation: 'Werkplek 1' }, address);
  return answer.ok ? 'ok' : answer.error.code;
}

/** One common password tried once for each of `count` usernames (most of them unknown). */
async function spray(address: string, count: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < count; i++) codes.push(await attempt(i === 3 ? 'noord' : `gebruiker${i}`, 'Zomer2026!', address));
  return codes;
}

const slowedEntries = (address: string) =>
  rawSql<{ result: string; details: string }>(
    core,
    sql`SELECT result, details FROM audit_entry WHERE action = 'session:login-slowed' AND details LIKE ${`%${address}%`} ORDER BY id`,
  );

describe('log-ins slowed per address', () => {
  it('slows one address spraying many usernames, more with each failure, up to the cap; never refuses', async () => {
    const codes = await spray('192.0.2.7', 18);
    expect(codes).toEqual(Array(18).fill('WRONG_CREDENTIALS'));
    // Ten failures free, then 250 ms doubling, capped at 4 s.
    expect(waits).toEqual([250, 500, 1_000, 2_000, 4_000, 4_000, 4_000, 4_000]);
    const entries = await slowedEntries('192.0.2.7');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.result).toBe('THROTTLED');
    expect(JSON.parse(entries[0]!.details)).toMatchObject({ adres: '192.0.2.7', mislukt: 10 });
  });

  it('lets a colleague with the right password in from a slowed address, after the wait', async () => {
    await spray('192.0.2.8', 16);
    waits = [];
    expect(await attempt(noord.username, noord.password, '192.0.2.8')).toBe('ok');
    expect(waits).toEqual([4_000]);
    // A success does not clear the address: the next failure from it still waits.
    waits = [];
    expect(await attempt('gebruiker99', 'Zomer2026!', '192.0.2.8')).toBe('WRONG_CREDENTIALS');
    expect(waits).toEqual([4_000]);
  });

  it('does not slow another address, and forgets an address 15 minutes after its last failure', async () => {
    await spray('192.0.2.9', 14);
    waits = [];
    expect(await attempt(noord.username, noord.password, '198.51.100.20')).toBe('ok');
    expect(await attempt('gebruiker77', 'Zomer2026!', '198.51.100.20')).toBe('WRONG_CREDENTIALS');
    expect(waits).toEqual([]);
    made.clock.advance(15 * 60_000);
    expect(await attempt(noord.username, noord.password, '192.0.2.9')).toBe('ok');
    expect(waits).toEqual([]);
  });

  it('counts the addresses of one IPv6 /64 together', async () => {
    for (let i = 0; i < 12; i++) await attempt(`gebruiker${i}`, 'Zomer2026!', `2001:db8:1:2::${(i + 1).toString(16)}`);
    expect(waits).toEqual([250, 500]);
  });
});

/** A wrong log-in of `username` over HTTPS to `port`, claiming to come from `forwarded` in X-Forwarded-For. */
function loginOverHttps(port: number, ca: Buffer, username: string, forwarded: string): Promise<string> {
  const body = JSON.stringify({ username, password: 'Zomer2026!', workstation: 'Werkplek 1' });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: HOST,
        port,
        path: '/login',
        method: 'POST',
        ca,
        agent: false,
        headers: {
          'Content-Type': 'application/json',
          'X-Forwarded-For': forwarded,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => {
          const answer = JSON.parse(text) as { ok: boolean; error?: { code: string } };
          resolve(answer.ok ? 'ok' : answer.error!.code);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the address over HTTPS', () => {
  it('is the connection’s: a client’s own X-Forwarded-For does not escape the slowing; a trusted proxy’s does count', async () => {
    const files = makeCertificate(tempDir('cter-tls-'));
    const certificate = readFileSync(files.certificateFile);
    const tls = { certificate, key: readFileSync(files.keyFile) };
    const direct = createCterServer(core, made.logger, tls);
    const behindProxy = createCterServer(core, made.logger, { ...tls, trustedProxies: [HOST] });
    try {
      const directPort = (await direct.listen(HOST, 0)).port;
      for (let i = 0; i < 12; i++) {
        expect(await loginOverHttps(directPort, certificate, `http${i}`, `203.0.113.${i}`)).toBe('WRONG_CREDENTIALS');
      }
      // Every claimed address was the one connection's (127.0.0.1): slowed from the 11th on.
      expect(waits).toEqual([250, 500]);

      // Behind a listed proxy the last hop is the client: twelve clients, none slowed.
      made.clock.advance(60 * 60_000);
      waits = [];
      const proxyPort = (await behindProxy.listen(HOST, 0)).port;
      for (let i = 0; i < 12; i++) {
        expect(await loginOverHttps(proxyPort, certificate, `proxy${i}`, `198.51.100.${i}`)).toBe('WRONG_CREDENTIALS');
      }
      expect(waits).toEqual([]);
    } finally {
      await direct.close();
      await behindProxy.close();
    }
  });
});
