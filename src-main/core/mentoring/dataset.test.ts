import { describe, expect, it } from 'vitest';
import { anonymise, codebook, codebookCsv, datasetCsv, VARIABLES, type TrajectoryFacts } from './dataset';

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
      duur_weken: 10,
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
      ['T002', '2025-09', 4, '18-22'],
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
      'T001;ZVH Noord (voorbeeld);aanmelding_partner;2025-03;2025-04;;4;onbekend;lopend;;;0;0;0;0;0;0;0;0',
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
      '2025-05-01',
    );
    const lines = datasetCsv(records).toString('utf8').replace('\uFEFF', '').split('\r\n').slice(1, 8);
    expect(lines.join('\n')).not.toContain('ZVH Zuid');
    lines
      .slice(0, 6)
      .forEach((line, i) =>
        expect(line.startsWith(`T00${i + 1};ZVH Noord (voorbeeld);aanmelding_partner;2025-K1;2025-K1;;`)).toBe(true),
      );
    expect(lines[6]).toMatch(/^T007;x;x;x;x;x;\d+;x;lopend;;;0;0;9;/);
    const book = codebookCsv('Kop', records).toString('utf8');
    expect(book).toContain('Maanden zijn vervangen door kwartalen (jjjj-Kn).');
    expect(book).toContain(
      '(variabele en aantal trajecten): eindmaand 1, startmaand 1, aanmeldmaand 1, bron 1, leeftijdsgroep 1, regio 1.',
    );
    expect(book).toContain(
      'aanmeldmaand;Maand van aanmelding;"jjjj-Kn (kwartaal); x = weggelaten ter bescherming (zie boven)"',
    );
  });
});
