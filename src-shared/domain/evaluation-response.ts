// The response of a round: responses per partner organisation against the number invited, and one
// overall rate. The rows follow the rule of the figures per partner (evaluation-groups.ts): an
// organisation with fewer than MIN_GROUP responses is not shown on its own but merged into
// "overige organisaties", so the response table never gives a small organisation's exact count.
// A rate is never above 100 %: a row with more responses than invited (the kiosk keeps every
// respondent's answers, see round-service.ts) has no rate and is flagged until the number invited is
// corrected. The overall rate follows one rule, the same in every case: the responses of the rows
// that have a rate, divided by those rows' number invited. Responses without an organisation, and
// those of organisations whose number invited is unknown or too low, are not counted (and their
// number is stated under the figure).
import type { AnalysedResponse } from './evaluation-analysis';
import { groupPartners, UNKNOWN_PARTNER } from './evaluation-groups';

export interface TargetGroup {
  partner: string;
  /** How many were invited, where known. */
  invited: number | null;
  /** Set when the number invited was changed after responses came in. */
  correction?: { on: string; by: string | null } | null;
}

export interface ResponseRow {
  /** Partner codes: one for an organisation (UNKNOWN_PARTNER: without one), more for the merged row. */
  partners: string[];
  merged: boolean;
  /** Null when unknown for any organisation in the row (always for responses without one). */
  invited: number | null;
  responses: number;
  /** responses / invited, 0..1; null when invited is unknown or exceeded. */
  rate: number | null;
  /** More responses than invited for an organisation in the row: the number invited needs correcting. */
  exceeded: boolean;
  /** When the number invited of this (single) organisation was corrected, and by whom. */
  correction: { on: string; by: string | null } | null;
}

export interface ResponseRate {
  rows: ResponseRow[];
  /** Organisations with more responses than invited (codes only: the counts may be small). */
  exceeded: string[];
  total: {
    responses: number;
    /** The responses the rate counts: those of the rows with a rate. */
    counted: number;
    /** The number invited of those rows; null when no row has a rate. */
    invited: number | null;
    rate: number | null;
    /** Responses not counted: without an organisation, or invited unknown or exceeded. */
    excluded: number;
  };
}

export function responseRate(targets: readonly TargetGroup[], responses: readonly AnalysedResponse[]): ResponseRate {
  const total = responses.length;
  if (targets.length === 0) {
    return {
      rows: [],
      exceeded: [],
      total: { responses: total, counted: 0, invited: null, rate: null, excluded: total },
    };
  }
  const target = new Map(targets.map((t) => [t.partner, t]));
  const count = new Map<string, number>();
  for (const r of responses) {
    const key = r.partner ?? UNKNOWN_PARTNER;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const exceeded = targets
    .filter((t) => t.invited !== null && (count.get(t.partner) ?? 0) > t.invited)
    .map((t) => t.partner);
  const row = (partners: string[], merged: boolean): ResponseRow => {
    const responsesInRow = partners.reduce((sum, p) => sum + (count.get(p) ?? 0), 0);
    const known = partners.every((p) => typeof target.get(p)?.invited === 'number');
    const invited = known ? partners.reduce((sum, p) => sum + target.get(p)!.invited!, 0) : null;
    const over = partners.some((p) => exceeded.includes(p));
    return {
      partners,
      merged,
      invited,
      responses: responsesInRow,
      rate: invited !== null && invited > 0 && !over ? responsesInRow / invited : null,
      exceeded: over,
      correction: merged ? null : (target.get(partners[0]!)?.correction ?? null),
    };
  };
  // The organisations are grouped as in the figures per partner; responses without an organisation
  // are one row of their own whatever their number (it names no organisation, and so a single one
  // does not take an organisation's responses out of the rate with it).
  const { shown, merged } = groupPartners(responses.filter((r) => r.partner !== null));
  const grouped = new Set([...shown, ...(merged ? [merged] : [])].flatMap((g) => g.partners));
  // Target groups in their own order; an organisation nobody answered for is shown with 0 (there
  // is nobody to protect); responses without an organisation after them; the merged row last.
  const rows = targets.filter((t) => !grouped.has(t.partner) || shown.some((g) => g.partners[0] === t.partner));
  const out = rows.map((t) => row([t.partner], false));
  if (count.has(UNKNOWN_PARTNER)) out.push(row([UNKNOWN_PARTNER], false));
  if (merged) out.push(row([...merged.partners], true));
  const withRate = out.filter((r) => r.rate !== null);
  const counted = withRate.reduce((sum, r) => sum + r.responses, 0);
  const invited = withRate.length ? withRate.reduce((sum, r) => sum + r.invited!, 0) : null;
  return {
    rows: out,
    exceeded,
    total: {
      responses: total,
      counted,
      invited,
      rate: invited ? counted / invited : null,
      excluded: total - counted,
    },
  };
}
