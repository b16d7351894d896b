// CSV as Dutch spreadsheet programs read it: UTF-8 with a byte-order mark, semicolons, CRLF.
// Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab, CR) gets a leading
// apostrophe. Numbers are left as they are, also when they come as text ("-2", "-2,5"): a plain
// number is never a formula, and an apostrophe would turn it into text that no sum counts.
export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(cell).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
