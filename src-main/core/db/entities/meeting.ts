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
  createdAt: string;
  updatedAt: string;
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
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
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
  casusId: number | null;
  signalId: number | null;
  title: string;
  plannedMinutes: number;
  spentSeconds: number;
  /** JSON of the Minutes type (src-shared/ipc/meetings.ts). */
  minutes: string;
  updatedAt: string;
}

export const AgendaItemEntity = new EntitySchema<AgendaItem>({
  name: 'AgendaItem',
  tableName: 'agenda_item',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { type: 'integer', name: 'meeting_id' },
    position: { type: 'integer' },
    kind: { type: 'text' },
    casusId: { type: 'integer', name: 'casus_id', nullable: true },
    signalId: { type: 'integer', name: 'signal_id', nullable: true },
    title: { type: 'text', default: '' },
    plannedMinutes: { type: 'integer', name: 'planned_minutes', default: 10 },
    spentSeconds: { type: 'integer', name: 'spent_seconds', default: 0 },
    minutes: { type: 'text', default: '{}' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface MeetingAddendum {
  id: number;
  meetingId: number;
  tekst: string;
  accountId: number | null;
  createdAt: string;
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
  },
});
