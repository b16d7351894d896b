// The laptop's side of offline minutes (issue 19): the local encrypted store of a checked-out
// meeting (src-main/team/offline-store.ts with the vault's slots, core/vault/offline-keys.ts), and
// the remote bridge answering the minutes screen from it online and offline, the offline log-in
// after a restart, removal, and check-in with one key across retries. The server is a stand-in
// speaking the contract (fixtures/offline-server.ts); the real store, keys and bridge.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgendaItemView, MeetingView } from '../../src-shared/ipc/meetings';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { offlineKeys } from '../../src-main/core/vault/offline-keys';
import { OfflineStore } from '../../src-main/team/offline-store';
import {
  CONTEXT_101,
  LEASE_ID,
  minutesFor,
  PASSWORD,
  REFERENCE_LISTS,
  standInServer,
  USER,
} from './fixtures/offline-server';
import { checkedOut, workstation } from './fixtures/offline-laptop';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cter-offline-'));
  dirs.push(dir);
  return dir;
};

const minutesOf = (n: number) => ({
  inbreng: [
    { id: `i${n}`, partner: 'politie', tekst: `Politie deelt bij casus ${n} het beeld (fictief).`, artikel: '' },
  ],
  duiding: `Duiding ${n}: zorgen over contacten (fictief).`,
  besluiten: [{ id: `b${n}`, tekst: `Besluit ${n}`, weging: null }],
  acties: [],
});

describe('offline minutes on the laptop', () => {
  it('keeps a checked-out meeting encrypted, opened only by its holder’s password', async () => {
    const dir = freshDir();
    const { ws, copy } = await checkedOut(dir);
    expect(copy).toMatchObject({ meetingId: 41, cases: 3, changed: false });
    expect(ws.server.sent.map((request) => request.channel ?? request.path)).toEqual([
      '/login',
      '/login', // the password checked by a log-in of its own…
      '/logout', // …that ends at once
      'meetings:check-out',
      'meetings:checkout-package',
      'lists:get', // the reference lists, kept for the minutes screen offline
    ]);
    const files = readdirSync(join(dir, 'offline'));
    expect(files.sort()).toEqual(
      ['overleg-41.slot.json', 'overleg-41.sqlite'].concat(files.filter((f) => /-(wal|shm)$/.test(f))).sort(),
    );
    // Nothing readable in the file or the slot: not the title, not a name, not the user name.
    for (const name of files) {
      const bytes = readFileSync(join(dir, 'offline', name)).toString('latin1');
      for (const secret of ['Casusoverleg Noord', 'Persoon 1', 'CTER-2026', USER.username, 'Notulist'])
        expect(bytes, `${name} holds ${secret}`).not.toContain(secret);
    }
    // Another password opens nothing; the right one opens the copy.
    const store = new OfflineStore(join(dir, 'offline'), offlineKeys());
    await ws.bridge.close();
    expect(await store.unlock(USER.username, 'een-ander-wachtwoord')).toEqual([]);
    expect(await store.unlock('iemand.anders', PASSWORD)).toEqual([]);
    const [opened] = await store.unlock(USER.username, PASSWORD);
    expect(opened!.read<MeetingView>('view')!.title).toBe('Casusoverleg Noord (voorbeeld)');
    opened!.close();
  });

  it('refuses a check-out with a mistyped password: no lease, no copy', async () => {
    const dir = freshDir();
    const ws = workstation(dir);
    await ws.value('session:login', { username: USER.username, password: PASSWORD });
    expect(await ws.call('offline:check-out', { id: 41, password: 'verkeerd' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_CREDENTIALS' },
    });
    expect(ws.server.sent.some((request) => request.channel === 'meetings:check-out')).toBe(false);
    expect(await ws.value('offline:list')).toEqual([]);
  });

  it('answers the minutes screen from the copy, online and offline; the rest goes to the server', async () => {
    const dir = freshDir();
    const { ws } = await checkedOut(dir);
    const before = ws.server.sent.length;
    const meeting = await ws.value<MeetingView>('meetings:get', { id: 41 });
    expect(meeting.items).toHaveLength(3);
    expect(await ws.value('meetings:lease', { id: 41 })).toMatchObject({ mine: true, workstation: 'Laptop 3' });
    expect(ws.server.sent.length).toBe(before);

    ws.server.state.down = true;
    const item = meeting.items[0]!;
    const saved = await ws.value<{ item: AgendaItemView }>('meetings:save-item', {
      itemId: item.id,
      minutes: minutesOf(1),
      spentSeconds: 60,
      version: item.version,
    });
    expect(saved.item.version).toBe(item.version + 1);
    // A stale version is refused as the server would.
    expect(
      await ws.call('meetings:save-item', {
        itemId: item.id,
        minutes: minutesOf(9),
        spentSeconds: 1,
        version: item.version,
      }),
    ).toMatchObject({ ok: false, error: { code: 'STALE_VERSION' } });
    // Attendance.
    const attendance = [
      { partner: 'politie', status: 'aanwezig', namen: 'Agent A (fictief)' },
      { partner: 'gemeente', status: 'afgemeld', namen: '' },
    ];
    const details = {
      type: meeting.type,
      title: meeting.title,
      datum: meeting.datum,
      starttijd: meeting.starttijd,
      locatie: meeting.locatie,
      regionId: meeting.regionId,
      voorzitterId: meeting.voorzitter?.id ?? null,
      notulistId: meeting.notulist?.id ?? null,
      invitedPartners: meeting.invitedPartners,
      invitedPersons: meeting.invitedPersons,
    };
    const updated = await ws.value<MeetingView>('meetings:update', {
      id: 41,
      details,
      attendance,
      version: meeting.version,
    });
    expect(updated.attendance[1]).toMatchObject({ status: 'afgemeld' });
    // What the copy cannot do, it says; what is the server's fails as without a copy.
    expect(await ws.call('meetings:save-agenda', { id: 41, items: [] })).toMatchObject({
      error: { code: 'NOT_IN_LOCAL_COPY' },
    });
    expect(await ws.call('cases:get', { id: 201 })).toMatchObject({ error: { code: 'NO_CONNECTION' } });
    // The reference lists (partners for attendance and inbreng) as kept at check-out.
    expect(await ws.value('lists:get')).toEqual(REFERENCE_LISTS);
    // The meetings list without a connection: the meetings on this workstation.
    expect(await ws.value('meetings:list', {})).toEqual([expect.objectContaining({ id: 41, items: 3 })]);
    expect(await ws.value('offline:list')).toEqual([expect.objectContaining({ meetingId: 41, changed: true })]);
    await ws.bridge.close();
  });

  it('answers an item’s background from the package, online and offline, and none for an item it has none for', async () => {
    const dir = freshDir();
    const { ws } = await checkedOut(dir);
    const before = ws.server.sent.length;
    expect(await ws.value('meetings:item-context', { itemId: 101 })).toEqual(CONTEXT_101);
    ws.server.state.down = true;
    expect(await ws.value('meetings:item-context', { itemId: 101 })).toEqual(CONTEXT_101);
    expect(await ws.value('meetings:item-context', { itemId: 103 })).toEqual({
      signal: null,
      wegingen: [],
      earlier: [],
    });
    // Nothing asked of the server; an item of no meeting here is the server's (out of reach).
    expect(ws.server.sent.length).toBe(before);
    expect(await ws.call('meetings:item-context', { itemId: 999 })).toMatchObject({ error: { code: 'NO_CONNECTION' } });
    // Kept in the copy: after a restart offline it is there; wiped with the copy.
    await ws.bridge.close();
    const server = standInServer();
    server.state.down = true;
    const again = workstation(dir, server);
    await again.value('session:login', { username: USER.username, password: PASSWORD });
    expect(await again.value('meetings:item-context', { itemId: 101 })).toEqual(CONTEXT_101);
    expect(await again.value('offline:remove', { id: 41 })).toBeNull();
    expect(await again.call('meetings:item-context', { itemId: 101 })).toMatchObject({
      error: { code: 'NO_CONNECTION' },
    });
    await again.bridge.close();
  });

  it('logs in offline after a restart with the copy’s password, and only that copy answers', async () => {
    const dir = freshDir();
    const { ws } = await checkedOut(dir);
    const meeting = await ws.value<MeetingView>('meetings:get', { id: 41 });
    ws.server.state.down = true;
    for (const [n, item] of meeting.items.entries()) {
      await ws.value('meetings:save-item', {
        itemId: item.id,
        minutes: minutesOf(n + 1),
        spentSeconds: 30,
        version: item.version,
      });
    }
    await ws.bridge.close();

    // The laptop starts again; the server is still out of reach.
    const server = standInServer();
    server.state.down = true;
    const again = workstation(dir, server);
    const events: unknown[] = [];
    again.bridge.onEvent((event) => events.push(event));
    // The login screen offers the log-in without a connection: a meeting is kept here.
    expect(await again.value<VaultStatus>('vault:status')).toMatchObject({
      state: 'no-connection',
      team: { connected: false, offlineCopies: true },
    });
    expect(await again.call('session:login', { username: USER.username, password: 'verkeerd' })).toMatchObject({
      error: { code: 'SERVER_UNREACHABLE' },
    });
    expect(await again.value('session:login', { username: USER.username, password: PASSWORD })).toEqual({ user: USER });
    expect(await again.value<VaultStatus>('vault:status')).toMatchObject({
      state: 'unlocked',
      user: USER,
      team: { connected: false },
    });
    const kept = await again.value<MeetingView>('meetings:get', { id: 41 });
    expect(kept.items.map((item) => item.minutes)).toEqual([1, 2, 3].map((n) => minutesOf(n)));
    expect(await again.call('cases:get', { id: 201 })).toMatchObject({ error: { code: 'NO_CONNECTION' } });
    // The minutes screen's partner choices after the restart, from the copy.
    expect(await again.value('lists:get')).toEqual(REFERENCE_LISTS);

    // The server is back: the offline session ends as a lock that says so; the next log-in is the server's.
    server.state.down = false;
    expect(await again.call('cases:get', { id: 201 })).toMatchObject({ error: { code: 'SESSION_EXPIRED' } });
    expect(events).toContainEqual({ type: 'session-ended', reason: 'reconnected' });
    expect(await again.value<VaultStatus>('vault:status')).toMatchObject({
      state: 'locked',
      lockedUser: { username: USER.username },
    });
    await again.value('session:login', { username: USER.username, password: PASSWORD });
    expect(await again.value('offline:list')).toEqual([expect.objectContaining({ meetingId: 41, changed: true })]);
    await again.bridge.close();
  });

  it('checks in with one key across a lost answer, then wipes the copy', async () => {
    const dir = freshDir();
    const { ws } = await checkedOut(dir);
    const meeting = await ws.value<MeetingView>('meetings:get', { id: 41 });
    const item = meeting.items[1]!;
    await ws.value('meetings:save-item', { itemId: item.id, minutes: minutesOf(2), spentSeconds: 5, version: 1 });

    // Applied at the server, the answer lost, the server out of reach for the client's own retries.
    ws.server.state.loseNextAnswer = true;
    ws.server.state.downAfterLoss = true;
    expect(await ws.call('offline:check-in', { id: 41 })).toMatchObject({ error: { code: 'NO_CONNECTION' } });
    expect(await ws.value('offline:list')).toHaveLength(1);
    ws.server.state.down = false;
    expect(await ws.value('offline:check-in', { id: 41 })).toEqual({ outcome: 'applied' });
    const sentCheckIns = ws.server.sent.filter((request) => request.channel === 'meetings:check-in');
    expect(sentCheckIns.length).toBeGreaterThanOrEqual(2);
    const keys = new Set(sentCheckIns.map((request) => (request.input as { checkInKey: string }).checkInKey));
    expect(keys.size).toBe(1);
    expect(ws.server.state.checkIns).toHaveLength(1);
    expect(ws.server.state.checkIns[0]).toMatchObject({
      leaseId: LEASE_ID,
      changes: {
        meeting: null,
        items: [{ itemId: item.id, minutes: minutesOf(2), spentSeconds: 5, base: 1 }],
        actions: [],
        agenda: [101, 102, 103],
        adopted: false,
      },
    });
    // Wiped: no copy, no files.
    expect(await ws.value('offline:list')).toEqual([]);
    expect(readdirSync(join(dir, 'offline')).filter((name) => name.startsWith('overleg-'))).toEqual([]);
    // The meeting is the server's again.
    await ws.call('meetings:get', { id: 41 });
    expect(ws.server.sent.at(-1)).toMatchObject({ channel: 'meetings:get' });
    await ws.bridge.close();
  });

  it('removes a copy on request: wiped at once, the lease ended now or at the next call', async () => {
    const dir = freshDir();
    const { ws } = await checkedOut(dir);
    ws.server.state.down = true;
    expect(await ws.value('offline:remove', { id: 41 })).toBeNull();
    expect(await ws.value('offline:list')).toEqual([]);
    expect(readdirSync(join(dir, 'offline')).filter((name) => name.startsWith('overleg-'))).toEqual([]);
    expect(ws.server.sent.some((request) => request.channel === 'meetings:revoke-lease')).toBe(false);
    ws.server.state.down = false;
    await ws.call('cases:get', { id: 201 });
    expect(ws.server.sent.slice(-2).map((request) => request.channel)).toEqual(['meetings:revoke-lease', 'cases:get']);
    await ws.call('cases:get', { id: 201 });
    expect(ws.server.sent.filter((request) => request.channel === 'meetings:revoke-lease')).toHaveLength(1);
    await ws.bridge.close();
  });

  it('says so when a copy’s slot is damaged, on the login screen with and without the server, and keeps the copy', async () => {
    const dir = freshDir();
    const { ws } = await checkedOut(dir);
    await ws.bridge.close();
    // A disk fault cuts the slot off: the only key to the copy is in it, so nothing opens the copy.
    const slot = join(dir, 'offline', 'overleg-41.slot.json');
    const damaged = readFileSync(slot, 'utf8').slice(0, 40);
    writeFileSync(slot, damaged);
    const database = readFileSync(join(dir, 'offline', 'overleg-41.sqlite'));

    const server = standInServer();
    server.state.down = true;
    const again = workstation(dir, server);
    expect(await again.value<VaultStatus>('vault:status')).toMatchObject({
      state: 'no-connection',
      team: { connected: false, offlineCopies: false, damagedCopies: [41] },
    });
    expect(await again.call('session:login', { username: USER.username, password: PASSWORD })).toMatchObject({
      error: { code: 'SERVER_UNREACHABLE' },
    });
    // The server is back: its login screen says it too, and a new check-out of that meeting is
    // refused rather than replacing the copy.
    server.state.down = false;
    expect(await again.value<VaultStatus>('vault:status')).toMatchObject({
      state: 'locked',
      team: { connected: true, damagedCopies: [41] },
    });
    await again.value('session:login', { username: USER.username, password: PASSWORD });
    expect(await again.call('offline:check-out', { id: 41, password: PASSWORD })).toMatchObject({
      error: { code: 'OFFLINE_COPY_DAMAGED' },
    });
    await again.bridge.close();
    // Nothing removed, nothing rewritten: the copy stays for the beheerder.
    new OfflineStore(join(dir, 'offline'), offlineKeys());
    expect(readFileSync(slot, 'utf8')).toBe(damaged);
    expect(readFileSync(join(dir, 'offline', 'overleg-41.sqlite'))).toEqual(database);
  });

  it('drops a half-made copy (a database without its slot) when the store opens', async () => {
    const dir = freshDir();
    const folder = join(dir, 'offline');
    mkdirSync(folder);
    writeFileSync(join(folder, 'overleg-5.sqlite'), 'x');
    writeFileSync(join(folder, 'overleg-6.sqlite.tmp'), 'x');
    new OfflineStore(folder, offlineKeys());
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps every acknowledged word when the laptop’s process is killed offline; check-in sends exactly them', async () => {
    const dir = freshDir();
    const { ws } = await checkedOut(dir);
    await ws.bridge.close();

    // The workstation's side as a process of its own, offline; killed (SIGKILL) while saving.
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures/offline-writer.ts'), dir], {
      cwd: resolve(__dirname, '../..'),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let acked = 0;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const killAt = 3 + 1 + Math.floor(Math.random() * 10);
    const ended = new Promise<NodeJS.Signals | null>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const lines = out.split('\n');
        out = lines.pop()!;
        for (const line of lines) {
          if (line.startsWith('PID ')) {
            expect(Number(line.slice(4))).toBe(child.pid);
            child.stdin.write('GO\n');
          } else if (line.startsWith('ACK ')) acked = Number(line.slice(4));
        }
        if (acked >= killAt) child.kill('SIGKILL');
      });
      child.on('error', fail);
      child.on('close', (_code, signal) => done(signal));
    });
    expect(await ended, errors).toBe('SIGKILL');
    expect(acked).toBeGreaterThanOrEqual(killAt);

    // Started again, still offline: the text is intact — items 2 and 3 whole, item 1 at least as acknowledged.
    const server = standInServer();
    server.state.down = true;
    const again = workstation(dir, server);
    await again.value('session:login', { username: USER.username, password: PASSWORD });
    const kept = await again.value<MeetingView>('meetings:get', { id: 41 });
    const [first, second, third] = kept.items;
    expect(second!.minutes).toEqual(minutesFor(102, 3));
    expect(third!.minutes).toEqual(minutesFor(103, 3));
    const words = first!.minutes.duiding.split(' ').length;
    expect(words).toBeGreaterThanOrEqual(acked - 3 + 3);
    expect(first!.minutes).toEqual(minutesFor(101, words));
    expect(first!.spentSeconds).toBe(words);

    // The server is back: log in, check in; the server gets exactly the minutes on the laptop.
    server.state.down = false;
    // (the copy still answers its meeting; the first call for the server ends the offline session)
    expect(await again.call('cases:get', { id: 201 })).toMatchObject({ error: { code: 'SESSION_EXPIRED' } });
    await again.value('session:login', { username: USER.username, password: PASSWORD });
    expect(await again.value('offline:check-in', { id: 41 })).toEqual({ outcome: 'applied' });
    const [checkIn] = server.state.checkIns as { changes: { items: { itemId: number; minutes: unknown }[] } }[];
    expect(checkIn!.changes.items.map((item) => [item.itemId, item.minutes])).toEqual(
      kept.items.map((item) => [item.id, item.minutes]),
    );
    // Twice is once: the copy is gone, and nothing more reaches the server.
    expect(await again.call('offline:check-in', { id: 41 })).toMatchObject({ error: { code: 'NO_LOCAL_COPY' } });
    expect(server.state.checkIns).toHaveLength(1);
    await again.bridge.close();
  }, 60_000);
});
