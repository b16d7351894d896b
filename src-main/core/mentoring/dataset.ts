// The anonymised dataset of trajectories for the external evaluation, with its codebook. What
// leaves: region, source, months (never days), duration in weeks, the age band at aanmelding,
// status, end reason, outcome and counts. What never leaves: names (mentee, mentor, consultant,
// staff), exact dates, birth dates, the casus number, application codes and any free text (goals,
// notes). Each trajectory gets a sequence number that exists only in the file.
import ExcelJS from 'exceljs';
import { AGE_BANDS, ageAt, ageBand } from '../../../src-shared/domain/age';
import { EIND_REDENEN, TRAJECT_BRONNEN, TRAJECT_STATUSES, UITKOMSTEN } from '../../../src-shared/domain/mentoring';
import { formatMessage } from '../../../src-shared/i18n/messages';
import { toCsv } from '../export/csv';

/** What core reads per trajectory, before anonymisation (it still holds exact dates). */
export interface TrajectFacts {
  id: number;
  regio: string;
  bron: string;
  status: string;
  aanmeldDatum: string;
  startDatum: string | null;
  eindDatum: string | null;
  eindReden: string | null;
  uitkomst: string | null;
  geboortedatum: string | null;
  geboortejaar: number | null;
  doelen: { behaald: boolean }[];
  contacten: number;
  contactMinuten: number;
  evaluatiesMentor: number;
  evaluatiesMentee: number;
  ondersteuning: number;
  mentorwissels: number;
}

export const VARIABLES = [
  'traject',
  'regio',
  'bron',
  'aanmeldmaand',
  'startmaand',
  'eindmaand',
  'duur_weken',
  'leeftijdsgroep',
  'status',
  'eindreden',
  'uitkomst',
  'doelen',
  'doelen_behaald',
  'contacten',
  'contact_minuten',
  'evaluaties_mentor',
  'evaluaties_mentee',
  'ondersteuning',
  'mentorwissels',
] as const;
export type Variable = (typeof VARIABLES)[number];
export type AnonRecord = Record<Variable, string | number>;

const month = (day: string | null) => (day ? day.slice(0, 7) : '');
const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY;

/** The trajectories of the period (aangemeld before its end, not ended before its start), anonymised. */
export function anonymise(
  rows: readonly TrajectFacts[],
  period: { from: string; to: string },
  today: string,
): AnonRecord[] {
  return rows
    .filter((r) => r.aanmeldDatum <= period.to && (r.eindDatum === null || r.eindDatum >= period.from))
    .sort((a, b) => a.aanmeldDatum.localeCompare(b.aanmeldDatum) || a.id - b.id)
    .map((r, index) => ({
      traject: `T${String(index + 1).padStart(3, '0')}`,
      regio: r.regio,
      bron: r.bron,
      aanmeldmaand: month(r.aanmeldDatum),
      startmaand: month(r.startDatum),
      eindmaand: month(r.eindDatum),
      duur_weken: r.startDatum ? Math.max(0, Math.floor(days(r.startDatum, r.eindDatum ?? today) / 7)) : '',
      leeftijdsgroep: ageBand(ageAt(r.geboortedatum, r.geboortejaar, r.aanmeldDatum)),
      status: r.status,
      eindreden: r.eindReden ?? '',
      uitkomst: r.uitkomst ?? '',
      doelen: r.doelen.length,
      doelen_behaald: r.doelen.filter((d) => d.behaald).length,
      contacten: r.contacten,
      contact_minuten: r.contactMinuten,
      evaluaties_mentor: r.evaluatiesMentor,
      evaluaties_mentee: r.evaluatiesMentee,
      ondersteuning: r.ondersteuning,
      mentorwissels: r.mentorwissels,
    }));
}

const t = (key: string, params?: Record<string, string | number>) => formatMessage('nl', key, params);

function choices(group: string, codes: readonly string[]): string {
  return codes.map((code) => `${code} = ${t(`mentorExport.labels.${group}.${code}`)}`).join('; ');
}

/** Per variable: its meaning and the values it takes. */
export function codebook(): { variable: Variable; meaning: string; values: string }[] {
  const count = t('mentorExport.valueText.count');
  const values: Record<Variable, string> = {
    traject: t('mentorExport.valueText.sequence'),
    regio: t('mentorExport.valueText.region'),
    bron: choices('bron', TRAJECT_BRONNEN),
    aanmeldmaand: t('mentorExport.valueText.month'),
    startmaand: t('mentorExport.valueText.month'),
    eindmaand: t('mentorExport.valueText.month'),
    duur_weken: count,
    leeftijdsgroep: [...AGE_BANDS, 'onbekend'].join('; '),
    status: choices('status', TRAJECT_STATUSES),
    eindreden: choices('eindreden', EIND_REDENEN),
    uitkomst: choices('uitkomst', UITKOMSTEN),
    doelen: count,
    doelen_behaald: count,
    contacten: count,
    contact_minuten: count,
    evaluaties_mentor: count,
    evaluaties_mentee: count,
    ondersteuning: count,
    mentorwissels: count,
  };
  return VARIABLES.map((variable) => ({
    variable,
    meaning: t(`mentorExport.vars.${variable}`),
    values: values[variable],
  }));
}

export function datasetCsv(records: readonly AnonRecord[]): Buffer {
  return toCsv(
    VARIABLES,
    records.map((r) => VARIABLES.map((v) => r[v])),
  );
}

export function codebookCsv(heading: string): Buffer {
  return toCsv(
    [heading],
    [
      [t('mentorExport.note')],
      [],
      [t('mentorExport.variable'), t('mentorExport.meaning'), t('mentorExport.values')],
      ...codebook().map((c) => [c.variable, c.meaning, c.values]),
    ],
  );
}

export async function datasetXlsx(records: readonly AnonRecord[], heading: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CTER Werkplaats';
  workbook.created = new Date(0);
  const data = workbook.addWorksheet(t('mentorExport.sheetData'));
  data.addRow([...VARIABLES]).font = { bold: true };
  for (const record of records) data.addRow(VARIABLES.map((v) => record[v]));
  data.columns.forEach((column) => {
    column.width = 16;
  });
  const book = workbook.addWorksheet(t('mentorExport.sheetCodebook'));
  book.addRow([heading]).font = { bold: true, size: 13 };
  book.addRow([t('mentorExport.note')]).font = { italic: true, size: 9 };
  book.addRow([]);
  book.addRow([t('mentorExport.variable'), t('mentorExport.meaning'), t('mentorExport.values')]).font = { bold: true };
  for (const entry of codebook()) book.addRow([entry.variable, entry.meaning, entry.values]);
  book.columns.forEach((column, index) => {
    column.width = [20, 60, 80][index] ?? 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
