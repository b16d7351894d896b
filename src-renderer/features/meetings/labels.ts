// Readable text for what a meeting stores as codes: its type (the overlegtype list), the
// attendance of a partner, an agenda item's title, and the status of the minutes.
import type { TFunction } from 'i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { AgendaItemView, MeetingSummary, MeetingView } from '../../../src-shared/ipc/meetings';
import type { ReferenceData } from '../../../src-shared/ipc/lists';
import { listLabel, regionName } from '../lists';

export function meetingTypeLabel(reference: ReferenceData | undefined, type: string): string {
  return listLabel(reference, 'overlegtype', type);
}

/** The meeting's details as name–value pairs: on the meeting page and on the printed minutes. */
export function meetingFacts(
  t: TFunction,
  reference: ReferenceData | undefined,
  meeting: MeetingView,
): [string, string][] {
  return [
    [t('meetings.form.type'), meetingTypeLabel(reference, meeting.type)],
    [t('meetings.form.datum'), `${formatDate(meeting.datum)} ${meeting.starttijd}`],
    [t('meetings.form.locatie'), meeting.locatie || '—'],
    [t('meetings.form.region'), regionName(reference, meeting.regionId)],
    [t('meetings.form.voorzitter'), meeting.voorzitter?.displayName ?? '—'],
    [t('meetings.form.notulist'), meeting.notulist?.displayName ?? '—'],
  ];
}

/** "Informatieoverleg Noord — 24-11-2026 09:30". */
export function meetingHeading(
  t: TFunction,
  meeting: Pick<MeetingView | MeetingSummary, 'title' | 'datum' | 'starttijd'>,
) {
  return t('meetings.heading', { title: meeting.title, datum: formatDate(meeting.datum), tijd: meeting.starttijd });
}

/** An agenda item's name: its own title, else the casus it is about; withheld items say so. */
export function itemTitle(t: TFunction, item: AgendaItemView): string {
  if (item.withheld) return t('meetings.agenda.withheld');
  const casus = item.casus ? t('meetings.agenda.casus', { number: item.casus.number, naam: item.casus.naam }) : '';
  if (item.title && casus) return `${item.title} (${casus})`;
  return item.title || casus || t('meetings.agenda.untitled');
}

/** Is the meeting today or later (upcoming) rather than past. */
export function isUpcoming(datum: string, today: string): boolean {
  return datum >= today;
}
