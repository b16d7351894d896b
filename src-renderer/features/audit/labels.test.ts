import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../src-shared/ipc/audit';
import { AUDIT_ACTION_NAMES } from '../../../src-shared/ipc/audit-actions';
import { resources } from '../../i18n/resources';
import { actionLabel, actionsByGroup, objectLabel } from './labels';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'nl', resources, ns: ['translation', 'common'], defaultNS: 'translation', initAsync: false });
const t = i18n.t;
const exists = (key: string) => i18n.exists(key);

const entry = (over: Partial<AuditEntryView>): AuditEntryView => ({
  id: 1,
  at: '2026-12-04T10:00:00.000Z',
  actorId: 1,
  actorName: 'beheer',
  actorDisplayName: 'Bea Beheer',
  action: 'cases:get',
  kind: 'view',
  objectType: 'casus',
  objectId: '293',
  objectLabel: '2026-0012',
  objectLabelState: 'stored',
  result: 'ok',
  reason: null,
  ...over,
});

describe('audit action labels', () => {
  it('describe every action in Dutch, never by its channel name', () => {
    for (const action of AUDIT_ACTION_NAMES) {
      const label = actionLabel(t, exists, action);
      expect(label, action).not.toContain(':');
      expect(label, action).not.toBe(action);
    }
    expect(actionLabel(t, exists, 'meetings:save-item')).toBe('Notulen van een agendapunt opgeslagen');
  });

  it('show an entry written under a former channel name under today’s name', () => {
    expect(actionLabel(t, exists, 'mentor:list')).toBe(actionLabel(t, exists, 'mentoring:mentors'));
    expect(actionLabel(t, exists, 'stats:export')).toBe('Cijfers geëxporteerd');
    expect(actionLabel(t, exists, 'session:login')).toBe('Aanmelden');
    // A later version's action: shown as stored, nothing hidden.
    expect(actionLabel(t, exists, 'iets:nieuws')).toBe('iets:nieuws');
  });

  it('offer every action once, under its group', () => {
    const offered = actionsByGroup(t).flatMap((g) => g.actions.map((a) => a.action));
    expect(offered.sort()).toEqual([...AUDIT_ACTION_NAMES].sort());
    const meetings = actionsByGroup(t).find((g) => g.group === 'meetings')!;
    expect(meetings.actions.map((a) => a.action)).toContain('meetings:save-item');
  });
});

describe('audit object labels', () => {
  it('name the object as kept, as it is now, or as gone', () => {
    expect(objectLabel(t, exists, entry({}))).toBe('Casus 2026-0012');
    expect(objectLabel(t, exists, entry({ objectLabelState: 'current' }))).toBe('Casus 2026-0012 (huidige naam)');
    expect(objectLabel(t, exists, entry({ objectLabel: null, objectLabelState: 'gone' }))).toBe(
      'Casus (niet meer aanwezig)',
    );
    expect(
      objectLabel(t, exists, entry({ objectType: 'overleg', objectLabel: 'ICO Noord, 07-12-2026', objectId: '2' })),
    ).toBe('Overleg ICO Noord, 07-12-2026');
    expect(objectLabel(t, exists, entry({ objectType: 'persoon', objectId: '4' }))).toBe('Persoon in casus 2026-0012');
    expect(
      objectLabel(
        t,
        exists,
        entry({ objectType: 'database', objectId: null, objectLabel: null, objectLabelState: null }),
      ),
    ).toBe('Database');
  });
});
