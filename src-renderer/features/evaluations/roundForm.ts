// The round set-up form's values as typed (dates as dd-mm-jjjj, the number invited as text) and
// their translation to and from the contract's round input.
import type { Anonymity } from '../../../src-shared/domain/evaluations';
import { formatDate, parseDutchDate } from '../../../src-shared/domain/format';
import type { RoundHouses, RoundView, TemplateSummary } from '../../../src-shared/ipc/evaluations';

/** The house select's value for a round for every house ('' is: not chosen yet). */
export const EVERY_HOUSE = 'alle';

export interface RoundForm {
  titel: string;
  toelichting: string;
  templateId: string;
  periodFrom: string;
  periodTo: string;
  anonymity: Anonymity;
  /** Partner code -> the number invited as typed ('' when not known). */
  groups: Record<string, string>;
  /** The house: a region id, EVERY_HOUSE, or '' (not chosen). */
  regionId: string;
}

/** A new round's house: every house for an account holding them all, else its only one, else none yet. */
export function defaultHouse(houses: RoundHouses | null): string {
  if (!houses || houses.everyHouse) return EVERY_HOUSE;
  return houses.houses.length === 1 ? String(houses.houses[0]!.id) : '';
}

export function formOf(
  round: RoundView | null,
  templates: readonly TemplateSummary[],
  houses: RoundHouses | null = null,
): RoundForm {
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
      regionId: defaultHouse(houses),
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
    regionId: round.region ? String(round.region.id) : EVERY_HOUSE,
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
    // Not chosen: left out, and core chooses or asks for it.
    ...(form.regionId === '' ? {} : { regionId: form.regionId === EVERY_HOUSE ? null : Number(form.regionId) }),
  };
}
