// A round's responses as an anonymised data file (CSV, or XLSX with a codebook, the figures and
// the response table):
// no name, no one who entered them, no time, and the organisation only for groups of at least
// MIN_GROUP respondents (the others are merged, as in the analysis). Rows are sorted by their
// content, so their order says nothing about who answered when.
import { newWorkbook, type Row, type Worksheet } from '../export/workbook';
import { groupPartners, MIN_GROUP, UNKNOWN_PARTNER } from '../../../src-shared/domain/evaluation-groups';
import type { ResponseRate } from '../../../src-shared/domain/evaluation-response';
import type { AnalysedResponse, RoundAnalysis } from '../../../src-shared/domain/evaluation-analysis';
import type { Question, Template } from '../../../src-shared/domain/questionnaire';
import { formatMessage } from '../../../src-shared/i18n/messages';
import { toCsv, type Cell } from '../export/csv';
import { codebook } from './report';

const t = (key: string, params?: Record<string, string | number>) => formatMessage('nl', key, params);

interface Column {
  code: string;
  value: (answers: AnalysedResponse['answers']) => Cell;
}

function columnsOf(question: Question): Column[] {
  const nvt = (v: unknown): Cell => (v === 'nvt' ? t('evaluations.nvt') : typeof v === 'number' ? v : null);
  switch (question.type) {
    case 'likert5':
      return [{ code: question.id, value: (a) => nvt(a[question.id]) }];
    case 'matrix':
      return question.items.map((item) => ({
        code: `${question.id}.${item.id}`,
        value: (a) => nvt((a[question.id] as Record<string, unknown> | undefined)?.[item.id]),
      }));
    case 'keuze':
      return [
        {
          code: question.id,
          value: (a) => question.opties.find((o) => o.code === a[question.id])?.label ?? null,
        },
      ];
    case 'meerkeuze':
      // One 0/1 column per option: what spreadsheets and statistics programs count easily.
      return question.opties.map((o) => ({
        code: `${question.id}.${o.code}`,
        value: (a) => {
          const given = a[question.id];
          return Array.isArray(given) ? (given.includes(o.code) ? 1 : 0) : null;
        },
      }));
    case 'getal':
      return [
        { code: question.id, value: (a) => (typeof a[question.id] === 'number' ? (a[question.id] as number) : null) },
      ];
    case 'open':
      return [
        { code: question.id, value: (a) => (typeof a[question.id] === 'string' ? (a[question.id] as string) : null) },
      ];
  }
}

export interface ExportData {
  header: string[];
  rows: Cell[][];
}

/**
 * The anonymised table: one row per response. `openAnswers` false (the coordinator's export,
 * province.ts) leaves the open questions' columns out.
 */
export function exportRows(
  template: Template,
  responses: readonly AnalysedResponse[],
  partnerLabels: Map<string, string>,
  openAnswers = true,
): ExportData {
  const columns = codebook(template)
    .filter(({ question }) => openAnswers || question.type !== 'open')
    .flatMap(({ question }) => columnsOf(question));
  const { shown } = groupPartners(responses);
  const visible = new Set(shown.flatMap((g) => g.partners));
  const label = (partner: string | null) =>
    !visible.has(partner ?? UNKNOWN_PARTNER)
      ? t('evaluations.mergedGroup')
      : partner === null
        ? t('evaluations.export.unknownPartner')
        : (partnerLabels.get(partner) ?? partner);
  const rows = responses
    .map((r) => ({ group: label(r.partner), cells: columns.map((c) => c.value(r.answers)) }))
    .map((r) => ({ ...r, key: JSON.stringify(r.cells) }))
    .sort((a, b) => a.group.localeCompare(b.group, 'nl') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    header: [t('evaluations.export.number'), t('evaluations.export.partner'), ...columns.map((c) => c.code)],
    rows: rows.map((r, i) => [i + 1, r.group, ...r.cells]),
  };
}

export function exportCsv(data: ExportData): Buffer {
  return toCsv(data.header, data.rows);
}

function valuesOf(question: Question): string {
  switch (question.type) {
    case 'likert5':
    case 'matrix':
      return (
        question.labels.map((l, i) => `${i + 1} = ${l}`).join('; ') + (question.nvt ? `; ${t('evaluations.nvt')}` : '')
      );
    case 'keuze':
      return question.opties.map((o) => o.label).join('; ');
    case 'meerkeuze':
      return question.opties.map((o) => `${question.id}.${o.code} = ${o.label} (0/1)`).join('; ');
    case 'getal':
      return `${question.min}–${question.max}${question.eenheid ? ` ${question.eenheid}` : ''}`;
    case 'open':
      return '';
  }
}

/**
 * The response table as the report shows it (evaluation-response.ts): the same merged rows, no
 * rate above 100 %, and the rule under it.
 */
function addResponseSheet(sheet: Worksheet, rate: ResponseRate, partnerLabels: Map<string, string>): void {
  const name = (code: string) =>
    code === UNKNOWN_PARTNER ? t('evaluations.export.unknownPartner') : (partnerLabels.get(code) ?? code);
  const r = (key: string) => t(`evaluations.export.response.${key}`);
  sheet.addRow([r('partner'), r('invited'), r('responses'), r('rate')]).font = { bold: true };
  for (const row of rate.rows) {
    sheet.addRow([
      row.merged ? `${t('evaluations.mergedGroup')}: ${row.partners.map(name).join(', ')}` : name(row.partners[0]!),
      row.invited,
      row.responses,
      row.rate === null ? (row.exceeded ? r('exceeded') : null) : Math.round(row.rate * 1000) / 1000,
    ]);
  }
  sheet.addRow([]);
  sheet.addRow([r('rule')]).font = { italic: true, size: 9 };
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 50 : 14;
  });
}

export async function exportXlsx(
  titel: string,
  template: Template,
  data: ExportData,
  analysis: RoundAnalysis,
  rate: ResponseRate,
  partnerLabels: Map<string, string>,
): Promise<Buffer> {
  const workbook = await newWorkbook();
  const heading = (sheet: Worksheet) => {
    sheet.addRow([t('evaluations.export.heading', { titel })]).font = { bold: true, size: 13 };
    sheet.addRow([t('evaluations.export.note', { min: MIN_GROUP })]).font = { italic: true, size: 9 };
    sheet.addRow([]);
  };
  const bold = (row: Row) => {
    row.font = { bold: true };
  };

  const answers = workbook.addWorksheet(t('evaluations.export.sheets.answers'));
  heading(answers);
  bold(answers.addRow(data.header));
  for (const row of data.rows) answers.addRow(row.map((cell) => cell ?? null));

  const book = workbook.addWorksheet(t('evaluations.export.sheets.codebook'));
  heading(book);
  const c = (key: string) => t(`evaluations.export.codebook.${key}`);
  bold(book.addRow([c('code'), c('section'), c('question'), c('type'), c('values')]));
  for (const { question, section } of codebook(template)) {
    book.addRow([question.id, section, question.tekst, question.type, valuesOf(question)]);
    if (question.type === 'matrix') {
      for (const item of question.items) book.addRow([`${question.id}.${item.id}`, section, `— ${item.tekst}`, '', '']);
    }
  }
  book.columns.forEach((column, index) => {
    column.width = [14, 28, 60, 12, 60][index] ?? 16;
  });

  const figures = workbook.addWorksheet(t('evaluations.export.sheets.figures'));
  heading(figures);
  const f = (key: string) => t(`evaluations.export.figures.${key}`);
  bold(figures.addRow([c('code'), f('question'), f('n'), f('mean'), f('median'), f('eens'), f('oneens')]));
  const round = (v: number | null, digits = 2) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
  for (const q of analysis.questions) {
    const lines =
      q.type === 'likert5'
        ? [{ code: q.questionId, tekst: q.tekst, stats: q.stats }]
        : q.type === 'matrix'
          ? q.items.map((i) => ({
              code: `${q.questionId}.${i.itemId}`,
              tekst: `${q.tekst} — ${i.tekst}`,
              stats: i.stats,
            }))
          : [];
    if (q.type === 'getal') {
      // A number on its own scale: no five-point shares for it.
      const { min, max } = q.distribution.scale;
      figures.addRow([
        q.questionId,
        `${q.tekst} (${min}–${max}${q.eenheid ? ` ${q.eenheid}` : ''})`,
        q.stats.n,
        round(q.stats.mean),
        q.stats.median,
        null,
        null,
      ]);
    }
    for (const line of lines) {
      figures.addRow([
        line.code,
        line.tekst,
        line.stats.n,
        round(line.stats.mean),
        line.stats.median,
        round(line.stats.shareEens, 3),
        round(line.stats.shareOneens, 3),
      ]);
    }
  }
  figures.columns.forEach((column, index) => {
    column.width = index === 1 ? 60 : 14;
  });

  const response = workbook.addWorksheet(t('evaluations.export.sheets.response'));
  heading(response);
  addResponseSheet(response, rate, partnerLabels);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
