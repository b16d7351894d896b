// Templates: the rules beyond their shape (conditions refer to an earlier question with a value it
// can have, dimensions exist, ids are unique), error paths in words, and one respondent's answers
// checked against a template with conditional display.
import { describe, expect, it } from 'vitest';
import { fieldErrors } from './validation';
import { answersSchema, checkResponse, visibility } from '../domain/questionnaire-answers';
import { describePath, NUMBER_LIMIT, templateSchema, type TemplateInput } from '../domain/questionnaire';

const base = (vragen: unknown[], extra: Record<string, unknown> = {}): TemplateInput =>
  ({
    formaat: 'cter-vragenlijst/1',
    sleutel: 'test',
    titel: 'Test (fictief)',
    dimensies: [{ code: 'proces', naam: 'Proces' }],
    secties: [{ id: 's1', titel: 'Een', vragen }],
    ...extra,
  }) as TemplateInput;

const jaNee = [
  { code: 'ja', label: 'Ja' },
  { code: 'nee', label: 'Nee' },
];

function errorsOf(input: unknown): Record<string, string> {
  const parsed = templateSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([path, e]) => [path, e.key]));
}

describe('template rules', () => {
  it('accepts a template with defaults filled in', () => {
    const parsed = templateSchema.parse(base([{ id: 'a', type: 'likert5', tekst: 'Goed?', dimensie: 'proces' }]));
    const first = parsed.secties[0]!.vragen[0]!;
    expect(first).toMatchObject({ verplicht: false, toelichting: '', toonAls: null, nvt: false });
    expect(first.type === 'likert5' && first.labels).toEqual([
      'Helemaal oneens',
      'Oneens',
      'Neutraal',
      'Eens',
      'Helemaal eens',
    ]);
  });

  it('refuses a condition on a later question, an unknown one, a wrong type or a value it cannot have', () => {
    expect(
      errorsOf(
        base([
          { id: 'a', type: 'likert5', tekst: 'A', toonAls: { vraag: 'b', waarden: ['ja'] } },
          { id: 'b', type: 'keuze', tekst: 'B', opties: jaNee },
          { id: 'c', type: 'likert5', tekst: 'C', toonAls: { vraag: 'zz', waarden: [1] } },
          { id: 'd', type: 'open', tekst: 'D' },
          { id: 'e', type: 'likert5', tekst: 'E', toonAls: { vraag: 'd', waarden: ['x'] } },
          { id: 'f', type: 'likert5', tekst: 'F', toonAls: { vraag: 'b', waarden: ['ja', 'misschien'] } },
          { id: 'g', type: 'likert5', tekst: 'G', toonAls: { vraag: 'f', waarden: [6] } },
        ]),
      ),
    ).toEqual({
      'secties.0.vragen.0.toonAls.vraag': 'validation.conditionOrder',
      'secties.0.vragen.2.toonAls.vraag': 'validation.conditionUnknown',
      'secties.0.vragen.4.toonAls.vraag': 'validation.conditionType',
      'secties.0.vragen.5.toonAls.waarden.1': 'validation.conditionValue',
      'secties.0.vragen.6.toonAls.waarden.0': 'validation.conditionValue',
    });
  });

  it('accepts a condition on a question in an earlier section', () => {
    const template = base([{ id: 'a', type: 'keuze', tekst: 'A', opties: jaNee }]);
    template.secties.push({
      id: 's2',
      titel: 'Twee',
      vragen: [{ id: 'b', type: 'open', tekst: 'B', toonAls: { vraag: 'a', waarden: ['nee'] } }],
    });
    expect(errorsOf(template)).toEqual({});
  });

  it("holds a numeric question's range and the answers to ±NUMBER_LIMIT", () => {
    const beyond = NUMBER_LIMIT * 1000;
    expect(errorsOf(base([{ id: 'n', type: 'getal', tekst: 'N', min: -beyond, max: beyond }]))).toEqual({
      'secties.0.vragen.0.min': 'validation.tooSmall',
      'secties.0.vragen.0.max': 'validation.tooBig',
    });
    expect(answersSchema.safeParse({ n: NUMBER_LIMIT }).success).toBe(true);
    expect(answersSchema.safeParse({ n: NUMBER_LIMIT + 1 }).success).toBe(false);
  });

  it('refuses duplicate ids, unknown dimensions, a dimension on an unscored question and a wrong range', () => {
    expect(
      errorsOf(
        base([
          { id: 'a', type: 'likert5', tekst: 'A', dimensie: 'onbekend' },
          { id: 'a', type: 'open', tekst: 'A2', dimensie: 'proces' },
          { id: 'n', type: 'getal', tekst: 'N', min: 10, max: 1 },
          {
            id: 'm',
            type: 'matrix',
            tekst: 'M',
            items: [
              { id: 'x', tekst: 'X' },
              { id: 'x', tekst: 'Y', dimensie: 'nergens' },
            ],
          },
          { id: 'k', type: 'meerkeuze', tekst: 'K', opties: jaNee, maxKeuzes: 3 },
        ]),
      ),
    ).toEqual({
      'secties.0.vragen.0.dimensie': 'validation.dimensionUnknown',
      'secties.0.vragen.1.id': 'validation.duplicateId',
      'secties.0.vragen.1.dimensie': 'validation.dimensionType',
      'secties.0.vragen.2.max': 'validation.rangeOrder',
      'secties.0.vragen.3.items.1.id': 'validation.duplicateId',
      'secties.0.vragen.3.items.1.dimensie': 'validation.dimensionUnknown',
      'secties.0.vragen.4.maxKeuzes': 'validation.maxChoices',
    });
  });

  it('reports shape errors by path: wrong type, four labels, a bad id, an unknown field, another format', () => {
    expect(
      errorsOf({
        ...base([
          { id: 'a', type: 'schaal', tekst: 'A' },
          { id: 'B C', type: 'open', tekst: 'B' },
          { id: 'c', type: 'likert5', tekst: 'C', labels: ['1', '2', '3', '4'] },
          { id: 'd', type: 'open', tekst: 'D', kleur: 'rood' },
        ]),
        formaat: 'iets-anders',
      }),
    ).toEqual({
      formaat: 'validation.templateFormat',
      'secties.0.vragen.0.type': 'validation.questionType',
      'secties.0.vragen.1.id': 'validation.slug',
      'secties.0.vragen.2.labels': 'validation.fiveLabels',
      'secties.0.vragen.3': 'validation.unknownField',
    });
  });

  it('describes a path in words, counting from 1', () => {
    expect(describePath('secties.0.vragen.3.toonAls.waarden.1')).toBe('sectie 1 › vraag 4 › toonAls › waarde 2');
    expect(describePath('formaat')).toBe('formaat');
    expect(describePath('_')).toBe('bestand');
  });
});

const conditional = templateSchema.parse(
  base([
    { id: 'bij', type: 'keuze', tekst: 'Was u erbij?', opties: jaNee, verplicht: true },
    { id: 'oordeel', type: 'likert5', tekst: 'Goed?', verplicht: true, toonAls: { vraag: 'bij', waarden: ['ja'] } },
    { id: 'waarom', type: 'open', tekst: 'Waarom?', verplicht: true, toonAls: { vraag: 'oordeel', waarden: [1, 2] } },
    { id: 'uren', type: 'getal', tekst: 'Uren', min: 0, max: 40 },
    { id: 'delen', type: 'meerkeuze', tekst: 'Wat?', opties: jaNee, maxKeuzes: 1 },
    {
      id: 'mat',
      type: 'matrix',
      tekst: 'Matrix',
      verplicht: true,
      nvt: true,
      items: [
        { id: 'i1', tekst: 'I1' },
        { id: 'i2', tekst: 'I2' },
      ],
    },
  ]),
);

describe('conditional display', () => {
  const shown = visibility(conditional);

  it('shows a question when the earlier answer has the value, and hides its dependants with it', () => {
    expect([...shown({ bij: 'ja', oordeel: 1 })]).toEqual(['bij', 'oordeel', 'waarom', 'uren', 'delen', 'mat']);
    expect(shown({ bij: 'ja', oordeel: 4 }).has('waarom')).toBe(false);
    // oordeel = 1 is left over from before "nee": waarom depends on a hidden question, so it is hidden.
    expect(shown({ bij: 'nee', oordeel: 1 }).has('waarom')).toBe(false);
    expect(shown({}).has('oordeel')).toBe(false);
  });
});

describe('answers checked against the template', () => {
  const mat = { i1: 3, i2: 'nvt' };

  it('requires a question only when it is shown, and drops answers to hidden questions', () => {
    expect(checkResponse(conditional, { bij: 'nee', oordeel: 2, waarom: 'oud', mat })).toEqual({
      ok: true,
      answers: { bij: 'nee', mat },
    });
    expect(checkResponse(conditional, { bij: 'ja', mat })).toEqual({
      ok: false,
      errors: { oordeel: { key: 'validation.required' } },
    });
    expect(checkResponse(conditional, { bij: 'ja', oordeel: 2, mat })).toEqual({
      ok: false,
      errors: { waarom: { key: 'validation.required' } },
    });
    expect(checkResponse(conditional, { bij: 'ja', oordeel: 2, waarom: '  Te lang  ', mat })).toEqual({
      ok: true,
      answers: { bij: 'ja', oordeel: 2, waarom: 'Te lang', mat },
    });
  });

  it('checks types, ranges, choices, matrix items and unknown questions', () => {
    const result = checkResponse(conditional, {
      bij: 'misschien',
      uren: 41.5,
      delen: ['ja', 'nee'],
      mat: { i1: 6, i3: 2 },
      extra: 'x',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        extra: { key: 'validation.unknownField' },
        bij: { key: 'validation.invalidChoice' },
        uren: { key: 'validation.wholeNumber' },
        delen: { key: 'validation.tooMany', params: { maximum: 1 } },
        'mat.i1': { key: 'validation.invalidChoice' },
        'mat.i3': { key: 'validation.unknownField' },
        'mat.i2': { key: 'validation.required' },
      },
    });
    expect(checkResponse(conditional, { bij: 'nee', uren: 41, mat })).toMatchObject({
      errors: { uren: { key: 'validation.tooBig', params: { maximum: 40 } } },
    });
  });

  it('does not let an invalid answer open a question', () => {
    const result = checkResponse(conditional, { bij: 'nee', oordeel: 9, mat });
    expect(result).toEqual({ ok: true, answers: { bij: 'nee', mat } });
  });
});
