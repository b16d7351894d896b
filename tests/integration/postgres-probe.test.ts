// The status while nobody is logged in on a PostgreSQL store (Workspace.probeStore, issue 17): a
// look that found the server answering stands for PROBE_FRESH_MS, so the login screen's several
// `vault:status` calls do not each open a connection; a server that went away shows as
// 'no-connection' once that time is over, and a problem is looked at again at every call. Set-up
// always looks afresh. The server is reached through a unix-socket relay of the test's own, which
// counts the connections and can be taken away and brought back (tests/support/postgres-relay.ts).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { PROBE_FRESH_MS } from '../../src-main/core/workspace';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { adminQuery, createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { Relay } from '../support/postgres-relay';
import { call, codeOf, makeCore } from './helpers';

let target: PostgresStore;
let relay: Relay;
let core: Core;
let clock: ReturnType<typeof makeCore>['clock'];

beforeAll(async () => {
  target = await createTestDatabase({ migrated: true });
  relay = new Relay(target);
  await relay.start();
  ({ core, clock } = makeCore(undefined, { store: relay.store }));
});

afterAll(async () => {
  await core?.close().catch(() => undefined);
  await relay?.stop();
  if (relay) rmSync(relay.dir, { recursive: true, force: true });
  if (target) await dropTestDatabase(target);
});

const status = () => call<VaultStatus>(core, 'vault:status');

describe('the status of a PostgreSQL store while nobody is logged in', () => {
  it('connects once for the status calls of a moment, and again when that moment is over', async () => {
    expect(await status()).toMatchObject({ state: 'no-database', server: true, problem: null });
    const first = relay.connections;
    expect(first).toBeGreaterThan(0);
    expect(core.workspace.isOpen()).toBe(false);
    clock.advance(PROBE_FRESH_MS - 1);
    for (let round = 0; round < 3; round += 1) expect(await status()).toMatchObject({ state: 'no-database' });
    expect(relay.connections).toBe(first);
    clock.advance(1);
    expect(await status()).toMatchObject({ state: 'no-database' });
    expect(relay.connections).toBeGreaterThan(first);
  });

  it('shows no-connection once the server has gone away, and the server again as soon as it is back', async () => {
    clock.advance(PROBE_FRESH_MS);
    expect(await status()).toMatchObject({ state: 'no-database' });
    await relay.stop();
    clock.advance(PROBE_FRESH_MS);
    expect(await status()).toMatchObject({ state: 'no-connection', problem: 'STORE_UNREACHABLE', server: true });
    // A problem is not kept: each call looks again.
    expect(await status()).toMatchObject({ state: 'no-connection', problem: 'STORE_UNREACHABLE' });
    await relay.start();
    const before = relay.connections;
    expect(await status()).toMatchObject({ state: 'no-database', problem: null });
    expect(relay.connections).toBeGreaterThan(before);
  });

  it('a log-in that finds the server gone shows no-connection at once, within the moment', async () => {
    clock.advance(PROBE_FRESH_MS);
    expect(await status()).toMatchObject({ state: 'no-database' });
    await relay.stop();
    expect(await codeOf(core, 'session:login', { username: 'beheer', password: 'de kat zit op de mat' })).toBe(
      'STORE_UNREACHABLE',
    );
    expect(await status()).toMatchObject({ state: 'no-connection', problem: 'STORE_UNREACHABLE' });
    await relay.start();
    expect(await status()).toMatchObject({ state: 'no-database', problem: null });
  });

  it('set-up looks afresh: an account made elsewhere a moment ago refuses it', async () => {
    clock.advance(PROBE_FRESH_MS);
    expect(await status()).toMatchObject({ state: 'no-database' });
    // Another workstation made the first beheerder just now.
    await adminQuery(
      `INSERT INTO account (username, display_name, roles, active, created_at, updated_at, region_ids)
       VALUES ('elders', 'Elders', '["beheerder"]', true, '2026-11-29T09:00:00.000Z', '2026-11-29T09:00:00.000Z', '[]')`,
      target.database,
    );
    expect(await codeOf(core, 'vault:prepare-setup')).toBe('SETUP_NOT_ALLOWED');
    expect(await status()).toMatchObject({ state: 'locked', server: true });
  });
});
