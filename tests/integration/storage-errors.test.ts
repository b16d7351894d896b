// A save that the disk refuses: full (SQLITE_FULL; PostgreSQL's disk_full, 53100) or not writable
// (SQLITE_READONLY; a PostgreSQL standby's read_only_sql_transaction, 25006). The user is told
// which, in Dutch, and not "something went wrong"; nothing of the save is written; and the same
// save succeeds once the cause is gone (the autosave retries it by itself, kit/bridge.ts).
// The file's disk is filled with `max_page_count` (SQLite answers exactly as when the disk is full)
// and made read-only with `query_only`; PostgreSQL's answers are given by a trigger, as the server
// gives them. Both engines in this file (each test names its store).
import { afterAll, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { adminQuery, createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { addAccount, call, loginAs, makeCore, tempDir, withDatabase } from './helpers';

const stores: PostgresStore[] = [];
afterAll(async () => {
  for (const store of stores) await dropTestDatabase(store);
});

interface Notulist {
  core: Core;
  /** Saves the item's minutes with this text; the bridge's answer. */
  save(text: string): ReturnType<Core['dispatch']>;
  /** The item's minutes as stored. */
  stored(): Promise<string>;
}

async function notulistOn(engine: 'sqlcipher' | 'postgres'): Promise<Notulist & { store?: PostgresStore }> {
  const store = engine === 'postgres' ? await createTestDatabase({ migrated: true }) : undefined;
  if (store) stores.push(store);
  const { core } = makeCore(tempDir(), store ? { store } : {});
  await withDatabase(core);
  const notulist = await addAccount(core, { username: 'notulist', roles: ['notulist'], regionIds: [1] });
  await loginAs(core, notulist);
  const meeting = await call<MeetingView>(core, 'meetings:create', {
    type: 'ico',
    title: 'Casusoverleg (fictief)',
    datum: '2026-11-29',
    starttijd: '10:00',
    regionId: 1,
  });
  const agenda = await call<MeetingView>(core, 'meetings:save-agenda', {
    id: meeting.id,
    items: [{ kind: 'overig', title: 'Notulen' }],
  });
  const itemId = agenda.items[0]!.id;
  const save = (text: string) =>
    core.dispatch('meetings:save-item', {
      itemId,
      minutes: { inbreng: [], duiding: text, besluiten: [], acties: [] },
      spentSeconds: 60,
    });
  const stored = async () =>
    (await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).items[0]!.minutes.duiding;
  return { core, save, stored, store };
}

/** Saves on `notulist` while `cause` holds: refused with `code`, nothing written; saved after `remove`. */
async function expectRefusedThenSaved(
  notulist: Notulist,
  code: string,
  words: RegExp,
  cause: { apply(): Promise<void> | void; remove(): Promise<void> | void },
) {
  expect((await notulist.save('Eerste versie.')).ok).toBe(true);
  await cause.apply();
  const typed = `${'Wat de notulist typte. '.repeat(1500)}Einde.`;
  const refused = await notulist.save(typed);
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.error.code).toBe(code);
  expect(refused.error.message).toMatch(words);
  expect(refused.error.message).not.toMatch(/SQLITE|disk is full|readonly|read-only transaction|\//);
  await cause.remove();
  expect(await notulist.stored()).toBe('Eerste versie.');
  expect((await notulist.save(typed)).ok).toBe(true);
  expect(await notulist.stored()).toBe(typed);
  await notulist.core.close();
}

function sqliteHandle(core: Core) {
  const database = core.workspace.requireOpen().database;
  if (database.engine !== 'sqlcipher') throw new Error('not the file');
  return database.handle;
}

/** A trigger on agenda_item that answers every update with PostgreSQL's `sqlstate`. */
function failingUpdates(store: PostgresStore, sqlstate: string) {
  return {
    apply: async () => {
      await adminQuery(
        `CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION 'refused' USING ERRCODE = '${sqlstate}'; END $$;
         CREATE TRIGGER refuse_update BEFORE UPDATE ON agenda_item FOR EACH ROW EXECUTE FUNCTION refuse_update()`,
        store.database,
      );
    },
    remove: async () => {
      await adminQuery('DROP TRIGGER refuse_update ON agenda_item; DROP FUNCTION refuse_update()', store.database);
    },
  };
}

const FULL = /schijf.*vol/i;
const READONLY = /niet worden opgeslagen.*alleen-lezen/i;

describe('a save the disk refuses, on the SQLCipher file', () => {
  it('a full disk: STORAGE_FULL, nothing written, saved once there is room', async () => {
    const notulist = await notulistOn('sqlcipher');
    const handle = sqliteHandle(notulist.core);
    await expectRefusedThenSaved(notulist, 'STORAGE_FULL', FULL, {
      apply: () => void handle.pragma(`max_page_count=${handle.pragma('page_count', { simple: true }) as number}`),
      remove: () => void handle.pragma('max_page_count=4294967294'),
    });
  });

  it('a read-only database: STORAGE_READONLY, nothing written, saved once writable', async () => {
    const notulist = await notulistOn('sqlcipher');
    const handle = sqliteHandle(notulist.core);
    await expectRefusedThenSaved(notulist, 'STORAGE_READONLY', READONLY, {
      apply: () => void handle.pragma('query_only=ON'),
      remove: () => void handle.pragma('query_only=OFF'),
    });
  });
});

describe('a save the disk refuses, on PostgreSQL', () => {
  it('the server disk full (53100): STORAGE_FULL, nothing written, saved once there is room', async () => {
    const notulist = await notulistOn('postgres');
    await expectRefusedThenSaved(notulist, 'STORAGE_FULL', FULL, failingUpdates(notulist.store!, '53100'));
  });

  it('a read-only server (25006, a standby): STORAGE_READONLY, nothing written, saved once writable', async () => {
    const notulist = await notulistOn('postgres');
    await expectRefusedThenSaved(notulist, 'STORAGE_READONLY', READONLY, failingUpdates(notulist.store!, '25006'));
  });
});
