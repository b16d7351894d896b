// Seeding for the meeting benchmarks: the 10,000 earlier meetings (of 8 items each, with realistic
// minutes) that issue 6's figures are measured against, written straight into the database.
import type { Core } from '../../src-main/core/core';

/** One agenda item's minutes of realistic length (all fictitious). */
export const SAMPLE_MINUTES = {
  inbreng: [
    { id: 'i1', partner: 'politie', tekst: 'Voorbeeld — fictieve inbreng. '.repeat(8), artikel: 'Art. 7 lid 2' },
  ],
  duiding: 'Voorbeeld — fictieve duiding. '.repeat(20),
  besluiten: [{ id: 'b1', tekst: 'Voorbeeld — fictief besluit.', weging: null }],
  acties: [],
};

export function seedEarlierMeetings(core: Core, count = 10_000): void {
  const handle = core.workspace.requireOpen().database.handle!;
  const minutes = JSON.stringify(SAMPLE_MINUTES);
  const meeting = handle.prepare(
    `INSERT INTO meeting (type, title, datum, starttijd, region_id, status, created_at, updated_at) VALUES ('i2o', ?, ?, '09:30', 1, 'vastgesteld', 'x', 'x')`,
  );
  const item = handle.prepare(
    `INSERT INTO agenda_item (meeting_id, position, kind, title, minutes, updated_at) VALUES (?, ?, 'overig', ?, ?, 'x')`,
  );
  handle.transaction(() => {
    for (let m = 0; m < count; m++) {
      const id = Number(meeting.run(`Overleg ${m} (fictief)`, `20${10 + (m % 16)}-01-01`).lastInsertRowid);
      for (let i = 0; i < 8; i++) item.run(id, i, `Punt ${i}`, minutes);
    }
  })();
}
