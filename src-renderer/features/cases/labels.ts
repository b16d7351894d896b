// Readable Dutch (or English) for what the dossier stores as codes and ISO moments: the lines of
// the timeline, signal statuses, and dates that are either a calendar day or a moment in time.
import type { TFunction } from 'i18next';
import { CASE_STATES, type CaseState } from '../../../src-shared/domain/casus';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { TimelineItem } from '../../../src-shared/ipc/cases';
import type { ReferenceData } from '../../../src-shared/ipc/lists';
import { listLabel } from '../lists';

/** A calendar day (a deadline, the day a signal came in) as dd-mm-jjjj; a moment with its time. */
export function formatMoment(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : formatDateTime(value);
}

const isState = (value: string): value is CaseState => (CASE_STATES as readonly string[]).includes(value);

function stateLabel(t: TFunction, value: string): string {
  return isState(value) ? t(`common:caseStates.${value}`) : value;
}

/** The heading of one timeline line: what happened, with its codes translated. */
export function timelineTitle(t: TFunction, reference: ReferenceData | undefined, item: TimelineItem): string {
  switch (item.kind) {
    case 'signaal':
      return t('cases.timeline.signaal', { ideologie: listLabel(reference, 'ideologie', item.title) });
    case 'weging':
      return t('cases.timeline.weging', { besluit: listLabel(reference, 'besluit', item.title) });
    case 'status': {
      const [from, to] = item.title.includes('>') ? item.title.split('>') : [null, item.title];
      return from
        ? t('cases.timeline.statusChange', { from: stateLabel(t, from), to: stateLabel(t, to ?? '') })
        : t('cases.timeline.statusStart', { to: stateLabel(t, to ?? '') });
    }
    case 'actie':
      return t('cases.timeline.actie', { status: t(`common:actionStatuses.${item.title}`) });
    case 'monitoring':
      return t('cases.timeline.monitoring', { planned: formatDate(item.title) });
    case 'notitie':
      return t('cases.timeline.notitie');
  }
}
