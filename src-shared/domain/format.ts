// Dutch formats, everywhere: dates as dd-mm-jjjj, times as hh:mm(:ss), numbers with Dutch
// separators. Dates on the wire are ISO strings; these turn them into what people read.

const pad = (n: number) => String(n).padStart(2, '0');

function toDate(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * 29-11-2026 (local time). A calendar date on the wire ("2026-11-29": a deadline, a birth date)
 * is rewritten as it is: `new Date` would read it as UTC midnight, a day earlier west of Greenwich.
 */
export function formatDate(value: string | Date): string {
  const day = typeof value === 'string' ? CALENDAR_DAY.exec(value) : null;
  if (day) return `${day[3]}-${day[2]}-${day[1]}`;
  const date = toDate(value);
  return date ? `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}` : '';
}

/** 29-11-2026 14:05 (local time); with seconds: 29-11-2026 14:05:09. */
export function formatDateTime(value: string | Date, seconds = false): string {
  const date = toDate(value);
  if (!date) return '';
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}${seconds ? `:${pad(date.getSeconds())}` : ''}`;
  return `${formatDate(date)} ${time}`;
}

/** 14:05:09 (local time). */
export function formatTime(value: string | Date): string {
  const date = toDate(value);
  return date ? `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` : '';
}

/** A calendar date as yyyy-mm-dd (local), the form dates take on the wire. */
export function isoDay(value: Date): string {
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** The zone of the days core names (today, a deadline's horizon, a case number's year): the ZVHs are Dutch. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

const dutchDays = new Intl.DateTimeFormat('en-CA', {
  timeZone: DUTCH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day of `moment` in the Netherlands (yyyy-mm-dd), whatever zone the process runs in:
 * a CTER server's system clock is often UTC, where 01-01 00:30 in Amsterdam is still 31-12.
 */
export function dutchDay(moment: Date): string {
  const parts = dutchDays.formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * `day` (yyyy-mm-dd) moved `days` calendar days (back when negative). Counted on the calendar, not
 * as 24-hour steps: across a DST change those land on the wrong day near midnight.
 */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** "dd-mm-jjjj" typed by a user -> "yyyy-mm-dd", or null when it is not a real date. */
export function parseDutchDate(text: string): string | null {
  const match = /^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`;
  return isCalendarDay(iso) ? iso : null;
}

/** The years a record's date can fall in: a birth date, a signal, a deadline (as a person's birth year). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/**
 * True when `iso` (yyyy-mm-dd) names a day of the calendar in those years: not 31-02, not month
 * 13, 29-02 only in a leap year. The window and the bridge both hold dates to it.
 */
export function isCalendarDay(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  // UTC: a day that exists exists in every time zone, and no DST change moves midnight away.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const numberFormat = new Intl.NumberFormat('nl-NL');

/** 12.345 */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
