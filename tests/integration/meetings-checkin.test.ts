// Check-out package and check-in of a meeting (issue 19), on both engines (the `postgres` project
// runs this file on PostgreSQL): what the package holds and withholds (an afgeschermde casus on
// the agenda that the notulist may not see; the items' background), a check-in applied in one transaction (a failing last
// record leaves nothing applied), a retried check-in applied once, a colleague's action edit
// answered as conflicts with both versions and resolved with each choice, an expired or revoked
// lease turning the check-in into a conflict copy that the chair applies or discards, and the
// audit rows of each.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { sql } from '../../src-main/core/db/sql';
import { BOTH_MARKER } from '../../src-main/core/meetings/check-in-diff';
import type { MeetingView, Minutes } from '../../src-shared/ipc/meetings';
import type {
  CheckInResult,
  CheckoutPackage,
  ConflictCopy,
  MeetingLease,
} from '../../src-shared/ipc/meeting-check-out';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { addAccount, call, codeOf, loginAs, makeCore, rawSql, withDatabase } from './helpers';

type Account = { id: number; username: string; password: string };

let core: Core;
let clock: ReturnType<typeof makeCore>['clock'];
let voorzitter: Account;
let notulist: Account;
let collega: Account;
let beheerder: Account;
let meeting: MeetingView;
let casus: RegisteredSignal;
let actionId: number;
let lease: MeetingLease;
let pkg: CheckoutPackage;

const OFFLINE = { offlineFrom: '2026-11-29T09:30:00.000Z', offlineUntil: '2026-11-29T11:15:00.000Z' };

async function register(naam: string): Promise<RegisteredSignal> {
  return call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam, geboortedatum: '2008-01-01', gemeenteId: 1 } },
    signal: {
      melderPartner: 'politie',
      ontvangen: '2026-11-10',
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'jihadistisch',
      ernst: 'matig',
      bron: 'online',
    },
  });
}

const actie = {
  id: 'a1',
  omschrijving: 'Huisbezoek plannen (fictief)',
  actiehouderPartner: 'politie',
  actiehouderNaam: 'Agent Jansen',
  deadline: '2026-12-15',
};

/** The package's item at `index` (0: the casus, 1: withheld, 2: rondvraag). */
const itemAt = (index: number) => pkg.meeting.items[index]!;

/** A change of one item's minutes, based on the package. */
function itemChange(index: number, minutes: Partial<Minutes>) {
  const item = itemAt(index);
  return {
    itemId: item.id,
    title: item.title,
    minutes: { ...item.minutes, ...minutes },
    spentSeconds: 60,
    base: item.version,
  };
}

const actionBases = () => Object.entries(pkg.base.actions).map(([id, base]) => ({ id: Number(id), base }));

function checkIn(changes: Record<string, unknown>, checkInKey = randomUUID()) {
  return core.dispatch('meetings:check-in', {
    leaseId: pkg.lease.id,
    checkInKey,
    ...OFFLINE,
    changes: { agenda: pkg.meeting.items.map((i) => i.id), actions: actionBases(), ...changes },
  });
}

async function answer(result: Awaited<ReturnType<Core['dispatch']>>): Promise<CheckInResult> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as CheckInResult;
}

async function auditRows(action: string) {
  return rawSql<{ actor_id: number | null; object_id: string | null; result: string; details: string | null }>(
    core,
    sql`SELECT actor_id, object_id, result, details FROM audit_entry WHERE action = ${action} ORDER BY id`,
  );
}

async function asChair() {
  await loginAs(core, voorzitter);
  return call<MeetingView>(core, 'meetings:get', { id: meeting.id });
}

beforeEach(async () => {
  const made = makeCore();
  core = made.core;
  clock = made.clock;
  await withDatabase(core);
  const person = (username: string, roles: ('procesregisseur' | 'notulist')[], displayName: string) =>
    addAccount(core, { username, roles, regionIds: [1], displayName });
  voorzitter = await person('voorzitter', ['procesregisseur'], 'Vera Voorzitter');
  notulist = await person('notulist', ['notulist'], 'Niels Notulist');
  collega = await person('collega', ['procesregisseur'], 'Carla Collega');
  beheerder = await addAccount(core, { username: 'tweedebeheer', roles: ['beheerder'], displayName: 'Bea Beheer' });
  await loginAs(core, voorzitter);
  casus = await register('Pieter Voorbeeld (fictief)');
  const shielded = await register('Geheim Persoon (fictief)');
  await call(core, 'cases:update', {
    id: shielded.caseId,
    regionId: 1,
    procesregisseurId: null,
    partners: [],
    afgeschermd: true,
    namedAccountIds: [],
  });
  meeting = await call<MeetingView>(core, 'meetings:create', {
    type: 'i2o',
    title: 'Casusoverleg Noord (fictief)',
    datum: '2026-12-01',
    starttijd: '09:30',
    regionId: 1,
    voorzitterId: voorzitter.id,
    notulistId: notulist.id,
    invitedPartners: ['politie'],
  });
  meeting = await call<MeetingView>(core, 'meetings:save-agenda', {
    id: meeting.id,
    items: [
      { kind: 'casus', caseId: casus.caseId, title: 'Pieter' },
      { kind: 'casus', caseId: shielded.caseId, title: 'Geheim' },
      { kind: 'overig', title: 'Rondvraag (fictief)' },
    ],
  });
  await loginAs(core, notulist);
  const saved = await call<{ item: MeetingView['items'][number] }>(core, 'meetings:save-item', {
    itemId: meeting.items[0]!.id,
    minutes: { inbreng: [], duiding: 'Voor het overleg.', besluiten: [], acties: [actie] },
    spentSeconds: 0,
  });
  actionId = saved.item.minutes.acties[0]!.caseActionId!;
  lease = await call<MeetingLease>(core, 'meetings:check-out', { id: meeting.id });
  pkg = await call<CheckoutPackage>(core, 'meetings:checkout-package', { meetingId: meeting.id });
});

describe('the check-out package', () => {
  it('holds the meeting, the visible casussen, their open actions and the versions, never the withheld casus', async () => {
    expect(pkg.lease).toMatchObject({ meetingId: meeting.id, holder: { id: notulist.id }, mine: true });
    expect(pkg.lease.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(pkg.meeting.items.map((i) => i.withheld)).toEqual([false, true, false]);
    expect(pkg.meeting.items[0]!.minutes.duiding).toBe('Voor het overleg.');
    expect(pkg.cases).toEqual([
      expect.objectContaining({ id: casus.caseId, naam: 'Pieter Voorbeeld (fictief)', afgeschermd: false }),
    ]);
    expect(pkg.openActions).toEqual([
      expect.objectContaining({ id: actionId, caseId: casus.caseId, omschrijving: actie.omschrijving }),
    ]);
    expect(pkg.base.meeting).toBe(pkg.meeting.version);
    expect(Object.keys(pkg.base.items)).toHaveLength(3);
    expect(pkg.base.actions).toEqual({ [String(actionId)]: 1 });
    expect(JSON.stringify(pkg)).not.toMatch(/Geheim/);
    expect(pkg).not.toHaveProperty('convenant');
  });

  it('holds the background of each visible casus item as item-context gives it, none for the withheld or general item', async () => {
    const [visible, withheld, general] = pkg.meeting.items;
    expect(Object.keys(pkg.contexts)).toEqual([String(visible!.id)]);
    const context = pkg.contexts[String(visible!.id)]!;
    expect(context.signal).toMatchObject({ omschrijving: 'Voorbeeld — fictief signaal.', melderPartner: 'politie' });
    expect(context).toEqual(await call(core, 'meetings:item-context', { itemId: visible!.id }));
    // The afgeschermde casus the notulist is not named on, and the rondvraag: nothing.
    expect(pkg.contexts).not.toHaveProperty(String(withheld!.id));
    expect(pkg.contexts).not.toHaveProperty(String(general!.id));
    // The package's audit entry says how many backgrounds went along.
    const [row] = await auditRows('meetings:checkout-package');
    expect(JSON.parse(row!.details!)).toMatchObject({ pakket: true, achtergrond: 1 });
  });

  it('is for the lease holder only', async () => {
    await loginAs(core, voorzitter);
    expect(await codeOf(core, 'meetings:checkout-package', { meetingId: meeting.id })).toBe('MEETING_CHECKED_OUT');
    await loginAs(core, notulist);
    await call(core, 'meetings:revoke-lease', { id: meeting.id });
    expect(await codeOf(core, 'meetings:checkout-package', { meetingId: meeting.id })).toBe('NOT_FOUND');
  });
});

describe('checking in', () => {
  it('applies every change in one transaction, ends the lease and audits the offline times', async () => {
    const result = await answer(
      await checkIn({
        meeting: {
          details: {
            type: 'i2o',
            title: meeting.title,
            datum: meeting.datum,
            starttijd: meeting.starttijd,
            locatie: 'Zaal 3 (fictief)',
            regionId: 1,
            voorzitterId: voorzitter.id,
            notulistId: notulist.id,
            invitedPartners: ['politie'],
            invitedPersons: '',
          },
          attendance: [{ partner: 'politie', status: 'aanwezig', namen: 'Agent Jansen' }],
          base: pkg.base.meeting,
        },
        items: [
          itemChange(0, { duiding: 'Offline genotuleerd.', acties: [{ ...actie, caseActionId: actionId }] }),
          itemChange(2, { duiding: 'Geen rondvraag.' }),
        ],
      }),
    );
    expect(result.outcome).toBe('applied');
    const now = await asChair();
    expect(now.locatie).toBe('Zaal 3 (fictief)');
    expect(now.attendance).toEqual([{ partner: 'politie', status: 'aanwezig', namen: 'Agent Jansen' }]);
    expect(now.items.map((i) => i.minutes.duiding)).toEqual(['Offline genotuleerd.', '', 'Geen rondvraag.']);
    expect(await call(core, 'meetings:lease', { id: meeting.id })).toBeNull();
    const [row] = await auditRows('meetings:check-in');
    expect(row).toMatchObject({ actor_id: notulist.id, object_id: String(meeting.id), result: 'ok' });
    expect(JSON.parse(row!.details!)).toMatchObject({
      uitcheck: lease && pkg.lease.id,
      offlineVan: OFFLINE.offlineFrom,
      offlineTot: OFFLINE.offlineUntil,
      uitkomst: 'applied',
    });
  });

  it('applies nothing when the last record fails', async () => {
    const withheld = itemAt(1);
    const result = await checkIn({
      items: [
        itemChange(0, { duiding: 'Mag niet blijven staan.' }),
        { itemId: withheld.id, minutes: withheld.minutes, spentSeconds: 1, base: withheld.version },
      ],
    });
    expect(result.ok).toBe(false);
    const now = await asChair();
    expect(now.items[0]!.minutes.duiding).toBe('Voor het overleg.');
    expect(now.items[0]!.version).toBe(itemAt(0).version);
    await loginAs(core, notulist);
    expect(await call<MeetingLease>(core, 'meetings:lease', { id: meeting.id })).toMatchObject({ mine: true });
    const rows = await rawSql<{ n: number }>(core, sql`SELECT CAST(count(*) AS INTEGER) AS n FROM meeting_check_in`);
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it('gives a retry with the same key the same answer and applies it once', async () => {
    const key = randomUUID();
    const changes = { items: [itemChange(2, { duiding: 'Eén keer.' })] };
    const first = await answer(await checkIn(changes, key));
    const again = await answer(await checkIn(changes, key));
    expect(first.outcome).toBe('applied');
    expect(again).toEqual(first);
    const now = await asChair();
    expect(now.items[2]!.version).toBe(itemAt(2).version + 1);
    expect((await auditRows('meetings:check-in')).map((r) => JSON.parse(r.details!).herhaald ?? 0)).toEqual([0, 1]);
  });

  it('refuses offline times in the wrong order', async () => {
    const result = await core.dispatch('meetings:check-in', {
      leaseId: pkg.lease.id,
      checkInKey: randomUUID(),
      offlineFrom: OFFLINE.offlineUntil,
      offlineUntil: OFFLINE.offlineFrom,
      changes: {},
    });
    expect(result.ok ? null : result.error.code).toBe('CHECK_IN_OFFLINE_RANGE');
  });
});

describe('conflicts', () => {
  /** A colleague edits the action on the casus page; a write from before the check-out lands on the rondvraag. */
  async function meanwhile() {
    await loginAs(core, collega);
    await call(core, 'cases:save-action', {
      caseId: casus.caseId,
      id: actionId,
      soort: 'actie',
      omschrijving: 'Huisbezoek afgezegd (fictief)',
      actiehouderPartner: 'politie',
      actiehouderNaam: 'Agent Jansen',
      deadline: '2026-12-20',
      status: 'lopend',
    });
    await rawSql(
      core,
      sql`UPDATE agenda_item SET minutes = ${JSON.stringify({ inbreng: [], duiding: 'Op de server.', besluiten: [], acties: [] })},
             version = version + 1 WHERE id = ${itemAt(2).id}`,
    );
    await loginAs(core, notulist);
  }

  const offline = () => ({
    items: [
      itemChange(0, {
        duiding: 'Offline genotuleerd.',
        acties: [{ ...actie, omschrijving: 'Huisbezoek op dinsdag (fictief)', caseActionId: actionId }],
      }),
      itemChange(2, { duiding: 'Van de laptop.' }),
    ],
  });

  it('answers both versions side by side and applies nothing', async () => {
    await meanwhile();
    const result = await answer(await checkIn(offline()));
    if (result.outcome !== 'conflicts') throw new Error(result.outcome);
    const byField = Object.fromEntries(result.conflicts.map((c) => [`${c.record.kind}.${c.field}`, c]));
    expect(Object.keys(byField).sort()).toEqual(['action.deadline', 'action.omschrijving', 'item.duiding']);
    expect(byField['action.omschrijving']).toMatchObject({
      server: 'Huisbezoek afgezegd (fictief)',
      local: 'Huisbezoek op dinsdag (fictief)',
      serverBy: 'Carla Collega',
      takes: ['server', 'local', 'both'],
    });
    expect(byField['item.duiding']).toMatchObject({ server: 'Op de server.', local: 'Van de laptop.' });
    const now = await asChair();
    expect(now.items[0]!.minutes.duiding).toBe('Voor het overleg.');
    await loginAs(core, notulist);
    expect(await call<MeetingLease>(core, 'meetings:lease', { id: meeting.id })).toMatchObject({ mine: true });
  });

  it('applies with a choice per conflict: server, local and both', async () => {
    await meanwhile();
    const key = randomUUID();
    const result = await answer(await checkIn(offline(), key));
    if (result.outcome !== 'conflicts') throw new Error(result.outcome);
    const record = (kind: string) => result.conflicts.find((c) => c.record.kind === kind)!.record;
    const resolve = (choices: unknown[]) =>
      core.dispatch('meetings:resolve-check-in', { leaseId: pkg.lease.id, checkInKey: key, choices });
    // One choice missing: refused, nothing written.
    const partial = await resolve([{ record: record('action'), field: 'deadline', take: 'server' }]);
    expect(partial.ok ? null : partial.error.code).toBe('CHECK_IN_CHOICE_MISSING');
    const applied = await answer(
      await resolve([
        { record: record('action'), field: 'omschrijving', take: 'both' },
        { record: record('action'), field: 'deadline', take: 'server' },
        { record: record('item'), field: 'duiding', take: 'local' },
      ]),
    );
    expect(applied.outcome).toBe('applied');
    const now = await asChair();
    expect(now.items[0]!.minutes.duiding).toBe('Offline genotuleerd.');
    expect(now.items[2]!.minutes.duiding).toBe('Van de laptop.');
    const [action] = await rawSql<{ omschrijving: string; deadline: string; status: string }>(
      core,
      sql`SELECT omschrijving, deadline, status FROM casus_action WHERE id = ${actionId}`,
    );
    expect(action).toEqual({
      omschrijving: `Huisbezoek afgezegd (fictief)\n\n${BOTH_MARKER}\nHuisbezoek op dinsdag (fictief)`,
      deadline: '2026-12-20',
      status: 'lopend',
    });
    expect(await call(core, 'meetings:lease', { id: meeting.id })).toBeNull();
    const rows = await auditRows('meetings:resolve-check-in');
    expect(rows.map((r) => r.result)).toEqual(['CHECK_IN_CHOICE_MISSING', 'ok']);
    expect(JSON.parse(rows[1]!.details!)).toMatchObject({ uitkomst: 'applied', keuzes: 3 });
  });

  it('takes the server version when chosen', async () => {
    await meanwhile();
    const key = randomUUID();
    const result = await answer(await checkIn(offline(), key));
    if (result.outcome !== 'conflicts') throw new Error(result.outcome);
    await answer(
      await core.dispatch('meetings:resolve-check-in', {
        leaseId: pkg.lease.id,
        checkInKey: key,
        choices: result.conflicts.map((c) => ({ record: c.record, field: c.field, take: 'server' })),
      }),
    );
    const now = await asChair();
    expect(now.items[2]!.minutes.duiding).toBe('Op de server.');
    const [action] = await rawSql<{ omschrijving: string }>(
      core,
      sql`SELECT omschrijving FROM casus_action WHERE id = ${actionId}`,
    );
    expect(action!.omschrijving).toBe('Huisbezoek afgezegd (fictief)');
  });
});

describe('an agenda item removed on the server', () => {
  /** The rondvraag, empty on the server, is taken off the agenda while the laptop typed in it. */
  async function removeRondvraag() {
    await rawSql(core, sql`DELETE FROM agenda_item WHERE id = ${itemAt(2).id}`);
  }

  it('is a conflict, not a failed check-in; its text is laid aside as a conflict copy for the chair', async () => {
    await removeRondvraag();
    const key = randomUUID();
    const result = await answer(
      await checkIn(
        {
          items: [
            itemChange(0, { duiding: 'Offline genotuleerd.' }),
            itemChange(2, { duiding: 'Rondvraag op de laptop.' }),
          ],
        },
        key,
      ),
    );
    if (result.outcome !== 'conflicts') throw new Error(result.outcome);
    expect(result.conflicts).toEqual([
      expect.objectContaining({
        record: { kind: 'item', id: itemAt(2).id },
        field: 'removed',
        label: 'Rondvraag (fictief)',
        server: '',
        local: 'Rondvraag op de laptop.',
        takes: ['server'],
      }),
    ]);
    // Nothing applied yet.
    expect((await asChair()).items[0]!.minutes.duiding).toBe('Voor het overleg.');
    expect(await call<ConflictCopy[]>(core, 'meetings:conflict-copies', { meetingId: meeting.id })).toEqual([]);
    await loginAs(core, notulist);
    const applied = await answer(
      await core.dispatch('meetings:resolve-check-in', {
        leaseId: pkg.lease.id,
        checkInKey: key,
        choices: result.conflicts.map((c) => ({ record: c.record, field: c.field, take: 'server' })),
      }),
    );
    expect(applied.outcome).toBe('applied');
    const now = await asChair();
    expect(now.items.map((i) => i.id)).not.toContain(itemAt(2).id);
    expect(now.items[0]!.minutes.duiding).toBe('Offline genotuleerd.');
    // The laptop's text of the removed item waits for the chair.
    const copies = await call<ConflictCopy[]>(core, 'meetings:conflict-copies', { meetingId: meeting.id });
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ reason: 'item-removed', holder: { id: notulist.id }, resolvedAt: null });
    expect(copies[0]!.changes.items.map((i) => i.minutes.duiding)).toEqual(['Rondvraag op de laptop.']);
    expect(copies[0]!.differences).toEqual([
      expect.objectContaining({ field: 'removed', local: 'Rondvraag op de laptop.', takes: ['server'] }),
    ]);
    const discarded = await call<ConflictCopy>(core, 'meetings:resolve-conflict-copy', {
      copyId: copies[0]!.id,
      action: 'discard',
    });
    expect(discarded.resolution).toBe('discarded');
    const [audit] = await auditRows('meetings:resolve-check-in');
    expect(JSON.parse(audit!.details!)).toMatchObject({ uitkomst: 'applied', apartGezet: 1 });
  });

  it('in a conflict copy: shown as a difference, the rest applied by the chair', async () => {
    clock.advance(3 * 86_400_000);
    await removeRondvraag();
    const result = await answer(
      await checkIn({
        items: [itemChange(0, { duiding: 'Te laat ingecheckt.' }), itemChange(2, { duiding: 'Weg op de server.' })],
      }),
    );
    if (result.outcome !== 'conflict-copy') throw new Error(result.outcome);
    await asChair();
    const [copy] = await call<ConflictCopy[]>(core, 'meetings:conflict-copies', { meetingId: meeting.id });
    expect(copy!.differences.map((d) => d.field).sort()).toEqual(['duiding', 'removed']);
    await call<ConflictCopy>(core, 'meetings:resolve-conflict-copy', {
      copyId: copy!.id,
      action: 'apply',
      choices: copy!.differences.map((d) => ({
        record: d.record,
        field: d.field,
        take: d.field === 'removed' ? 'server' : 'local',
      })),
    });
    const now = await call<MeetingView>(core, 'meetings:get', { id: meeting.id });
    expect(now.items[0]!.minutes.duiding).toBe('Te laat ingecheckt.');
    expect(now.items).toHaveLength(2);
  });

  it('still refuses an item of another meeting', async () => {
    await loginAs(core, voorzitter);
    const created = await call<MeetingView>(core, 'meetings:create', {
      type: 'i2o',
      title: 'Ander overleg (fictief)',
      datum: '2026-12-02',
      starttijd: '10:00',
      regionId: 1,
      voorzitterId: voorzitter.id,
      notulistId: notulist.id,
      invitedPartners: ['politie'],
    });
    const other = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: created.id,
      items: [{ kind: 'overig', title: 'Elders (fictief)' }],
    });
    await loginAs(core, notulist);
    const elsewhere = other.items[0]!;
    const result = await checkIn({
      items: [{ itemId: elsewhere.id, minutes: elsewhere.minutes, spentSeconds: 1, base: elsewhere.version }],
    });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
  });
});

describe('conflict copies', () => {
  const changes = () => ({ items: [itemChange(2, { duiding: 'Na het einde van de uitcheck.' })] });

  it('keeps a check-in on an expired lease as a copy that the chair applies', async () => {
    clock.advance(3 * 86_400_000);
    const result = await answer(await checkIn(changes()));
    if (result.outcome !== 'conflict-copy') throw new Error(result.outcome);
    let now = await asChair();
    expect(now.items[2]!.minutes.duiding).toBe('');
    const [copy] = await call<ConflictCopy[]>(core, 'meetings:conflict-copies', { meetingId: meeting.id });
    expect(copy).toMatchObject({
      id: result.copyId,
      reason: 'expired',
      holder: { id: notulist.id, displayName: 'Niels Notulist' },
      offlineFrom: OFFLINE.offlineFrom,
      resolvedAt: null,
    });
    expect(copy!.differences).toEqual([
      expect.objectContaining({ field: 'duiding', server: '', local: 'Na het einde van de uitcheck.' }),
    ]);
    const resolved = await call<ConflictCopy>(core, 'meetings:resolve-conflict-copy', {
      copyId: copy!.id,
      action: 'apply',
      choices: copy!.differences.map((d) => ({ record: d.record, field: d.field, take: 'local' })),
    });
    expect(resolved).toMatchObject({ resolution: 'applied', resolvedBy: 'Vera Voorzitter' });
    now = await call<MeetingView>(core, 'meetings:get', { id: meeting.id });
    expect(now.items[2]!.minutes.duiding).toBe('Na het einde van de uitcheck.');
    expect(
      await codeOf(core, 'meetings:resolve-conflict-copy', { copyId: copy!.id, action: 'discard', choices: [] }),
    ).toBe('CONFLICT_COPY_RESOLVED');
    expect((await auditRows('meetings:lease-expired')).length).toBe(1);
    const [audit] = await auditRows('meetings:check-in');
    expect(JSON.parse(audit!.details!)).toMatchObject({ uitkomst: 'conflict-copy', reden: 'expired' });
  });

  it('tells only the chair how many copies wait, so a visit asks for them only then', async () => {
    expect((await asChair()).waitingCopies).toBe(0);
    await loginAs(core, notulist);
    clock.advance(3 * 86_400_000);
    await answer(await checkIn(changes()));
    expect((await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).waitingCopies).toBe(0);
    const now = await asChair();
    expect(now.waitingCopies).toBe(1);
    // Visiting the meeting reads no copy (the page asks only when some wait): no view row of them.
    expect(await auditRows('meetings:conflict-copies')).toEqual([]);
    const [copy] = await call<ConflictCopy[]>(core, 'meetings:conflict-copies', { meetingId: meeting.id });
    await call(core, 'meetings:resolve-conflict-copy', { copyId: copy!.id, action: 'discard' });
    expect((await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).waitingCopies).toBe(0);
  });

  it('keeps a check-in on a revoked lease as a copy that only the chair (or a beheerder) sees and discards', async () => {
    await loginAs(core, beheerder);
    await call(core, 'meetings:revoke-lease', { id: meeting.id });
    await loginAs(core, notulist);
    const result = await answer(await checkIn(changes()));
    expect(result.outcome).toBe('conflict-copy');
    expect(await codeOf(core, 'meetings:conflict-copies', { meetingId: meeting.id })).toBe('NOT_CHAIR');
    await loginAs(core, beheerder);
    const [copy] = await call<ConflictCopy[]>(core, 'meetings:conflict-copies', { meetingId: meeting.id });
    expect(copy!.reason).toBe('revoked');
    await loginAs(core, voorzitter);
    const discarded = await call<ConflictCopy>(core, 'meetings:resolve-conflict-copy', {
      copyId: copy!.id,
      action: 'discard',
    });
    expect(discarded.resolution).toBe('discarded');
    expect((await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).items[2]!.minutes.duiding).toBe('');
    const rows = await auditRows('meetings:resolve-conflict-copy');
    expect(JSON.parse(rows[0]!.details!)).toMatchObject({ conflictkopie: copy!.id, afhandeling: 'discard' });
  });
});

describe('the beheerder', () => {
  it('sees every active lease', async () => {
    await loginAs(core, beheerder);
    expect(await call(core, 'meetings:active-leases', {})).toEqual([
      expect.objectContaining({
        meetingId: meeting.id,
        meetingTitle: 'Casusoverleg Noord (fictief)',
        holder: { id: notulist.id, displayName: 'Niels Notulist' },
        mine: false,
      }),
    ]);
    await loginAs(core, notulist);
    expect(await codeOf(core, 'meetings:active-leases', {})).toBe('FORBIDDEN');
  });
});
