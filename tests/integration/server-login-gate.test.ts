// Log-ins on the CTER server wait their turn for the password check (core/server/hash-gate.ts,
// issue 18): with a gate of 1, two log-ins at once derive their scrypt one after the other (the
// order of the derivations' starts and ends, observed around the real ones, not their times); with
// 2 they overlap, so the observation can tell. The throttling per account still holds, and a
// throttled attempt takes no place at the gate.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { addAccount, call, makeCore, tempDir, withDatabase } from './helpers';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

let store: PostgresStore;
let made: ReturnType<typeof makeCore>;
let core: Core;
let noord: { username: string; password: string };
let midden: { username: string; password: string };

beforeAll(async () => {
  store = await createTestDatabase();
  made = makeCore(tempDir(), { store });
  core = made.core;
  await withDatabase(core);
  noord = await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [1] });
  midden = await addAccount(core, { username: 'midden', roles: ['gemeentelijk_expert'], regionIds: [2] });
  await call(core, 'session:logout');
});

afterAll(async () => {
  await core.close();
  await dropTestDatabase(store);
});

const login = (account: { username: string; password: string }, password = account.password) =>
  core.server.login({ username: account.username, password, workstation: `Werkplek ${account.username}` });

/** How long the first derivation waits for a second one to start beside it (see below). */
const HOLD_MS = 1_500;

/**
 * Wraps each derivation the gate lets through: the order of their starts and ends. The first one
 * is held until a second has started beside it, or HOLD_MS: with the test's cheap derivation the
 * first could otherwise end before the second log-in has done its reads and reached the gate (it
 * did, once, in a CI run at load 7), and two that may overlap would be seen one after the other.
 * Held, a gate that lets two through shows them overlapping whatever the load, and a gate of one
 * (or one that let two through wrongly) has HOLD_MS to show it.
 */
function observeDerivations() {
  const gate = core.server.hashes;
  const run = gate.run.bind(gate);
  const log: string[] = [];
  let running = 0;
  let most = 0;
  let secondStarted = () => {};
  const second = new Promise<void>((resolve) => (secondStarted = resolve));
  const spy = vi.spyOn(gate, 'run').mockImplementation((work) =>
    run(async () => {
      running += 1;
      most = Math.max(most, running);
      log.push('start');
      if (log.length === 2) secondStarted();
      try {
        if (log.length === 1) await Promise.race([second, new Promise((resolve) => setTimeout(resolve, HOLD_MS))]);
        return await work();
      } finally {
        running -= 1;
        log.push('end');
      }
    }),
  );
  return { log, most: () => most, restore: () => spy.mockRestore() };
}

describe('the password checks at once on the server', () => {
  it('with a gate of 1, two log-ins at once derive one after the other; with 2 they overlap', async () => {
    core.server.hashes.resize(1);
    const one = observeDerivations();
    const answers = await Promise.all([login(noord), login(midden)]);
    one.restore();
    expect(answers.map((answer) => answer.ok)).toEqual([true, true]);
    expect(one.log).toEqual(['start', 'end', 'start', 'end']);
    expect(one.most()).toBe(1);

    core.server.hashes.resize(2);
    const two = observeDerivations();
    await Promise.all([login(noord), login(midden)]);
    two.restore();
    expect(two.log).toEqual(['start', 'start', 'end', 'end']);
    expect(two.most()).toBe(2);
  });

  it('still throttles an account after failed log-ins; a throttled attempt takes no place at the gate', async () => {
    core.server.hashes.resize(1);
    const codes = [];
    for (let i = 0; i < 3; i++) {
      const answer = await login(noord, `fout ${i}`);
      codes.push(answer.ok ? 'ok' : answer.error.code);
    }
    expect(codes).toEqual(['WRONG_CREDENTIALS', 'WRONG_CREDENTIALS', 'WRONG_CREDENTIALS']);
    const observed = observeDerivations();
    const [throttled, other] = await Promise.all([login(noord), login(midden)]);
    observed.restore();
    expect(throttled.ok ? 'ok' : throttled.error.code).toBe('THROTTLED');
    expect(other.ok).toBe(true);
    // Only the other account's password was derived.
    expect(observed.log).toEqual(['start', 'end']);
    made.clock.advance(2_000);
    expect((await login(noord)).ok).toBe(true);
  });
});
