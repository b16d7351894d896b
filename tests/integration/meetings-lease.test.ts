// The check-out lease of a meeting (issue 19, first part), on both engines (the `postgres` project
// runs this file on PostgreSQL): the notulist checks out, a second check-out is refused naming who
// and until when, everyone else's writes to the meeting are refused with MEETING_CHECKED_OUT while
// the holder writes, the holder or a beheerder revokes, the lease expires by core's clock, every
// grant, revoke, expiry and refusal is in the audit log, and someone without the meeting (another
// region) or without a part in it cannot check it out.
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { MeetingLease } from '../../src-shared/ipc/meeting-check-out';
import type { Core } from '../../src-main/core/core';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, call, codeOf, loginAs, makeCore, rawSql, withDatabase } from './helpers';

type Account = { id: number; username: string; password: string };

let core: Core;
let clock: ReturnType<typeof makeCore>['clock'];
let beheerder: Account;
let voorzitter: Account;
let notulist: Account;
let collega: Account;
let buiten: Account;
let meeting: MeetingView;

/** 2026-11-29 09:00 UTC is 10:00 in Amsterdam; the end of the next day is 30-11 23:59 there. */
const DEFAULT_END = '2026-11-30T22:59:59.999Z';
const SHOWN_END = '30-11-2026 23:59';

const minutes = (duiding: string) => ({ inbreng: [], duiding, besluiten: [], acties: [] });

async function failure(channel: string, input: unknown) {
  const result = await core.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} succeeded`);
  return result.error;
}

async function saveItem(duiding: string) {
  return core.dispatch('meetings:save-item', {
    itemId: meeting.items[0]!.id,
    minutes: minutes(duiding),
    spentSeconds: 0,
  });
}

async function auditRows(action: string) {
  return rawSql<{ actor_id: number | null; object_id: string | null; result: string; details: string | null }>(
    core,
    sql`SELECT actor_id, object_id, result, details FROM audit_entry WHERE action = ${action} ORDER BY id`,
  );
}

beforeEach(async () => {
  const made = makeCore();
  core = made.core;
  clock = made.clock;
  await withDatabase(core);
  const person = (username: string, roles: ('procesregisseur' | 'notulist')[], region: number, displayName: string) =>
    addAccount(core, { username, roles, regionIds: [region], displayName });
  voorzitter = await person('voorzitter', ['procesregisseur'], 1, 'Vera Voorzitter');
  notulist = await person('notulist', ['notulist'], 1, 'Niels Notulist');
  collega = await person('collega', ['procesregisseur'], 1, 'Carla Collega');
  buiten = await person('buiten', ['procesregisseur'], 2, 'Bram Buiten');
  beheerder = await addAccount(core, { username: 'tweedebeheer', roles: ['beheerder'], displayName: 'Bea Beheer' });
  await loginAs(core, voorzitter);
  meeting = await call<MeetingView>(core, 'meetings:create', {
    type: 'i2o',
    title: 'Informatieoverleg Noord (fictief)',
    datum: '2026-12-01',
    starttijd: '09:30',
    regionId: 1,
    voorzitterId: voorzitter.id,
    notulistId: notulist.id,
  });
  meeting = await call<MeetingView>(core, 'meetings:save-agenda', {
    id: meeting.id,
    items: [{ kind: 'overig', title: 'Rondvraag (fictief)' }],
  });
});

describe('checking a meeting out', () => {
  it('grants the notulist a lease until the end of the next day, and refuses a second one by name and time', async () => {
    await loginAs(core, notulist);
    const lease = await call<MeetingLease>(core, 'meetings:check-out', { id: meeting.id });
    expect(lease).toMatchObject({
      meetingId: meeting.id,
      holder: { id: notulist.id, displayName: 'Niels Notulist' },
      grantedAt: '2026-11-29T09:00:00.000Z',
      expiresAt: DEFAULT_END,
      mine: true,
    });
    expect(lease.workstation.length).toBeGreaterThan(0);
    // Asking again from the same workstation is the same lease, not a second one.
    expect(await call<MeetingLease>(core, 'meetings:check-out', { id: meeting.id })).toEqual(lease);

    await loginAs(core, voorzitter);
    expect(await call<MeetingLease | null>(core, 'meetings:lease', { id: meeting.id })).toEqual({
      ...lease,
      mine: false,
    });
    const refused = await failure('meetings:check-out', { id: meeting.id });
    expect(refused.code).toBe('MEETING_ALREADY_CHECKED_OUT');
    expect(refused.message).toContain('Niels Notulist');
    expect(refused.message).toContain(SHOWN_END);
    const open = await rawSql<{ n: number }>(
      core,
      sql`SELECT CAST(count(*) AS INTEGER) AS n FROM meeting_lease WHERE meeting_id = ${meeting.id}`,
    );
    expect(Number(open[0]!.n)).toBe(1);
  });

  it('refuses a chosen end in the past or more than seven days ahead', async () => {
    await loginAs(core, notulist);
    expect(await codeOf(core, 'meetings:check-out', { id: meeting.id, until: '2026-11-29T08:00:00Z' })).toBe(
      'LEASE_UNTIL_INVALID',
    );
    expect(await codeOf(core, 'meetings:check-out', { id: meeting.id, until: '2026-12-07T09:00:00Z' })).toBe(
      'LEASE_UNTIL_INVALID',
    );
    const lease = await call<MeetingLease>(core, 'meetings:check-out', {
      id: meeting.id,
      until: '2026-11-29T17:00:00+01:00',
    });
    expect(lease.expiresAt).toBe('2026-11-29T16:00:00.000Z');
  });

  it('is for the notulist or the chair of a meeting the caller can see', async () => {
    await loginAs(core, buiten);
    expect(await codeOf(core, 'meetings:check-out', { id: meeting.id })).toBe('NOT_FOUND');
    await loginAs(core, collega);
    expect(await codeOf(core, 'meetings:check-out', { id: meeting.id })).toBe('CHECK_OUT_NOT_ALLOWED');
    await loginAs(core, beheerder);
    expect(await codeOf(core, 'meetings:check-out', { id: meeting.id })).toBe('FORBIDDEN');
    await loginAs(core, voorzitter);
    expect((await call<MeetingLease>(core, 'meetings:check-out', { id: meeting.id })).holder.id).toBe(voorzitter.id);
  });
});

describe('writes while checked out', () => {
  it('refuses everyone but the holder, who writes on', async () => {
    await loginAs(core, notulist);
    await call(core, 'meetings:check-out', { id: meeting.id });
    expect((await saveItem('Genoteerd door de houder (fictief).')).ok).toBe(true);

    await loginAs(core, voorzitter);
    const refused = await saveItem('Door een ander (fictief).');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('MEETING_CHECKED_OUT');
      expect(refused.error.message).toBe(
        `Dit overleg is uitgecheckt door Niels Notulist tot ${SHOWN_END}; u kunt het alleen lezen.`,
      );
    }
    const current = await call<MeetingView>(core, 'meetings:get', { id: meeting.id });
    expect(current.items[0]!.minutes.duiding).toBe('Genoteerd door de houder (fictief).');
    const writes: [string, unknown][] = [
      [
        'meetings:update',
        {
          id: meeting.id,
          details: {
            type: 'i2o',
            title: 'Andere titel (fictief)',
            datum: '2026-12-01',
            starttijd: '10:00',
            regionId: 1,
            voorzitterId: voorzitter.id,
            notulistId: notulist.id,
          },
          attendance: [{ partner: 'politie', status: 'aanwezig', namen: '' }],
        },
      ],
      ['meetings:save-agenda', { id: meeting.id, items: [] }],
      [
        'meetings:record-weging',
        {
          itemId: meeting.items[0]!.id,
          besluitId: 'b1',
          besluit: 'geen_actie',
          motivering: 'Een motivering (fictief).',
        },
      ],
      ['meetings:adopt', { id: meeting.id }],
      ['meetings:addendum', { id: meeting.id, tekst: 'Een addendum (fictief).' }],
    ];
    for (const [channel, input] of writes)
      expect([channel, await codeOf(core, channel, input)]).toEqual([channel, 'MEETING_CHECKED_OUT']);
    expect((await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).title).toBe(meeting.title);

    // Someone in another region gets the answer a meeting they cannot see gives, not the holder's name.
    await loginAs(core, buiten);
    const outside = await saveItem('Van buiten (fictief).');
    expect(outside.ok ? null : outside.error.code).toBe('NOT_FOUND');

    const refusals = await auditRows('meetings:save-item');
    expect(refusals.filter((row) => row.result === 'MEETING_CHECKED_OUT')).toEqual([
      expect.objectContaining({ actor_id: voorzitter.id, object_id: String(meeting.id) }),
    ]);
  });
});

describe('ending a lease', () => {
  it('is revoked by its holder, not by a colleague', async () => {
    await loginAs(core, notulist);
    await call(core, 'meetings:check-out', { id: meeting.id });
    await loginAs(core, voorzitter);
    expect(await codeOf(core, 'meetings:revoke-lease', { id: meeting.id })).toBe('FORBIDDEN');
    await loginAs(core, notulist);
    expect(await call(core, 'meetings:revoke-lease', { id: meeting.id })).toBeNull();
    expect(await call(core, 'meetings:lease', { id: meeting.id })).toBeNull();
    expect(await codeOf(core, 'meetings:revoke-lease', { id: meeting.id })).toBe('NOT_FOUND');
    await loginAs(core, voorzitter);
    expect((await saveItem('Na het intrekken (fictief).')).ok).toBe(true);
  });

  it('is revoked by a beheerder, who needs no region', async () => {
    await loginAs(core, notulist);
    const lease = await call<MeetingLease>(core, 'meetings:check-out', { id: meeting.id });
    await loginAs(core, beheerder);
    expect(await call(core, 'meetings:lease', { id: meeting.id })).toEqual({ ...lease, mine: false });
    expect(await codeOf(core, 'meetings:get', { id: meeting.id })).toBe('FORBIDDEN');
    expect(await call(core, 'meetings:revoke-lease', { id: meeting.id })).toBeNull();
    await loginAs(core, voorzitter);
    expect((await saveItem('Na de beheerder (fictief).')).ok).toBe(true);

    const grants = await auditRows('meetings:check-out');
    expect(grants).toEqual([
      expect.objectContaining({ actor_id: notulist.id, object_id: String(meeting.id), result: 'ok' }),
    ]);
    expect(JSON.parse(grants[0]!.details!)).toMatchObject({ tot: DEFAULT_END });
    const revokes = await auditRows('meetings:revoke-lease');
    expect(revokes).toEqual([
      expect.objectContaining({ actor_id: beheerder.id, object_id: String(meeting.id), result: 'ok' }),
    ]);
    expect(JSON.parse(revokes[0]!.details!)).toMatchObject({ houder: notulist.id });
    const rows = await rawSql<{ revoked_by: number; revoked_at: string }>(
      core,
      sql`SELECT revoked_by, revoked_at FROM meeting_lease WHERE meeting_id = ${meeting.id}`,
    );
    expect(rows.map((row) => Number(row.revoked_by))).toEqual([beheerder.id]);
  });

  it('expires by the clock: it no longer blocks, counts as ended, and its expiry is audited once', async () => {
    await loginAs(core, notulist);
    await call(core, 'meetings:check-out', { id: meeting.id });
    await loginAs(core, voorzitter);
    clock.set(new Date('2026-11-30T22:59:59.000Z'));
    expect((await saveItem('Net voor het einde (fictief).')).ok).toBe(false);
    clock.set(new Date(DEFAULT_END));
    expect(await call(core, 'meetings:lease', { id: meeting.id })).toBeNull();
    expect((await saveItem('Na het einde (fictief).')).ok).toBe(true);
    expect(await call(core, 'meetings:lease', { id: meeting.id })).toBeNull();
    const expiries = await auditRows('meetings:lease-expired');
    expect(expiries).toEqual([
      expect.objectContaining({ actor_id: null, object_id: String(meeting.id), result: 'ok' }),
    ]);
    expect(JSON.parse(expiries[0]!.details!)).toMatchObject({ houder: notulist.id, tot: DEFAULT_END });
    // Ended, so the chair may check it out now.
    expect((await call<MeetingLease>(core, 'meetings:check-out', { id: meeting.id })).holder.id).toBe(voorzitter.id);
  });
});
