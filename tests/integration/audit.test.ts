// The audit log's hash chain: altering one row behind the application's back is reported at
// exactly that row; the export and the filters work on what was written.
import { describe, expect, it } from 'vitest';
import type { AuditEntryView, AuditVerification } from '../../src-shared/ipc/audit';
import { sql } from '../../src-main/core/db/sql';
import { call, makeCore, rawSql, withDatabase } from './helpers';

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
});
