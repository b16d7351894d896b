// Issue 15: after destruction the person is really gone. The scene (destruction-scenario.ts) puts a
// distinctive fictitious name everywhere the application keeps free text about a casus, then
// destroys the casus after its term. Here, on either engine: the app shows it nowhere, no table
// of the database holds it (on PostgreSQL too: the rows, `casus_search` and the audit reasons),
// while the audit chain and the adopted minutes' hash still verify. The pages of the SQLCipher
// file itself: destruction-remains-file.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { AuditEntryView, AuditVerification } from '../../src-shared/ipc/audit';
import type { Core } from '../../src-main/core/core';
import { MeetingEntity } from '../../src-main/core/db/entities/meeting';
import { sql } from '../../src-main/core/db/sql';
import { loadHashable, minutesHash, minutesIntact } from '../../src-main/core/meetings/minutes-hash';
import { call, loginAs, rawSql, BEHEERDER, type makeCore } from './helpers';
import {
  adoptedMeeting,
  nameEverywhereThenDestroy,
  openScene,
  register,
  NAME,
  TRACES,
  type Scene,
} from './destruction-scenario';
import { foundIn, searchRows } from './remains';

let scene: Scene;
let core: Core;
let clock: ReturnType<typeof makeCore>['clock'];

beforeEach(async () => {
  scene = await openScene();
  ({ core, clock } = scene);
});

describe('destruction without remains', () => {
  it('leaves the name nowhere in the database, while the audit chain and the adopted minutes verify', async () => {
    const { gone, kept, meeting } = await nameEverywhereThenDestroy(scene);

    // The audit log still verifies; the reasons about the person read as gone, others stay.
    expect(await call<AuditVerification>(core, 'audit:verify')).toMatchObject({ ok: true, firstBroken: null });
    const audit = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', { filter: { action: 'print:view' } });
    // Who printed which meeting, and when, stays; the reason typed for it is gone. The object's
    // name kept in the row stays too (issue 21): the casusnummer, the meeting's title and date.
    const meetingLabel = `${meeting.title}, ${meeting.datum.split('-').reverse().join('-')}`;
    expect(audit.entries.map((e) => [e.objectType, e.objectId, e.reason, e.objectLabel, e.objectLabelState])).toEqual([
      ['casus', String(gone.caseId), null, gone.caseNumber, 'stored'],
      ['overleg', String(meeting.id), null, meetingLabel, 'stored'],
      ['overleg', String(meeting.id), null, meetingLabel, 'stored'],
      ['casus', String(gone.caseId), null, gone.caseNumber, 'stored'],
    ]);
    // And is found by it, after the casus is gone.
    const byNumber = await call<{ total: number }>(core, 'audit:query', { filter: { object: gone.caseNumber } });
    expect(byNumber.total).toBeGreaterThan(4);
    const exports = await call<typeof audit>(core, 'audit:query', { filter: { action: 'audit:export' } });
    expect(exports.entries.map((e) => [e.objectType, e.objectId, e.reason])).toEqual([
      ['casus', String(gone.caseId), null],
    ]);

    // The adopted minutes: structure kept, text neutral, hash still explainable.
    await loginAs(core, scene.regisseur);
    const after = await call<MeetingView>(core, 'meetings:get', { id: meeting.id });
    expect(after.contentHash).toBe(meeting.contentHash);
    expect(after.redaction).toMatchObject({ years: 5 });
    expect(after.items.map((item) => [item.kind, item.plannedMinutes, item.casus?.number ?? null])).toEqual([
      ['signaal', 10, null],
      ['casus', 20, null],
      ['casus', 10, kept.caseNumber],
    ]);
    const line = expect.stringMatching(/^Verwijderd na bewaartermijn \(\d{2}-\d{2}-\d{4}\)$/);
    expect(after.items[1]).toMatchObject({ title: line, minutes: { duiding: line } });
    expect(after.items[1]!.minutes.acties[0]).toMatchObject({ omschrijving: line, deadline: '2026-04-01' });
    expect(after.items[2]!.minutes.duiding).toBe('Blijvend onderwerp van zorg.');
    expect(after.addenda.map((a) => a.tekst)).toEqual([line, 'Correctie: Blijvend, deadline mei.']);
    const ws = core.workspace;
    const manager = ws.requireOpen().database.source.manager;
    const stored = await manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
    expect(await minutesIntact(manager, stored)).toBe(true);
    // Any other change to the adopted minutes is still seen.
    const retitle = (title: string) =>
      rawSql(core, sql`UPDATE agenda_item SET title = ${title} WHERE id = ${after.items[2]!.id}`);
    await retitle('Bespreking Anders');
    expect(await minutesIntact(manager, stored)).toBe(false);
    await retitle('Bespreking Blijvend');
    expect(await minutesIntact(manager, stored)).toBe(true);

    // And in the database: the rows of the casus and the person are gone, and no table holds the
    // name in any column (the search index and the audit log included), while the kept casus is
    // found where it should be (the search index too: the look finds what is there).
    expect(await rawSql(core, sql`SELECT id FROM casus WHERE id = ${gone.caseId}`)).toEqual([]);
    expect(await rawSql(core, sql`SELECT id FROM person WHERE id = ${gone.personId}`)).toEqual([]);
    expect(await searchRows(core, [gone.caseId, kept.caseId])).toEqual([kept.caseId]);
    expect(await foundIn(core, [...TRACES, 'zebulon'])).toEqual([]);
    // (On PostgreSQL casus_search holds the words folded to lower case.)
    expect(await foundIn(core, ['Blijvend Persoon', 'blijvend'])).toEqual(
      expect.arrayContaining([
        'person: Blijvend Persoon',
        expect.stringMatching(/^casus_search: (Blijvend Persoon|blijvend)$/),
      ]),
    );
    expect(await foundIn(core, ['Blijvend onderwerp van zorg'])).toEqual(['agenda_item: Blijvend onderwerp van zorg']);
  });
});

describe('minutes adopted before hash scheme 2', () => {
  it('are checked at the first redaction and stay verifiable; minutes that did not match stay broken', async () => {
    const gone = await register(core, NAME, '2026-02-02');
    const kept = await register(core, 'Blijvend Persoon (fictief)', '2026-02-03');
    const intact = await adoptedMeeting(scene, gone, kept);
    const tampered = await adoptedMeeting(scene, gone, kept, false);
    let manager = core.workspace.requireOpen().database.source.manager;
    // Stored as an older version did: one scheme-1 hash over everything (the second one wrong).
    for (const [meeting, bad] of [
      [intact, false],
      [tampered, true],
    ] as const) {
      const stored = await manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
      const v1 = minutesHash(await loadHashable(manager, stored), 1);
      await manager.update(
        MeetingEntity,
        { id: meeting.id },
        { hashScheme: 1, contentHash: bad ? v1.replace(/^./, 'x') : v1 },
      );
    }
    await call(core, 'cases:transition', {
      id: gone.caseId,
      to: 'afgesloten',
      toelichting: 'Klaar.',
      outcome: 'verhuisd',
    });
    clock.advance(6 * 365 * 24 * 3600 * 1000);
    await loginAs(core, BEHEERDER);
    await call(core, 'retention:destroy', { caseIds: [gone.caseId], confirmation: 'VERNIETIG 1' });

    // The connection changes with every login: read through the open one.
    manager = core.workspace.requireOpen().database.source.manager;
    const after = await manager.findOneByOrFail(MeetingEntity, { id: intact.id });
    expect(after).toMatchObject({
      hashScheme: 1,
      redactionYears: 5,
      redactionBaseHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await minutesIntact(manager, after)).toBe(true);
    const broken = await manager.findOneByOrFail(MeetingEntity, { id: tampered.id });
    expect(broken.redactionBaseHash).toBeNull();
    expect(await minutesIntact(manager, broken)).toBe(false);
  });
});
