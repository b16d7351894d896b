// The meeting details as the form holds them (a date typed as dd-mm-jjjj, ids as strings for the
// selects) and as core wants them; the people who can chair or take the minutes.
import type { z } from 'zod';
import { formatDate, parseDutchDate } from '../../../src-shared/domain/format';
import type { Colleague, ColleagueRole, meetingDetails, MeetingView } from '../../../src-shared/ipc/meetings';

export interface DetailsDraft {
  type: string;
  title: string;
  datum: string;
  starttijd: string;
  locatie: string;
  regionId: string;
  voorzitterId: string;
  notulistId: string;
  invitedPartners: string[];
  invitedPersons: string;
}

export type DetailsInput = z.input<typeof meetingDetails>;

export function emptyDraft(me: number | null, regionId: number | null): DetailsDraft {
  return {
    type: '',
    title: '',
    datum: '',
    starttijd: '09:30',
    locatie: '',
    regionId: regionId ? String(regionId) : '',
    voorzitterId: me ? String(me) : '',
    notulistId: '',
    invitedPartners: [],
    invitedPersons: '',
  };
}

export function draftOf(meeting: MeetingView): DetailsDraft {
  return {
    type: meeting.type,
    title: meeting.title,
    datum: formatDate(meeting.datum),
    starttijd: meeting.starttijd,
    locatie: meeting.locatie,
    regionId: String(meeting.regionId),
    voorzitterId: meeting.voorzitter ? String(meeting.voorzitter.id) : '',
    notulistId: meeting.notulist ? String(meeting.notulist.id) : '',
    invitedPartners: meeting.invitedPartners,
    invitedPersons: meeting.invitedPersons,
  };
}

const idOrNull = (value: string) => (value ? Number(value) : null);

/** What core's meetingDetails schema checks; an unreadable date goes as typed, so it is reported. */
export function detailsInput(draft: DetailsDraft): DetailsInput {
  return {
    type: draft.type,
    title: draft.title,
    datum: parseDutchDate(draft.datum) ?? draft.datum,
    starttijd: draft.starttijd.trim(),
    locatie: draft.locatie,
    regionId: Number(draft.regionId) || 0,
    voorzitterId: idOrNull(draft.voorzitterId),
    notulistId: idOrNull(draft.notulistId),
    invitedPartners: draft.invitedPartners,
    invitedPersons: draft.invitedPersons,
  };
}

export interface Person {
  id: number;
  displayName: string;
  me: boolean;
  /** The case roles, when known (from meetings:colleagues). */
  roles: ColleagueRole[];
}

/**
 * Who can be chosen as chair or notulist: the colleagues core names for the meeting's region, the
 * user, and whoever the meeting already names (also an account that has since left).
 */
export function people(
  me: { id: number; displayName: string } | null,
  meeting: MeetingView | null,
  colleagues: Colleague[] = [],
): Person[] {
  const found = new Map<number, Person>();
  for (const colleague of colleagues) found.set(colleague.id, { ...colleague, me: colleague.id === me?.id });
  for (const person of [me, meeting?.voorzitter ?? null, meeting?.notulist ?? null]) {
    if (person && !found.has(person.id)) found.set(person.id, { ...person, me: person.id === me?.id, roles: [] });
  }
  return [...found.values()].sort(
    (a, b) => Number(b.me) - Number(a.me) || a.displayName.localeCompare(b.displayName, 'nl'),
  );
}

/** The invited persons' text with one more name on its own line (unless it is there already). */
export function invite(persons: string, name: string): string {
  const lines = persons.split('\n').map((line) => line.trim());
  if (lines.includes(name)) return persons;
  return persons.trim() ? `${persons.replace(/\s+$/, '')}\n${name}` : name;
}
