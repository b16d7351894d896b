// Age at a signal, the figure the steering group watches (persons are ever younger).

/** Whole years on `on` (yyyy-mm-dd); with only a birth year, the difference of the years. */
export function ageAt(geboortedatum: string | null, geboortejaar: number | null, on: string): number | null {
  const [year, month, day] = on.split('-').map(Number) as [number, number, number];
  if (geboortedatum) {
    const [by, bm, bd] = geboortedatum.split('-').map(Number) as [number, number, number];
    const hadBirthday = month > bm || (month === bm && day >= bd);
    return year - by - (hadBirthday ? 0 : 1);
  }
  return geboortejaar === null ? null : year - geboortejaar;
}

/** The age bands of the year figures. */
export const AGE_BANDS = ['<18', '18-22', '23-29', '30+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number] | 'onbekend';

export function ageBand(age: number | null): AgeBand {
  if (age === null) return 'onbekend';
  if (age < 18) return '<18';
  if (age <= 22) return '18-22';
  if (age <= 29) return '23-29';
  return '30+';
}
