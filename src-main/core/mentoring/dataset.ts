// The anonymised dataset of trajectories for the external evaluation, with its codebook. What
// leaves: region, source, months (never days), duration in bands of weeks, the age band at
// aanmelding, status, end reason, outcome and counts. What never leaves: names (mentee, mentor,
// consultant, staff), exact dates, birth dates, the casus number, application codes and any free
// text (goals, notes). Each trajectory gets a sequence number that exists only in the file. Core
// reads the caller's regions' trajectories only (countedTrajectories in figures.ts). Before a file
// is written the records pass disclosure control for microdata (k-anonymity, see
// src-shared/domain/disclosure/microdata.ts): the quasi-identifiers are region, source, age band,
// the three months and the duration band; status, end reason, outcome and counts are not coarsened
// (only hidden, in a row still too rare with every quasi-identifier hidden).
import { newWorkbook } from '../export/workbook';
import { AGE_BANDS, ageAt, ageBand } from '../../../src-shared/domain/age';
import {
  EIND_REDENEN,
  TRAJECTORY_BRONNEN,
  TRAJECTORY_STATUSES,
  UITKOMSTEN,
} from '../../../src-shared/domain/mentoring';
import {
  protectMicrodata,
  SMALL_CELL,
  type AnonymousMicrodata,
  type Coarsening,
  type QuasiIdentifiers,
} from '../../../src-shared/domain/disclosure';
import { formatMessage } from '../../../src-shared/i18n/messages';
import { toCsv } from '../export/csv';

/** What core reads per trajectory, before anonymisation (it still holds exact dates). */
export interface TrajectoryFacts {
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

/**
 * The duration's bands in whole weeks (under 3 months, 3–6, 6–12, a year or more). The duration
 * follows from the start and end months (or the export date), so in exact weeks it gave back what
 * coarsening the months took away; in bands it is a quasi-identifier like the months themselves.
 */
export const DURATION_BANDS = ['0-12', '13-25', '26-51', '52+'] as const;
function durationBand(start: string, end: string): string {
  const weeks = Math.max(0, Math.floor(days(start, end) / 7));
  return DURATION_BANDS.find((band) => weeks <= Number(band.split('-')[1] ?? Infinity))!;
}

/** The trajectories of the period (aangemeld before its end, not ended before its start), anonymised. */
export function anonymise(
  rows: readonly TrajectoryFacts[],
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
      duur_weken: r.startDatum ? durationBand(r.startDatum, r.eindDatum ?? today) : '',
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

const QUASI: QuasiIdentifiers = {
  months: ['aanmeldmaand', 'startmaand', 'eindmaand'],
  age: { column: 'leeftijdsgroep', merge: { '<18': '<23', '18-22': '<23', '23-29': '23+', '30+': '23+' } },
  region: { column: 'regio', other: formatMessage('nl', 'mentorExport.otherRegions') },
  plain: ['duur_weken', 'bron'],
  // What the file tells of a trajectory beyond them: the variables from `status` on.
  attributes: VARIABLES.slice(VARIABLES.indexOf('status')),
};

/** The records as they may leave the workstation: k-anonymous over the quasi-identifiers. */
export function protectRecords(records: readonly AnonRecord[]): AnonymousMicrodata<AnonRecord> {
  return protectMicrodata(records, QUASI);
}

const t = (key: string, params?: Record<string, string | number>) => formatMessage('nl', key, params);

function choices(group: string, codes: readonly string[]): string {
  return codes.map((code) => `${code} = ${t(`mentorExport.labels.${group}.${code}`)}`).join('; ');
}

/** Per variable: its meaning and the values it takes. */
export function codebook(
  coarsened: readonly Coarsening[] = [],
): { variable: Variable; meaning: string; values: string }[] {
  const count = t('mentorExport.valueText.count');
  const kinds = new Set(coarsened.map((c) => c.kind));
  const monthText = t(
    `mentorExport.valueText.${kinds.has('years') ? 'year' : kinds.has('quarters') ? 'quarter' : 'month'}`,
  );
  const hidden = new Set(
    coarsened.flatMap((c) => (c.kind === 'suppressed' ? [c.column] : c.kind === 'rowsHidden' ? QUASI.attributes : [])),
  );
  const values: Record<Variable, string> = {
    traject: t('mentorExport.valueText.sequence'),
    regio: t('mentorExport.valueText.region'),
    bron: choices('bron', TRAJECTORY_BRONNEN),
    aanmeldmaand: monthText,
    startmaand: monthText,
    eindmaand: monthText,
    duur_weken: t('mentorExport.valueText.duration', { bands: DURATION_BANDS.join('; ') }),
    leeftijdsgroep: ageValues(coarsened),
    status: choices('status', TRAJECTORY_STATUSES),
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
    values: hidden.has(variable) ? `${values[variable]}; ${t('mentorExport.valueText.suppressed')}` : values[variable],
  }));
}

function ageValues(coarsened: readonly Coarsening[]): string {
  const merge = coarsened.find((c) => c.kind === 'ageBands');
  const bands = merge?.kind === 'ageBands' ? AGE_BANDS.map((band) => merge.merged[band] ?? band) : [...AGE_BANDS];
  return [...new Set(bands), 'onbekend'].join('; ');
}

/** The lines of the codebook that say how the file is protected and what was coarsened. */
export function protectionLines(coarsened: readonly Coarsening[]): string[] {
  const lines = [t('mentorExport.protection.rule', { k: SMALL_CELL })];
  if (coarsened.length === 0) lines.push(t('mentorExport.protection.none'));
  for (const step of coarsened) {
    if (step.kind === 'quarters' || step.kind === 'years') lines.push(t(`mentorExport.protection.${step.kind}`));
    else if (step.kind === 'ageBands') {
      const groups = new Map<string, string[]>();
      for (const [band, to] of Object.entries(step.merged)) groups.set(to, [...(groups.get(to) ?? []), band]);
      const merged = [...groups].map(([to, from]) => `${from.join(' en ')} → ${to}`).join('; ');
      lines.push(t('mentorExport.protection.ageBands', { merged }));
    } else if (step.kind === 'regions') {
      lines.push(t('mentorExport.protection.regions', { regions: step.merged.join(', '), other: QUASI.region.other }));
    }
  }
  const suppressed = coarsened.flatMap((step) => (step.kind === 'suppressed' ? [`${step.column} ${step.rows}`] : []));
  if (suppressed.length > 0) lines.push(t('mentorExport.protection.suppressed', { list: suppressed.join(', ') }));
  const hiddenRows = coarsened.find((step) => step.kind === 'rowsHidden');
  if (hiddenRows) lines.push(t('mentorExport.protection.rowsHidden', { count: hiddenRows.rows }));
  return lines;
}

/** The dataset as CSV; the records are protected first (see protectRecords). */
export function datasetCsv(records: readonly AnonRecord[]): Buffer {
  return toCsv(
    VARIABLES,
    protectRecords(records).rows.map((r) => VARIABLES.map((v) => r[v])),
  );
}

/** The codebook of the same records as CSV, saying what their protection coarsened. */
export function codebookCsv(heading: string, records: readonly AnonRecord[]): Buffer {
  const { coarsened } = protectRecords(records);
  return toCsv(
    [heading],
    [
      [t('mentorExport.note')],
      ...protectionLines(coarsened).map((line) => [line]),
      [],
      [t('mentorExport.variable'), t('mentorExport.meaning'), t('mentorExport.values')],
      ...codebook(coarsened).map((c) => [c.variable, c.meaning, c.values]),
    ],
  );
}

export async function datasetXlsx(input: readonly AnonRecord[], heading: string): Promise<Buffer> {
  const { rows: records, coarsened } = protectRecords(input);
  const workbook = await newWorkbook();
  const data = workbook.addWorksheet(t('mentorExport.sheetData'));
  data.addRow([...VARIABLES]).font = { bold: true };
  for (const record of records) data.addRow(VARIABLES.map((v) => record[v]));
  data.columns.forEach((column) => {
    column.width = 16;
  });
  const book = workbook.addWorksheet(t('mentorExport.sheetCodebook'));
  book.addRow([heading]).font = { bold: true, size: 13 };
  book.addRow([t('mentorExport.note')]).font = { italic: true, size: 9 };
  for (const line of protectionLines(coarsened)) book.addRow([line]).font = { italic: true, size: 9 };
  book.addRow([]);
  book.addRow([t('mentorExport.variable'), t('mentorExport.meaning'), t('mentorExport.values')]).font = { bold: true };
  for (const entry of codebook(coarsened)) book.addRow([entry.variable, entry.meaning, entry.values]);
  book.columns.forEach((column, index) => {
    column.width = [20, 60, 80][index] ?? 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
