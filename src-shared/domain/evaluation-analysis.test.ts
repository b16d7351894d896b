// The analysis against a fixture whose figures were worked out by hand (the working is in the
// comments): six respondents, a condition, a reversed item, "niet van toepassing", a matrix whose
// items score on different dimensions, and three partner organisations of 3, 2 and 1 respondents.
import { describe, expect, it } from 'vitest';
import { analyseResponses, type AnalysedResponse, type QuestionStats } from './evaluation-analysis';
import { compareRounds } from './evaluation-compare';
import { groupPartners, partnerBreakdown } from './evaluation-groups';
import { numberDistribution, scaleStats } from './evaluation-stats';
import { templateSchema, type TemplateInput } from './questionnaire';

export const FIXTURE_TEMPLATE: TemplateInput = {
  formaat: 'cter-vragenlijst/1',
  sleutel: 'fixture',
  titel: 'Rekenvoorbeeld (fictief)',
  dimensies: [
    { code: 'a', naam: 'Dimensie A' },
    { code: 'b', naam: 'Dimensie B' },
  ],
  secties: [
    {
      id: 's1',
      titel: 'Alles',
      vragen: [
        { id: 'q1', type: 'likert5', tekst: 'Stelling 1', dimensie: 'a', verplicht: true, nvt: true },
        { id: 'q2', type: 'likert5', tekst: 'Stelling 2 (negatief)', dimensie: 'a', omgekeerd: true },
        {
          id: 'q3',
          type: 'keuze',
          tekst: 'Was u bij het overleg?',
          opties: [
            { code: 'ja', label: 'Ja' },
            { code: 'nee', label: 'Nee' },
          ],
        },
        { id: 'q4', type: 'likert5', tekst: 'Stelling 4', dimensie: 'b', toonAls: { vraag: 'q3', waarden: ['ja'] } },
        {
          id: 'q5',
          type: 'matrix',
          tekst: 'Matrix',
          dimensie: 'b',
          nvt: true,
          items: [
            { id: 'm1', tekst: 'Item 1' },
            { id: 'm2', tekst: 'Item 2', dimensie: 'a' },
          ],
        },
        { id: 'q6', type: 'getal', tekst: 'Aantal', min: 0, max: 100 },
        { id: 'q7', type: 'open', tekst: 'Opmerkingen' },
        {
          id: 'q8',
          type: 'meerkeuze',
          tekst: 'Welke?',
          opties: [
            { code: 'x', label: 'X' },
            { code: 'y', label: 'Y' },
            { code: 'z', label: 'Z' },
          ],
        },
      ],
    },
  ],
};

const template = templateSchema.parse(FIXTURE_TEMPLATE);

export const FIXTURE_RESPONSES: AnalysedResponse[] = [
  {
    partner: 'gemeente',
    answers: { q1: 5, q2: 1, q3: 'ja', q4: 4, q5: { m1: 4, m2: 5 }, q6: 10, q7: 'Goed overleg', q8: ['x', 'y'] },
  },
  { partner: 'gemeente', answers: { q1: 4, q2: 2, q3: 'nee', q5: { m1: 3, m2: 4 }, q6: 20, q8: ['x'] } },
  {
    partner: 'gemeente',
    answers: { q1: 3, q2: 3, q3: 'ja', q4: 2, q5: { m1: 2 }, q6: 30, q7: 'Agenda eerder sturen' },
  },
  { partner: 'politie', answers: { q1: 2, q2: 4, q3: 'ja', q4: 5, q5: { m1: 5, m2: 'nvt' }, q8: ['z'] } },
  // q4 = 1 was given while q3 = nee hides it: it must not count anywhere.
  { partner: 'politie', answers: { q1: 'nvt', q2: 5, q3: 'nee', q4: 1, q5: { m1: 1, m2: 1 }, q6: 40 } },
  { partner: 'om', answers: { q1: 1, q3: 'ja', q5: { m1: 4, m2: 2 }, q7: 'Meer tijd' } },
];

const analysis = analyseResponses(template, FIXTURE_RESPONSES);
const q = <T extends QuestionStats['type']>(id: string) =>
  analysis.questions.find((x) => x.questionId === id) as Extract<QuestionStats, { type: T }>;
const choice = (id: string) =>
  analysis.questions.find((x) => x.questionId === id) as Extract<QuestionStats, { options: unknown }>;

describe('figures per question', () => {
  it('likert5: 5, 4, 3, 2, nvt, 1 → n 5, mean 15/5, median 3, 2/5 eens, 2/5 oneens', () => {
    expect(q<'likert5'>('q1')).toMatchObject({ shown: 6, answered: 6 });
    expect(q<'likert5'>('q1').stats).toEqual({
      n: 5,
      nvt: 1,
      mean: 3,
      median: 3,
      distribution: [1, 1, 1, 1, 1],
      shareEens: 0.4,
      shareOneens: 0.4,
    });
    // The figures of the question itself are not reversed: only the dimension score is.
    expect(q<'likert5'>('q2').stats).toMatchObject({ n: 5, mean: 3, median: 3 });
    expect(q<'likert5'>('q2').answered).toBe(5);
  });

  it('counts a conditional question only where it was shown: 4, 2, 5 of four shown', () => {
    const stats = q<'likert5'>('q4');
    expect(stats).toMatchObject({ shown: 4, answered: 3 });
    expect(stats.stats.distribution).toEqual([0, 1, 0, 1, 1]);
    expect(stats.stats.mean).toBeCloseTo(11 / 3, 10);
    expect(stats.stats.median).toBe(4);
    expect(stats.stats.shareEens).toBeCloseTo(2 / 3, 10);
    expect(stats.stats.shareOneens).toBeCloseTo(1 / 3, 10);
  });

  it('matrix items: m1 4,3,2,5,1,4 → mean 19/6, median 3,5; m2 5,4,nvt,1,2 → mean 3, median 3', () => {
    const [m1, m2] = q<'matrix'>('q5').items;
    expect(m1!.stats).toMatchObject({ n: 6, nvt: 0, median: 3.5, distribution: [1, 1, 1, 2, 1], shareEens: 0.5 });
    expect(m1!.stats.mean).toBeCloseTo(19 / 6, 10);
    expect(m1!.stats.shareOneens).toBeCloseTo(2 / 6, 10);
    expect(m1!.dimensie).toBe('b');
    expect(m2!.stats).toEqual({
      n: 4,
      nvt: 1,
      mean: 3,
      median: 3,
      distribution: [1, 1, 0, 1, 1],
      shareEens: 0.5,
      shareOneens: 0.5,
    });
    expect(m2!.dimensie).toBe('a');
  });

  it('choices: keuze 4 ja of 6; meerkeuze x 2, y 1, z 1 of 3 who answered', () => {
    expect(choice('q3').options.map((o) => [o.code, o.count, o.share])).toEqual([
      ['ja', 4, 4 / 6],
      ['nee', 2, 2 / 6],
    ]);
    expect(choice('q8').answered).toBe(3);
    expect(choice('q8').options.map((o) => [o.code, o.count, o.share])).toEqual([
      ['x', 2, 2 / 3],
      ['y', 1, 1 / 3],
      ['z', 1, 1 / 3],
    ]);
  });

  it('numbers 10, 20, 30, 40 and the open answers in alphabetical order', () => {
    expect(q<'getal'>('q6').stats).toEqual({ n: 4, mean: 25, median: 25, min: 10, max: 40 });
    // On the question's own scale (0..100), in five bands: no five-point figures.
    expect(q<'getal'>('q6').distribution).toEqual({
      scale: { min: 0, max: 100 },
      bands: [
        { from: 0, to: 19, count: 1 },
        { from: 20, to: 39, count: 2 },
        { from: 40, to: 59, count: 1 },
        { from: 60, to: 79, count: 0 },
        { from: 80, to: 100, count: 0 },
      ],
    });
    expect(q<'getal'>('q6')).not.toHaveProperty('stats.shareEens');
    expect(q<'open'>('q7').answers).toEqual(['Agenda eerder sturen', 'Goed overleg', 'Meer tijd']);
  });
});

describe('dimension scores', () => {
  it('A: respondent means 5, 4, 3, 2, 1, 1.5 → 16.5/6; 6 of 14 answers eens, 6 oneens', () => {
    const a = analysis.dimensions.find((d) => d.code === 'a')!;
    expect(a).toMatchObject({ items: 3, respondents: 6, score: 2.75 });
    expect(a.shareEens).toBeCloseTo(6 / 14, 10);
    expect(a.shareOneens).toBeCloseTo(6 / 14, 10);
  });

  it('B: respondent means 4, 3, 2, 5, 1, 4 → 19/6 (the hidden q4 = 1 ignored); 5 of 9 eens', () => {
    const b = analysis.dimensions.find((d) => d.code === 'b')!;
    expect(b).toMatchObject({ items: 2, respondents: 6 });
    expect(b.score).toBeCloseTo(19 / 6, 10);
    expect(b.shareEens).toBeCloseTo(5 / 9, 10);
    expect(b.shareOneens).toBeCloseTo(3 / 9, 10);
  });
});

describe('partner breakdown with suppression', () => {
  it('shows gemeente (3) and merges politie (2) and om (1) into one group of 3', () => {
    const groups = partnerBreakdown(template, FIXTURE_RESPONSES);
    expect(groups.map((g) => [g.partners, g.n, g.merged, g.suppressed])).toEqual([
      [['gemeente'], 3, false, false],
      [['om', 'politie'], 3, true, false],
    ]);
    expect(groups[0]!.dimensions).toEqual([
      { code: 'a', score: 4, respondents: 3 },
      { code: 'b', score: 3, respondents: 3 },
    ]);
    expect(groups[0]!.items.find((i) => i.questionId === 'q1')).toMatchObject({ n: 3, mean: 4, shareEens: 2 / 3 });
    expect(groups[1]!.dimensions[0]!.score).toBe(1.5);
    expect(groups[1]!.dimensions[1]!.score).toBeCloseTo(10 / 3, 10);
  });

  it('pulls the smallest shown group in when the merged group stays below 3', () => {
    const responses = [
      ...Array.from({ length: 5 }, () => ({ partner: 'gemeente', answers: { q1: 4 } })),
      ...Array.from({ length: 4 }, () => ({ partner: 'om', answers: { q1: 3 } })),
      { partner: 'politie', answers: { q1: 1 } },
    ];
    const { shown, merged } = groupPartners(responses);
    expect(shown.map((g) => g.partners)).toEqual([['gemeente']]);
    expect(merged).toMatchObject({ partners: ['om', 'politie'] });
    expect(merged!.indexes).toHaveLength(5);
  });

  it('suppresses everything when there are fewer than 3 respondents in all', () => {
    const groups = partnerBreakdown(template, FIXTURE_RESPONSES.slice(3, 5));
    expect(groups).toEqual([
      { partners: ['politie'], merged: true, n: null, suppressed: true, dimensions: [], items: [] },
    ]);
  });

  it('puts respondents without an organisation in the group "onbekend"', () => {
    const groups = groupPartners([1, 2, 3].map(() => ({ partner: null, answers: {} })));
    expect(groups.shown.map((g) => g.partners)).toEqual([['onbekend']]);
  });
});

describe('two rounds compared', () => {
  // The earlier round: the three gemeente respondents only.
  const earlier = analyseResponses(template, FIXTURE_RESPONSES.slice(0, 3));
  const { items, dimensions } = compareRounds(earlier, analysis);
  const item = (questionId: string, itemId: string | null = null) =>
    items.find((i) => i.questionId === questionId && i.itemId === itemId)!;

  it('per item: q1 4 → 3 lager, q2 2 → 3 hoger, m1 3 → 19/6 hoger; n below 3 not compared', () => {
    expect(item('q1')).toMatchObject({ difference: -1, direction: 'lager' });
    expect(item('q1').shareDifference).toBeCloseTo(0.4 - 2 / 3, 10);
    expect(item('q2')).toMatchObject({ difference: 1, direction: 'hoger' });
    expect(item('q5', 'm1').difference).toBeCloseTo(1 / 6, 10);
    expect(item('q5', 'm1').direction).toBe('hoger');
    expect(item('q4')).toMatchObject({ earlier: { n: 2 }, difference: null, direction: 'onvergelijkbaar' });
    expect(item('q5', 'm2').direction).toBe('onvergelijkbaar');
  });

  it('per dimension: A 4 → 2.75 lager, B 3 → 19/6 hoger', () => {
    expect(dimensions[0]).toMatchObject({ code: 'a', difference: -1.25, direction: 'lager' });
    expect(dimensions[1]!.difference).toBeCloseTo(1 / 6, 10);
    expect(dimensions[1]!.direction).toBe('hoger');
  });

  it('calls a difference under 0.1 equal', () => {
    const same = compareRounds(analysis, analysis);
    expect(same.items.find((i) => i.questionId === 'q1')!.direction).toBe('gelijk');
    expect(same.dimensions.every((d) => d.direction === 'gelijk')).toBe(true);
  });
});

describe('a number question on its own scale', () => {
  it('counts a 1–10 grade per value, from the lowest to the highest possible', () => {
    const d = numberDistribution([7, 8, 7, 10, 1, 6.5], 1, 10);
    expect(d.scale).toEqual({ min: 1, max: 10 });
    expect(d.bands.map((b) => b.from)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d.bands.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 2, 1, 0, 1]);
  });
});

describe('scale statistics', () => {
  it('median of an even count is the mean of the middle two; no answers give nulls', () => {
    expect(scaleStats([0, 1, 0, 0, 1]).median).toBe(3.5);
    expect(scaleStats([0, 0, 0, 0, 0])).toMatchObject({ n: 0, mean: null, median: null, shareEens: null });
  });
});
