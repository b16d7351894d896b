// The laptop's copy answers vaststellen by the server's rule with the laptop's clock: the package
// is often made the day before, when the server said "not yet"; on the meeting's day the chair can
// adopt offline, before it never. (The server checks again at check-in.)
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { SessionUser } from '../../src-shared/ipc/session';
import { answerLocally } from './offline-minutes';
import type { OpenCopy } from './offline-store';

const CHAIR = { id: 7, displayName: 'Rik Regisseur (fictief)' };

function copyOf(view: Partial<MeetingView>, user: Partial<SessionUser>): OpenCopy & { docs: Record<string, unknown> } {
  const docs: Record<string, unknown> = {
    view: {
      id: 3,
      title: 'Casusoverleg Noord (fictief)',
      datum: '2026-12-10',
      status: 'concept',
      voorzitter: CHAIR,
      canAdopt: false,
      waitingCopies: 0,
      items: [],
      attendance: [],
      version: 1,
      ...view,
    },
    state: {
      offlineFrom: null,
      offlineUntil: null,
      items: {},
      attendanceChanged: false,
      adopted: null,
      checkInKey: null,
      conflicts: null,
    },
    user: { id: CHAIR.id, displayName: CHAIR.displayName, ...user },
    lease: { id: 'l-1' },
  };
  return {
    meetingId: 3,
    docs,
    read: <T>(name: string) => (docs[name] ?? null) as T | null,
    write: (documents) => Object.assign(docs, documents),
    close: () => {},
  };
}

const day = (iso: string) => () => new Date(`${iso}T10:00:00`);

describe('vaststellen from the laptop copy', () => {
  it('is offered to the chair on the meeting day, although the package said not yet', () => {
    const copy = copyOf({}, {});
    const view = answerLocally(copy, 'meetings:get', { id: 3 }, day('2026-12-10'));
    expect(view.ok && (view.value as MeetingView).canAdopt).toBe(true);
    const adopted = answerLocally(copy, 'meetings:adopt', { id: 3 }, day('2026-12-10'));
    expect(adopted.ok).toBe(true);
    expect((copy.docs.state as { adopted: unknown }).adopted).not.toBeNull();
  });

  it('is refused the day before, with the day it can be done', () => {
    const copy = copyOf({}, {});
    const view = answerLocally(copy, 'meetings:get', { id: 3 }, day('2026-12-09'));
    expect(view.ok && (view.value as MeetingView).canAdopt).toBe(false);
    const refused = answerLocally(copy, 'meetings:adopt', { id: 3 }, day('2026-12-09'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'MEETING_NOT_YET_HELD' } });
    expect(refused.ok ? '' : refused.error.message).toContain('10-12-2026');
    expect((copy.docs.state as { adopted: unknown }).adopted).toBeNull();
  });

  it('is refused to anyone but the chair', () => {
    const copy = copyOf({}, { id: 8, displayName: 'Nora Notulist (fictief)' });
    expect(answerLocally(copy, 'meetings:adopt', { id: 3 }, day('2026-12-10'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_CHAIR' },
    });
  });
});
