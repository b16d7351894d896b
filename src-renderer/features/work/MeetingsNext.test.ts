import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../src-shared/ipc/meetings';
import { meetingsNext } from './MeetingsNext';

const NORA = 7;
const meeting = (id: number, datum: string, extra: Partial<MeetingSummary> = {}): MeetingSummary => ({
  id,
  type: 'i2o',
  title: `Overleg ${id} (fictief)`,
  datum,
  starttijd: '09:30',
  status: 'concept',
  items: 3,
  voorzitterId: 1,
  notulistId: NORA,
  ...extra,
});

describe("the notulist's meetings on her start page", () => {
  it('lists the coming ones by time and the held concept ones to finish', () => {
    const next = meetingsNext(
      [
        meeting(1, '2026-12-10'),
        meeting(2, '2026-12-05'),
        meeting(3, '2026-12-01'),
        meeting(4, '2026-11-01', { status: 'vastgesteld' }),
      ],
      '2026-12-05',
      NORA,
    );
    expect(next.coming.map((m) => m.id)).toEqual([2, 1]);
    expect(next.toFinish.map((m) => m.id)).toEqual([3]);
  });

  it("keeps hers (notulist or chair) and those without a notulist, not a colleague's", () => {
    const next = meetingsNext(
      [
        meeting(1, '2026-12-10', { notulistId: 9 }),
        meeting(2, '2026-12-11', { notulistId: null }),
        meeting(3, '2026-12-12', { notulistId: 9, voorzitterId: NORA }),
        meeting(4, '2026-12-01', { notulistId: 9 }),
      ],
      '2026-12-05',
      NORA,
    );
    expect(next.coming.map((m) => m.id)).toEqual([2, 3]);
    expect(next.toFinish).toEqual([]);
  });
});
