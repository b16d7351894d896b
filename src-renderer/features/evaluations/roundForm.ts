// The round set-up form's values as typed (dates as dd-mm-jjjj, the number invited as text) and
// their translation to and from the contract's round input.
import type { Anonymity } from '../../../src-shared/domain/evaluations';
import { formatDate, parseDutchDate } from '../../../src-shared/domain/format';
import type { RoundView, TemplateSummary } from '../../../src-shared/ipc/evaluations';

export interface RoundForm {
  titel: string;
  toelichting: string;
  templateId: string;
  periodFrom: string;
  periodTo: string;
  anonymity: Anonymity;
  /** Partner code -> the number invited as typed ('' when not known). */
  groups: Record<string, string>;
}

export function formOf(round: RoundView | null, templates: readonly TemplateSummary[]): RoundForm {
  if (!round) {
    const first = templates.find((t) => t.latest);
    return {
      titel: '',
      toelichting: '',
      templateId: first ? String(first.id) : '',
      periodFrom: '',
      periodTo: '',
      anonymity: 'anoniem-dag',
      groups: {},
    };
  }
  return {
    titel: round.titel,
    toelichting: round.toelichting,
    templateId: String(round.template.id),
    periodFrom: formatDate(round.periodFrom),
    periodTo: formatDate(round.periodTo),
    anonymity: round.anonymity,
    groups: Object.fromEntries(round.targetGroups.map((g) => [g.partner, g.invited === null ? '' : String(g.invited)])),
  };
}

export function inputOf(form: RoundForm, id: number | null) {
  return {
    id,
    titel: form.titel,
    toelichting: form.toelichting,
    templateId: Number(form.templateId) || 0,
    periodFrom: parseDutchDate(form.periodFrom) ?? form.periodFrom,
    periodTo: parseDutchDate(form.periodTo) ?? form.periodTo,
    anonymity: form.anonymity,
    targetGroups: Object.entries(form.groups).map(([partner, invited]) => ({
      partner,
      invited: invited.trim() === '' ? null : Number(invited),
    })),
  };
}
