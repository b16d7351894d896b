import { describe, expect, it } from 'vitest';
import type { RoundSummary } from '../../../src-shared/ipc/evaluations';
import { askedYear, poolYears, roundTemplates } from './pool';

const round = (templateId: number, versie: number, periodFrom: string) =>
  ({ template: { id: templateId, sleutel: 'k', versie, titel: 'Vragenlijst (fictief)' }, periodFrom }) as RoundSummary;

describe("the provincial pool's pages", () => {
  it('offers each questionnaire version once, opening on the year of its latest round', () => {
    const rounds = [round(2, 2, '2025-03-01'), round(1, 1, '2024-05-01'), round(2, 2, '2026-11-01')];
    expect(roundTemplates(rounds).map((t) => [t.id, t.jaar])).toEqual([
      [1, 2024],
      [2, 2026],
    ]);
  });
  it('offers this year, the four before it and the one asked for, newest first', () => {
    expect(poolYears(2026, 2026)).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(poolYears(2026, 2019)).toEqual([2026, 2025, 2024, 2023, 2022, 2019]);
  });
  it('reads the year from the address, this year when it is missing or nonsense', () => {
    expect(askedYear('2025', 2026)).toBe(2025);
    expect(askedYear(null, 2026)).toBe(2026);
    expect(askedYear('abc', 2026)).toBe(2026);
    expect(askedYear('12', 2026)).toBe(2026);
  });
});
