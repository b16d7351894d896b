// Minutes follow the casus. When a casus is destroyed, every agenda item of it (in any meeting,
// concept or adopted) keeps its place, kind, times and the fact that it existed, but its typed
// title, inbreng, duiding, besluiten and acties are replaced by one neutral line; the links to the
// casus, signal, weging and casus actions go. The addenda of those meetings that name the casus
// number or the person are redacted the same way.
//
// Adopted minutes stay checkable: each redacted item (and addendum) keeps the digest of its
// original content, and the meeting records when it was redacted and under which rule (the
// retention years), so its content hash can still be recomputed (see meetings/minutes-hash.ts).
import { createHash } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { formatDate } from '../../../src-shared/domain/format';
import { formatMessage } from '../../../src-shared/i18n/messages';
import type { Minutes } from '../../../src-shared/ipc/meetings';
import { AgendaItemEntity, MeetingAddendumEntity, MeetingEntity, type AgendaItem } from '../db/entities/meeting';
import { itemDigest, loadHashable, minutesHash } from '../meetings/minutes-hash';
import { parseMinutes } from '../meetings/meeting-view';

/** Lower case without diacritics, for matching names in free text. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** What identifies a casus in free text: its number, the person's names and longer name parts. */
export function identifyingTerms(number: string, person: { naam: string; roepnaam: string; aliases: string[] } | null) {
  const names = person ? [person.naam, person.roepnaam, ...person.aliases] : [];
  const parts = names.flatMap((name) => name.split(/[^\p{L}\p{N}'-]+/u)).filter((part) => part.length >= 4);
  return [...new Set([number, ...names, ...parts].map((t) => fold(t.trim())).filter((t) => t.length >= 3))];
}

function redacted(minutes: Minutes, line: string): Minutes {
  const blank = (text: string) => (text.trim() ? line : '');
  return {
    inbreng: minutes.inbreng.map((row) => ({ ...row, tekst: blank(row.tekst) })),
    duiding: blank(minutes.duiding),
    besluiten: minutes.besluiten.map((row) => ({
      ...row,
      tekst: blank(row.tekst),
      weging: row.weging ? { besluit: row.weging.besluit, wegingId: null } : null,
    })),
    acties: minutes.acties.map((row) => ({
      ...row,
      omschrijving: blank(row.omschrijving),
      actiehouderNaam: '',
      caseActionId: null,
    })),
  };
}

/**
 * Redacts the minutes of the given cases (call before they are deleted). `terms` per casus are
 * what identifies it in an addendum. Returns the number of items and addenda redacted.
 */
export async function redactMinutes(
  manager: EntityManager,
  cases: { id: number; terms: string[] }[],
  today: Date,
  retentionYears: number,
): Promise<{ items: number; addenda: number }> {
  const ids = cases.map((c) => c.id);
  if (!ids.length) return { items: 0, addenda: 0 };
  const items: AgendaItem[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    items.push(...(await manager.find(AgendaItemEntity, { where: { caseId: In(ids.slice(i, i + 500)) } })));
  }
  const line = formatMessage('nl', 'retention.redactedLine', { date: formatDate(today) });
  const stamp = today.toISOString();
  const meetingIds = [...new Set(items.map((item) => item.meetingId))];
  const meetings = meetingIds.length ? await manager.find(MeetingEntity, { where: { id: In(meetingIds) } }) : [];
  for (const meeting of meetings) {
    // Minutes adopted under the old scheme: checked first; the new-scheme hash of exactly that
    // content is the base later checks recompute. Tampered minutes get no base and stay visibly broken.
    let base = meeting.redactionBaseHash;
    if (meeting.status === 'vastgesteld' && meeting.hashScheme === 1 && base === null) {
      const content = await loadHashable(manager, meeting);
      base = minutesHash(content, 1) === meeting.contentHash ? minutesHash(content, 2) : null;
    }
    await manager.update(
      MeetingEntity,
      { id: meeting.id },
      { redactedAt: stamp, redactionYears: retentionYears, redactionBaseHash: base },
    );
  }
  for (const item of items) {
    await manager.update(
      AgendaItemEntity,
      { id: item.id },
      {
        originalDigest: item.originalDigest ?? itemDigest(item),
        redactedAt: stamp,
        caseId: null,
        signalId: null,
        title: line,
        minutes: JSON.stringify(redacted(parseMinutes(item.minutes), line)),
      },
    );
  }
  const terms = cases.flatMap((c) => c.terms);
  let addenda = 0;
  if (meetingIds.length && terms.length) {
    const candidates = await manager.find(MeetingAddendumEntity, { where: { meetingId: In(meetingIds) } });
    for (const addendum of candidates) {
      if (addendum.redactedAt || !terms.some((term) => fold(addendum.tekst).includes(term))) continue;
      await manager.update(
        MeetingAddendumEntity,
        { id: addendum.id },
        {
          originalDigest: createHash('sha256').update(addendum.tekst).digest('hex'),
          redactedAt: stamp,
          tekst: line,
        },
      );
      addenda++;
    }
  }
  return { items: items.length, addenda };
}
