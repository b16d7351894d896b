import { describe, expect, it } from 'vitest';
import {
  anonymise,
  codebook,
  codebookCsv,
  datasetCsv,
  protectRecords,
  VARIABLES,
  type AnonRecord,
  type TrajectoryFacts,
} from './dataset';

const fact = (extra: Partial<TrajectoryFacts>): TrajectoryFacts => ({
  id: 1,
  regio: 'ZVH Noord (voorbeeld)',
  bron: 'aanmelding_partner',
  status: 'lopend',
  aanmeldDatum: '2025-03-14',
  startDatum: '2025-04-02',
  eindDatum: null,
  eindReden: null,
  uitkomst: null,
  geboortedatum: null,
  geboortejaar: null,
  doelen: [],
  contacten: 0,
  contactMinuten: 0,
  evaluatiesMentor: 0,
  evaluatiesMentee: 0,
  ondersteuning: 0,
  mentorwissels: 0,
  ...extra,
});

const period = { from: '2025-01-01', to: '2025-12-31' };

describe('anonymise', () => {
  it('keeps months, weeks, an age band and counts; no exact date or birth date survives', () => {
    const [record] = anonymise(
      [
        fact({
          id: 4711,
          geboortedatum: '2009-03-15',
          eindDatum: '2025-06-11',
          status: 'afgerond',
          eindReden: 'doelen_bereikt',
          uitkomst: 'positief',
          doelen: [{ behaald: true }, { behaald: false }],
          contacten: 7,
          contactMinuten: 420,
          evaluatiesMentee: 1,
        }),
      ],
      period,
      '2026-01-10',
    );
    expect(record).toEqual({
      traject: 'T001',
      regio: 'ZVH Noord (voorbeeld)',
      bron: 'aanmelding_partner',
      aanmeldmaand: '2025-03',
      startmaand: '2025-04',
      eindmaand: '2025-06',
      // 10 weeks.
      duur_weken: '0-12',
      // 15 on the day of aanmelding (the birthday is the day after).
      leeftijdsgroep: '<18',
      status: 'afgerond',
      eindreden: 'doelen_bereikt',
      uitkomst: 'positief',
      doelen: 2,
      doelen_behaald: 1,
      contacten: 7,
      contact_minuten: 420,
      evaluaties_mentor: 0,
      evaluaties_mentee: 1,
      ondersteuning: 0,
      mentorwissels: 0,
    });
    const text = JSON.stringify(record);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain('4711');
    expect(Object.keys(record!)).toEqual([...VARIABLES]);
  });

  it('selects the trajectories of the period, numbers them in order of aanmelding, and measures open ones to today', () => {
    const records = anonymise(
      [
        fact({ id: 5, aanmeldDatum: '2025-09-01', startDatum: '2025-09-15', geboortejaar: 2004 }),
        fact({ id: 6, aanmeldDatum: '2024-05-01', startDatum: '2024-06-01', eindDatum: '2024-12-31' }),
        fact({ id: 7, aanmeldDatum: '2024-11-01', startDatum: null, status: 'aangemeld' }),
        fact({ id: 8, aanmeldDatum: '2026-01-01' }),
      ],
      period,
      '2025-10-13',
    );
    expect(records.map((r) => [r.traject, r.aanmeldmaand, r.duur_weken, r.leeftijdsgroep])).toEqual([
      ['T001', '2024-11', '', 'onbekend'],
      ['T002', '2025-09', '0-12', '18-22'],
    ]);
  });
});

describe('codebook and files', () => {
  it('describes every variable with its meaning and values', () => {
    const book = codebook();
    expect(book.map((c) => c.variable)).toEqual([...VARIABLES]);
    expect(book.every((c) => c.meaning.length > 5 && c.values.length > 0)).toBe(true);
    expect(book.find((c) => c.variable === 'uitkomst')!.values).toContain('positief = Positief');
    expect(book.find((c) => c.variable === 'leeftijdsgroep')!.values).toBe('<18; 18-22; 23-29; 30+; onbekend');
  });

  it('writes the dataset and the codebook as Dutch CSV', () => {
    const records = anonymise(
      Array.from({ length: 5 }, (_, i) => fact({ id: i + 1 })),
      period,
      '2025-05-01',
    );
    const csv = datasetCsv(records).toString('utf8');
    const [header, row] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe(VARIABLES.join(';'));
    expect(row).toBe(
      'T001;ZVH Noord (voorbeeld);aanmelding_partner;2025-03;2025-04;;0-12;onbekend;lopend;;;0;0;0;0;0;0;0;0',
    );
    const book = codebookCsv('Kop', records).toString('utf8');
    expect(book).toContain('Variabele;Betekenis;Waarden');
    expect(book).toContain('contact_minuten;Totale duur van de contactmomenten in minuten;geheel getal ≥ 0');
    expect(book).toContain('Daarvoor was geen grovere indeling nodig.');
    expect(book).toContain('aanmeldmaand;Maand van aanmelding;jjjj-mm\r\n');
  });

  it('never publishes a combination of region, source, months and age band shared by fewer than 5 trajectories', () => {
    // Six alike in Noord (months differ), one in Zuid aged 30+: Zuid's row used to be published as it was.
    const records = anonymise(
      [
        ...Array.from({ length: 6 }, (_, i) =>
          fact({ id: i + 1, aanmeldDatum: `2025-0${1 + (i % 3)}-10`, startDatum: `2025-0${1 + (i % 3)}-20` }),
        ),
        fact({ id: 7, regio: 'ZVH Zuid (voorbeeld)', geboortejaar: 1980, aanmeldDatum: '2025-03-30', contacten: 9 }),
      ],
      period,
      // All open and started within 12 weeks of the export: one duration band.
      '2025-04-10',
    );
    const lines = datasetCsv(records).toString('utf8').replace('\uFEFF', '').split('\r\n').slice(1, 8);
    expect(lines.join('\n')).not.toContain('ZVH Zuid');
    lines
      .slice(0, 6)
      .forEach((line, i) =>
        expect(line.startsWith(`T00${i + 1};ZVH Noord (voorbeeld);aanmelding_partner;2025-K1;2025-K1;;`)).toBe(true),
      );
    // Zuid's row, alone even with every quasi-identifier hidden, tells only that it exists (its 9
    // contacts once told a recipient who knew of that mentee how many there were).
    expect(lines[6]).toBe(['T007', ...Array(VARIABLES.length - 1).fill('x')].join(';'));
    const book = codebookCsv('Kop', records).toString('utf8');
    expect(book).toContain('Maanden zijn vervangen door kwartalen (jjjj-Kn).');
    expect(book).toContain(
      '(variabele en aantal trajecten): eindmaand 1, startmaand 1, aanmeldmaand 1, duur_weken 1, bron 1, leeftijdsgroep 1, regio 1.',
    );
    expect(book).toContain('Bij 1 traject was ook het weglaten van alle kenmerken hierboven niet genoeg');
    expect(book).toContain(
      'aanmeldmaand;Maand van aanmelding;"jjjj-Kn (kwartaal); x = weggelaten ter bescherming (zie boven)"',
    );
  });
});

describe('what a recipient can work out', () => {
  // The recipient's attack: knowing what the quasi-identifiers say an outsider may know of a mentee
  // (region, source, age band and the three months, exactly), keep the published rows that could be
  // that mentee. The duration is no quasi-identifier, but it follows from the start and end months
  // (or the export date, for a trajectory still open), so it is checked against them too.
  const DAY_MS = 86_400_000;
  const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
  const lastDay = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  };
  const weeks = (from: string, to: string) => Math.floor(Math.max(0, at(to) - at(from)) / DAY_MS / 7);

  /** The whole weeks a trajectory of these start and end months (or still open on `today`) may last. */
  function weeksBetween(start: string, end: string, today: string): [number, number] {
    const [endFirst, endLast] = end ? [`${end}-01`, lastDay(end)] : [today, today];
    return [weeks(lastDay(start), endFirst), weeks(`${start}-01`, endLast)];
  }

  /** Whether a published duration (weeks, a band "a-b" or "a+", x or empty) fits the range. */
  function durationFits(published: string | number, range: [number, number] | null): boolean {
    if (published === 'x') return true;
    if (range === null || published === '') return range === null && published === '';
    const band = /^(\d+)(?:-(\d+)|\+)$/.exec(String(published));
    const [low, high] = band ? [Number(band[1]), band[2] ? Number(band[2]) : Infinity] : [published, published];
    return Number(low) <= range[1] && Number(high) >= range[0];
  }

  const monthFits = (published: string | number, month: string | number) => {
    const exact = String(month);
    const quarter = exact ? `${exact.slice(0, 4)}-K${Math.ceil(Number(exact.slice(5, 7)) / 3)}` : '';
    return (
      published === 'x' ||
      published === exact ||
      (exact !== '' && [exact.slice(0, 4), quarter].includes(String(published)))
    );
  };
  const AGE_MERGED: Record<string, string> = { '<18': '<23', '18-22': '<23', '23-29': '23+', '30+': '23+' };

  /** How many published rows could be the trajectory `truth` (exact months) to an outsider. */
  function lookalikes(published: readonly AnonRecord[], truth: AnonRecord, today: string): number {
    const range = truth.startmaand ? weeksBetween(String(truth.startmaand), String(truth.eindmaand), today) : null;
    return published.filter(
      (row) =>
        [truth.regio, "overige regio's", 'x'].includes(row.regio) &&
        [truth.bron, 'x'].includes(row.bron) &&
        [truth.leeftijdsgroep, AGE_MERGED[truth.leeftijdsgroep], 'x'].includes(row.leeftijdsgroep) &&
        (['aanmeldmaand', 'startmaand', 'eindmaand'] as const).every((c) => monthFits(row[c], truth[c])) &&
        durationFits(row.duur_weken, range),
    ).length;
  }

  it('cannot single out a trajectory by its duration where its months were coarsened', () => {
    // Five alike but for their months, all in 2025: published as years. Two of them were short
    // (January–February, July–August), the others longer: with the duration in weeks a recipient
    // who knows a short one's months narrowed the five to two.
    const today = '2026-01-10';
    const records = anonymise(
      [
        fact({ id: 1, aanmeldDatum: '2025-01-06', startDatum: '2025-01-13', eindDatum: '2025-02-24' }),
        fact({ id: 2, aanmeldDatum: '2025-03-03', startDatum: '2025-03-10', eindDatum: '2025-06-30' }),
        fact({ id: 3, aanmeldDatum: '2025-05-05', startDatum: '2025-05-12', eindDatum: '2025-11-24' }),
        fact({ id: 4, aanmeldDatum: '2025-07-07', startDatum: '2025-07-14', eindDatum: '2025-08-25' }),
        fact({ id: 5, aanmeldDatum: '2025-09-01', startDatum: '2025-10-06', eindDatum: '2025-12-15' }),
      ].map((f) => ({ ...f, geboortejaar: 2009, status: 'afgerond' })),
      period,
      today,
    );
    const published = protectRecords(records).rows;
    for (const truth of records)
      expect(lookalikes(published, truth, today), truth.traject as string).toBeGreaterThanOrEqual(5);
  });
});

describe('a trajectory too rare with every quasi-identifier hidden', () => {
  // Fewer than k rows keep no quasi-identifier at all (here: a file of two trajectories). A
  // recipient who knows a mentee had a trajectory in the period then has fewer than k rows to
  // choose from, so the row may tell nothing more than that it exists: status, end reason,
  // outcome, goals and counts are hidden too; only its sequence number in the file stays.
  it('keeps its sequence number and hides everything else', () => {
    const records = anonymise(
      [
        fact({ id: 1, status: 'afgerond', eindDatum: '2025-05-20', eindReden: 'doelen_bereikt', contacten: 9 }),
        fact({ id: 2, regio: 'ZVH Zuid (voorbeeld)', geboortejaar: 1980, contacten: 4 }),
      ],
      period,
      '2025-07-01',
    );
    const { rows, coarsened } = protectRecords(records);
    for (const row of rows) {
      const shown = VARIABLES.filter((v) => v !== 'traject' && row[v] !== 'x');
      expect(shown, String(row.traject)).toEqual([]);
    }
    expect(rows.map((r) => r.traject)).toEqual(['T001', 'T002']);
    expect(coarsened).toContainEqual({ kind: 'rowsHidden', rows: 2 });
    const book = codebookCsv('Kop', records).toString('utf8');
    expect(book).toContain('Bij 2 trajecten was ook het weglaten');
    expect(book.split('\r\n').find((line) => line.startsWith('status;'))).toContain('x = weggelaten');
  });
});
