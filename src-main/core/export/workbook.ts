// A new XLSX workbook for the exports (year figures, evaluation rounds, the mentor dataset).
// exceljs is loaded on the first export, not when core loads: it is a large library (about 0.7 s
// of CPU to import on the build machine) that most sessions never use, and core loads at every
// unlock and in every end-to-end test.
import type { Workbook } from 'exceljs';

export type { Row, Worksheet } from 'exceljs';

export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CTER Werkplaats';
  // A fixed date: the same figures give the same file.
  workbook.created = new Date(0);
  return workbook;
}
