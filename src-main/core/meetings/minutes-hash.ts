// The content hash of adopted minutes, and its check after a redaction.
//
// Scheme 1 (minutes adopted before migration 0009): sha256 over the canonical JSON of the meeting's
// details, attendance and every item with its minutes.
// Scheme 2: the same, but each item is replaced by sha256 of its own canonical JSON (its digest).
// When a casus is destroyed its items are redacted and keep the digest of their original content,
// so the adopted hash can be recomputed from the unredacted items' content plus the redacted items'
// stored digests: an auditor sees that nothing but the redacted items changed.
// Scheme 1 minutes that get redacted are first checked against their hash; the scheme-2 hash of
// that same, checked content is kept as the base that later checks recompute.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { minutesSchema, type Minutes } from '../../../src-shared/ipc/meetings';
import {
  AgendaItemEntity,
  MeetingAttendanceEntity,
  type AgendaItem,
  type Meeting,
  type MeetingAttendance,
} from '../db/entities/meeting';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function minutesOf(json: string): Minutes {
  const parsed = minutesSchema.safeParse(JSON.parse(json || '{}'));
  return parsed.success ? parsed.data : minutesSchema.parse({});
}

export interface Hashable {
  meeting: Meeting;
  attendance: MeetingAttendance[];
  items: AgendaItem[];
}

export async function loadHashable(manager: EntityManager, meeting: Meeting): Promise<Hashable> {
  const attendance = await manager.find(MeetingAttendanceEntity, {
    where: { meetingId: meeting.id },
    order: { partner: 'ASC' },
  });
  const items = await manager.find(AgendaItemEntity, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
  return { meeting, attendance, items };
}

const canonicalItem = (item: AgendaItem) => [
  item.position,
  item.kind,
  item.caseId,
  item.signalId,
  item.title,
  minutesOf(item.minutes),
];

/** The digest of one item's content as it is now (before any redaction). */
export function itemDigest(item: AgendaItem): string {
  return sha256(canonicalItem(item));
}

/** The digest that counts for the hash: a redacted item's original one. */
const countedDigest = (item: AgendaItem) => item.originalDigest ?? itemDigest(item);

export function minutesHash({ meeting, attendance, items }: Hashable, scheme: 1 | 2): string {
  return sha256({
    type: meeting.type,
    title: meeting.title,
    datum: meeting.datum,
    starttijd: meeting.starttijd,
    locatie: meeting.locatie,
    voorzitter: meeting.voorzitterId,
    notulist: meeting.notulistId,
    invitedPartners: meeting.invitedPartners,
    invitedPersons: meeting.invitedPersons,
    attendance: attendance.map((a) => [a.partner, a.status, a.namen]),
    items: items.map((item) => (scheme === 1 ? canonicalItem(item) : countedDigest(item))),
  });
}

/** Whether adopted minutes still match what was adopted (allowing for recorded redactions). */
export async function minutesIntact(manager: EntityManager, meeting: Meeting): Promise<boolean> {
  if (meeting.status !== 'vastgesteld' || meeting.contentHash === null) return true;
  const content = await loadHashable(manager, meeting);
  if (meeting.hashScheme === 2) return minutesHash(content, 2) === meeting.contentHash;
  if (meeting.redactionBaseHash !== null) return minutesHash(content, 2) === meeting.redactionBaseHash;
  return minutesHash(content, 1) === meeting.contentHash;
}
