// Meetings, their attendance, agenda items (each with its minutes as JSON: one row per item keeps
// the autosave to one small UPDATE) and addenda.
import { EntitySchema } from 'typeorm';

export interface Meeting {
  id: number;
  type: string;
  title: string;
  datum: string;
  starttijd: string;
  locatie: string;
  regionId: number;
  voorzitterId: number | null;
  notulistId: number | null;
  invitedPartners: string[];
  invitedPersons: string;
  status: 'concept' | 'vastgesteld';
  contentHash: string | null;
  vastgesteldAt: string | null;
  vastgesteldBy: number | null;
  /** 1: one hash over all content; 2: a hash over per-item digests (survives a redaction). */
  hashScheme: number;
  /** Set when items of a destroyed casus were redacted: when, and the retention years of the rule. */
  redactedAt: string | null;
  redactionYears: number | null;
  /** Scheme 1 minutes: the scheme-2 hash of the content as it was just before the first redaction. */
  redactionBaseHash: string | null;
  createdAt: string;
  updatedAt: string;
  /** Raised by one on every save; a save naming an older version is refused (STALE_VERSION). */
  version: number;
  /** The account that saved last. */
  updatedBy: number | null;
}

export const MeetingEntity = new EntitySchema<Meeting>({
  name: 'Meeting',
  tableName: 'meeting',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    type: { type: 'text' },
    title: { type: 'text' },
    datum: { type: 'text' },
    starttijd: { type: 'text' },
    locatie: { type: 'text', default: '' },
    regionId: { type: 'integer', name: 'region_id' },
    voorzitterId: { type: 'integer', name: 'voorzitter_id', nullable: true },
    notulistId: { type: 'integer', name: 'notulist_id', nullable: true },
    invitedPartners: { type: 'simple-json', name: 'invited_partners', default: '[]' },
    invitedPersons: { type: 'text', name: 'invited_persons', default: '' },
    status: { type: 'text', default: 'concept' },
    contentHash: { type: 'text', name: 'content_hash', nullable: true },
    vastgesteldAt: { type: 'text', name: 'vastgesteld_at', nullable: true },
    vastgesteldBy: { type: 'integer', name: 'vastgesteld_by', nullable: true },
    hashScheme: { type: 'integer', name: 'hash_scheme', default: 1 },
    redactedAt: { type: 'text', name: 'redacted_at', nullable: true },
    redactionYears: { type: 'integer', name: 'redaction_years', nullable: true },
    redactionBaseHash: { type: 'text', name: 'redaction_base_hash', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
  },
});

export interface MeetingAttendance {
  meetingId: number;
  partner: string;
  status: string;
  namen: string;
}

export const MeetingAttendanceEntity = new EntitySchema<MeetingAttendance>({
  name: 'MeetingAttendance',
  tableName: 'meeting_attendance',
  columns: {
    meetingId: { type: 'integer', name: 'meeting_id', primary: true },
    partner: { type: 'text', primary: true },
    status: { type: 'text' },
    namen: { type: 'text', default: '' },
  },
});

export interface AgendaItem {
  id: number;
  meetingId: number;
  position: number;
  kind: 'casus' | 'signaal' | 'overig';
  caseId: number | null;
  signalId: number | null;
  title: string;
  plannedMinutes: number;
  spentSeconds: number;
  /** JSON of the Minutes type (src-shared/ipc/meetings.ts). */
  minutes: string;
  updatedAt: string;
  /** When the item was redacted by the destruction of its casus; its original content's digest. */
  redactedAt: string | null;
  originalDigest: string | null;
  /** Raised by one on every save; a save naming an older version is refused (STALE_VERSION). */
  version: number;
  /** The account that saved last. */
  updatedBy: number | null;
}

export const AgendaItemEntity = new EntitySchema<AgendaItem>({
  name: 'AgendaItem',
  tableName: 'agenda_item',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { type: 'integer', name: 'meeting_id' },
    position: { type: 'integer' },
    kind: { type: 'text' },
    caseId: { type: 'integer', name: 'casus_id', nullable: true },
    signalId: { type: 'integer', name: 'signal_id', nullable: true },
    title: { type: 'text', default: '' },
    plannedMinutes: { type: 'integer', name: 'planned_minutes', default: 10 },
    spentSeconds: { type: 'integer', name: 'spent_seconds', default: 0 },
    minutes: { type: 'text', default: '{}' },
    updatedAt: { type: 'text', name: 'updated_at' },
    redactedAt: { type: 'text', name: 'redacted_at', nullable: true },
    originalDigest: { type: 'text', name: 'original_digest', nullable: true },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
  },
});

export interface MeetingAddendum {
  id: number;
  meetingId: number;
  tekst: string;
  accountId: number | null;
  createdAt: string;
  redactedAt: string | null;
  originalDigest: string | null;
}

export const MeetingAddendumEntity = new EntitySchema<MeetingAddendum>({
  name: 'MeetingAddendum',
  tableName: 'meeting_addendum',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { type: 'integer', name: 'meeting_id' },
    tekst: { type: 'text' },
    accountId: { type: 'integer', name: 'account_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    redactedAt: { type: 'text', name: 'redacted_at', nullable: true },
    originalDigest: { type: 'text', name: 'original_digest', nullable: true },
  },
});
