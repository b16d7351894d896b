// The audit log's hash chain: altering one row behind the application's back is reported at
// exactly that row; the export and the filters work on what was written. Issue 21: each entry keeps
// its object's name (0024; never a person's name), hashed when set, while rows without one verify
// as before; older rows show their object's current name or that it is gone.
import { describe, expect, it } from 'vitest';
import type { AuditEntryView, AuditVerification } from '../../src-shared/ipc/audit';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, BEHEERDER, call, loginAs, makeCore, rawSql, withDatabase } from './helpers';

const PERSON = 'Wendelien Oosterkamp (fictief)';

async function registerSignal(core: Parameters<typeof call>[0]): Promise<RegisteredSignal> {
  return call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam: PERSON, roepnaam: 'Wendelien', geboortedatum: '2008-04-04', gemeenteId: 1 } },
    signal: {
      melderPartner: 'politie',
      melderContact: 'Agent Pietersen (fictief)',
      ontvangen: '2026-11-02',
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
    },
  });
}

describe('audit log', () => {
  it('verify reports exactly the row that was altered behind the app’s back', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    for (let i = 0; i < 20; i++) await call(core, 'accounts:list');
    expect(await call<AuditVerification>(core, 'audit:verify')).toMatchObject({ ok: true, firstBroken: null });

    await rawSql(core, sql`UPDATE audit_entry SET actor_name = 'iemand anders' WHERE chain_position = 7`);
    const broken = await call<AuditVerification>(core, 'audit:verify');
    expect(broken.ok).toBe(false);
    expect(broken.firstBroken?.id).toBe(7);
    expect(broken.checked).toBe(6);

    // Put it back, then remove a row in the middle: the next row no longer links.
    await rawSql(core, sql`UPDATE audit_entry SET actor_name = 'beheer' WHERE chain_position = 7`);
    expect((await call<AuditVerification>(core, 'audit:verify')).ok).toBe(true);
    await rawSql(core, sql`DELETE FROM audit_entry WHERE chain_position = 12`);
    expect((await call<AuditVerification>(core, 'audit:verify')).firstBroken?.id).toBe(13);
    await core.close();
  });

  it('records view, change and refusal entries with their object, and filters on them', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const made = await call<{ account: { id: number } }>(core, 'accounts:create', {
      username: 'eva',
      displayName: 'Eva Expert',
      roles: ['gemeentelijk_expert'],
    });
    const { entries } = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { objectType: 'account', kind: 'change' },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'accounts:create',
      objectId: String(made.account.id),
      actorName: 'beheer',
      result: 'ok',
    });
    const day = await call<{ total: number }>(core, 'audit:query', {
      filter: { from: '2026-11-29', to: '2026-11-29' },
    });
    expect(day.total).toBeGreaterThan(2);
    const none = await call<{ total: number }>(core, 'audit:query', { filter: { to: '2026-11-28' } });
    expect(none.total).toBe(0);
    await core.close();
  });

  it('finds and names an entry written under a channel’s former name under today’s name', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const { database, audit } = core.workspace.requireOpen();
    // An entry as version 0.1 wrote it, before `stats:*` became `figures:*`.
    await database.source.transaction((manager) =>
      audit.append(manager, {
        actorId: null,
        actorName: 'beheer',
        action: 'stats:export',
        kind: 'export',
        result: 'ok',
      }),
    );
    const found = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { action: 'figures:export' },
    });
    expect(found.entries.map((e) => e.action)).toEqual(['stats:export']);
    expect((await call<AuditVerification>(core, 'audit:verify')).ok).toBe(true);
    await core.close();
  });

  it('exports the log as CSV with the reason recorded', async () => {
    const saved: Uint8Array[] = [];
    const { core } = makeCore(undefined, {
      platform: {
        print: { pdf: async () => new Uint8Array(), print: async () => true },
        files: {
          saveAs: async (name, bytes) => {
            saved.push(bytes);
            return { saved: true, fileName: name };
          },
          chooseSaveLocation: async () => null,
          chooseFile: async () => null,
          chooseFolder: async () => null,
        },
      },
    });
    await withDatabase(core);
    const result = await call<{ count: number; fileName: string }>(core, 'audit:export', {
      filter: {},
      reason: 'jaarlijkse controle',
    });
    expect(result.fileName).toMatch(/^auditlog-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = Buffer.from(saved[0]!).toString('utf8');
    expect(csv.startsWith('\uFEFFnr;tijdstip;gebruiker;actie')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(result.count + 1);
    const { entries } = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', { filter: { kind: 'export' } });
    expect(entries[0]).toMatchObject({ action: 'audit:export', reason: 'jaarlijkse controle', result: 'ok' });
    expect(await core.dispatch('audit:export', { filter: {}, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: { key: 'validation.reasonRequired' } } },
    });
    await core.close();
  });

  it('keeps each object’s name in its entry: casusnummer, meeting title and date, display name; never a person’s name', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const regisseur = await addAccount(core, {
      username: 'regisseur',
      displayName: 'Rik Regisseur',
      roles: ['procesregisseur'],
      regionIds: [1],
    });
    await loginAs(core, regisseur);
    const signal = await registerSignal(core);
    await call(core, 'cases:get', { id: signal.caseId });
    await call(core, 'persons:get', { id: signal.personId });
    const meeting = await call<MeetingView>(core, 'meetings:create', {
      type: 'ico',
      title: 'Casusoverleg Noord (fictief)',
      datum: '2026-12-07',
      starttijd: '09:30',
      locatie: 'Zaal 2',
      regionId: 1,
    });
    await loginAs(core, BEHEERDER);
    const { entries } = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', { filter: {} });
    const of = (action: string) => entries.find((e) => e.action === action)!;
    expect(of('cases:get')).toMatchObject({ objectLabel: signal.caseNumber, objectLabelState: 'stored' });
    expect(of('persons:get')).toMatchObject({ objectLabel: signal.caseNumber, objectLabelState: 'stored' });
    expect(of('meetings:create')).toMatchObject({
      objectId: String(meeting.id),
      objectLabel: 'Casusoverleg Noord (fictief), 07-12-2026',
    });
    expect(of('cases:get')).toMatchObject({ actorName: 'regisseur', actorDisplayName: 'Rik Regisseur' });
    expect(entries.find((e) => e.actorName === BEHEERDER.username)?.actorDisplayName).toBe(BEHEERDER.displayName);
    // No label anywhere holds the person's name (the log outlives the casus).
    const labels = await rawSql<{ label: string }>(
      core,
      sql`SELECT object_label AS "label" FROM audit_entry WHERE object_label IS NOT NULL`,
    );
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((row) => /Wendelien|Oosterkamp/i.test(row.label))).toEqual([]);

    // Filters: the object's name (part of it, any case) and a group of actions.
    const byNumber = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { object: signal.caseNumber.slice(-4) },
    });
    expect(new Set(byNumber.entries.map((e) => e.action))).toEqual(
      new Set(['signals:register', 'cases:get', 'persons:get']),
    );
    const byTitle = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', { filter: { object: 'noord' } });
    expect(byTitle.entries.map((e) => e.action)).toEqual(['meetings:create']);
    const meetings = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', { filter: { group: 'meetings' } });
    expect(meetings.entries.map((e) => e.action)).toEqual(['meetings:create']);
    const sessions = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', { filter: { group: 'sessions' } });
    expect(sessions.entries.length).toBeGreaterThan(0);
    expect(sessions.entries.every((e) => e.action.startsWith('session:'))).toBe(true);
    expect((await call<AuditVerification>(core, 'audit:verify')).ok).toBe(true);
    await core.close();
  });

  it('verifies rows without a name as before, and sees a changed name; older rows show the current name or that it is gone', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
    await loginAs(core, regisseur);
    const signal = await registerSignal(core);
    await loginAs(core, BEHEERDER);
    const { database, audit } = core.workspace.requireOpen();
    // Entries as a version before 0024 wrote them: no name, about a casus that exists and one that does not.
    for (const objectId of [String(signal.caseId), '987654']) {
      await database.source.transaction((manager) =>
        audit.append(manager, {
          actorId: null,
          actorName: 'beheer',
          action: 'cases:get',
          kind: 'view',
          objectType: 'casus',
          objectId,
          objectLabel: null,
          result: 'ok',
        }),
      );
    }
    expect((await call<AuditVerification>(core, 'audit:verify')).ok).toBe(true);
    const older = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { objectType: 'casus', action: 'cases:get' },
    });
    expect(older.entries.map((e) => [e.objectId, e.objectLabel, e.objectLabelState])).toEqual([
      ['987654', null, 'gone'],
      [String(signal.caseId), signal.caseNumber, 'current'],
    ]);
    // An older row is found by its casus's current number too.
    const found = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { object: signal.caseNumber, action: 'cases:get' },
    });
    expect(found.entries.map((e) => e.objectId)).toEqual([String(signal.caseId)]);

    // A stored name changed behind the application's back breaks the chain at that row.
    await audit.link();
    const [named] = await rawSql<{ position: number }>(
      core,
      sql`SELECT chain_position AS "position" FROM audit_entry WHERE action = 'signals:register'`,
    );
    await rawSql(
      core,
      sql`UPDATE audit_entry SET object_label = '2099-0001' WHERE chain_position = ${named!.position}`,
    );
    const broken = await call<AuditVerification>(core, 'audit:verify');
    expect(broken).toMatchObject({ ok: false });
    expect(broken.firstBroken?.id).toBe(Number(named!.position));
    await core.close();
  });
});
