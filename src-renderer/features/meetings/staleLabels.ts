// The labels a StaleNotice uses for the fields of a meeting (details, attendance, agenda), by the
// names core gives them in a STALE_VERSION refusal.
import type { TFunction } from 'i18next';

export function meetingFieldLabels(t: TFunction): Record<string, string> {
  return {
    type: t('meetings.form.type'),
    title: t('meetings.form.title'),
    datum: t('meetings.form.datum'),
    starttijd: t('meetings.form.starttijd'),
    locatie: t('meetings.form.locatie'),
    regionId: t('meetings.form.region'),
    voorzitterId: t('meetings.form.voorzitter'),
    notulistId: t('meetings.form.notulist'),
    invitedPartners: t('meetings.form.partners'),
    invitedPersons: t('meetings.form.persons'),
    attendance: t('meetings.attendance.title'),
    agenda: t('meetings.agenda.staleLabel'),
  };
}
