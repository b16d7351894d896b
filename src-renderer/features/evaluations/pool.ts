// The pure parts of the provincial pool's pages: which questionnaire versions the page of rounds
// offers a pool for (and on which year it opens), and the years the pool page offers.
import type { RoundSummary } from '../../../src-shared/ipc/evaluations';

/**
 * The questionnaire versions the rounds use, once each, by title and version, with the year of the
 * latest round of each (the pool opens on that year).
 */
export function roundTemplates(rounds: readonly RoundSummary[]): (RoundSummary['template'] & { jaar: number })[] {
  const seen = new Map<number, RoundSummary['template'] & { jaar: number }>();
  for (const r of rounds) {
    const jaar = Number(r.periodFrom.slice(0, 4));
    const known = seen.get(r.template.id);
    if (!known || known.jaar < jaar) seen.set(r.template.id, { ...r.template, jaar });
  }
  return [...seen.values()].sort((a, b) => a.titel.localeCompare(b.titel) || a.versie - b.versie);
}

/** The years offered: this year and the four before it, and the one asked for, newest first. */
export function poolYears(thisYear: number, asked: number): number[] {
  return [...new Set([asked, ...[0, 1, 2, 3, 4].map((back) => thisYear - back)])].sort((a, b) => b - a);
}

/** The year in the address (`?jaar=`, the one the page of rounds links to), else this year. */
export function askedYear(param: string | null, thisYear: number): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear;
}
