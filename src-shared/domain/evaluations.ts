// Evaluation rounds and recommendations (aanbevelingen): the anonymity settings and what each
// stores about a respondent, the statuses, and when a recommendation is late.

/**
 * - `op-naam`: the respondent's name and the exact time are stored;
 * - `anoniem-dag`: no identity, only the date;
 * - `anoniem-week`: no identity, only the ISO week (for small groups, where a date says too much).
 */
export const ANONYMITY = ['op-naam', 'anoniem-dag', 'anoniem-week'] as const;
export type Anonymity = (typeof ANONYMITY)[number];

export const ROUND_STATUSES = ['concept', 'open', 'gesloten'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** How a response came in: typed over from a paper form, or answered at the kiosk. */
export const RESPONSE_SOURCES = ['papier', 'kiosk'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

export const RECOMMENDATION_STATUSES = ['open', 'lopend', 'afgerond', 'vervallen'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export function isAnonymous(anonymity: Anonymity): boolean {
  return anonymity !== 'op-naam';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO 8601 week of a calendar date (yyyy-mm-dd) as `2026-W48`. */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // The Thursday of this week decides the year.
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

/**
 * What a response row keeps of when it came in: the exact time only for named rounds, otherwise
 * the date or the week. `day` is the local calendar date of `at`.
 */
export function responseTime(
  anonymity: Anonymity,
  at: Date,
  day: string,
): { submittedOn: string; submittedAt: string | null } {
  if (anonymity === 'op-naam') return { submittedOn: day, submittedAt: at.toISOString() };
  if (anonymity === 'anoniem-week') return { submittedOn: isoWeek(day), submittedAt: null };
  return { submittedOn: day, submittedAt: null };
}

/** A recommendation is late when it is still open or running after its deadline. */
export function isLate(status: RecommendationStatus, deadline: string | null, today: string): boolean {
  return (status === 'open' || status === 'lopend') && deadline !== null && deadline < today;
}

/** The overview's three piles: done (afgerond or vervallen), late, and open (the rest). */
export function recommendationPile(
  status: RecommendationStatus,
  deadline: string | null,
  today: string,
): 'open' | 'te-laat' | 'afgerond' {
  if (status === 'afgerond' || status === 'vervallen') return 'afgerond';
  return isLate(status, deadline, today) ? 'te-laat' : 'open';
}
