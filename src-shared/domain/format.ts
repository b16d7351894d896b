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

/** "dd-mm-jjjj" typed by a user -> "yyyy-mm-dd", or null when it is not a real date. */
export function parseDutchDate(text: string): string | null {
  const match = /^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const numberFormat = new Intl.NumberFormat('nl-NL');

/** 12.345 */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
