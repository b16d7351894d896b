import { describe, expect, it } from 'vitest';
import { templateSchema, type Template } from '../../../src-shared/domain/questionnaire';
import {
  addQuestion,
  addSection,
  changeType,
  conditionChoices,
  conditionSources,
  conditionsOutOfOrder,
  deleteDimension,
  deleteOption,
  deleteQuestion,
  deleteSection,
  draftTemplate,
  emptyTemplate,
  moveQuestion,
  moveQuestionToSection,
  moveSection,
  newQuestion,
  previewable,
  slugOf,
  templateProblems,
} from './templateBuilder';

/** Two sections: s1 = [bij (keuze), goed (likert, shown when bij = ja)], s2 = [tijd (likert, shown when goed = 4/5), open]. */
function sample(): Template {
  return templateSchema.parse({
    formaat: 'cter-vragenlijst/1',
    sleutel: 'proef',
    titel: 'Proef (fictief)',
    secties: [
      {
        id: 's1',
        titel: 'Een',
        vragen: [
          {
            id: 'bij',
            type: 'keuze',
            tekst: 'Was u erbij?',
            opties: [
              { code: 'ja', label: 'Ja' },
              { code: 'nee', label: 'Nee' },
            ],
          },
          { id: 'goed', type: 'likert5', tekst: 'Goed?', toonAls: { vraag: 'bij', waarden: ['ja'] } },
        ],
      },
      {
        id: 's2',
        titel: 'Twee',
        vragen: [
          { id: 'tijd', type: 'likert5', tekst: 'Tijd?', toonAls: { vraag: 'goed', waarden: [4, 5] } },
          { id: 'open', type: 'open', tekst: 'Opmerkingen' },
        ],
      },
    ],
  });
}

const ids = (t: Template) => t.secties.map((s) => s.vragen.map((q) => q.id));

describe('questionnaire builder: moving', () => {
  it('moves a question within its section and across the edge of a section', () => {
    const t = sample();
    const down = moveQuestion(t, 'open', -1);
    // 'open' past the top of section 2 goes to the end of section 1.
    expect(down.ok && ids(down.template)).toEqual([['bij', 'goed', 'open'], ['tijd']]);
    const within = moveQuestion(t, 'open', 0);
    // 'open' before 'tijd' is fine: 'tijd' depends on 'goed', not on 'open'.
    expect(within.ok && ids(within.template)).toEqual([
      ['bij', 'goed'],
      ['open', 'tijd'],
    ]);
    expect(moveQuestion(t, 'bij', -1)).toEqual({ ok: false, reason: 'edge', blocking: null });
    expect(moveQuestion(t, 'open', 2)).toEqual({ ok: false, reason: 'edge', blocking: null });
  });

  it('refuses a move that would put a question before the question its condition depends on', () => {
    const t = sample();
    // 'goed' above 'bij': goed's condition would point forward.
    expect(moveQuestion(t, 'goed', 0)).toEqual({ ok: false, reason: 'condition', blocking: 'goed' });
    // 'bij' below 'goed', the same conflict seen from the other side.
    expect(moveQuestion(t, 'bij', 1)).toEqual({ ok: false, reason: 'condition', blocking: 'goed' });
    // 'tijd' to section 1's end is after 'goed': allowed, and its condition still points back.
    const up = moveQuestion(t, 'tijd', -1);
    expect(up.ok && ids(up.template)).toEqual([['bij', 'goed', 'tijd'], ['open']]);
    expect(up.ok && conditionsOutOfOrder(up.template)).toEqual([]);
    expect(up.ok && templateSchema.safeParse(up.template).success).toBe(true);
  });

  it('drops a question on a place in another section, under the same rule', () => {
    const t = sample();
    const dropped = moveQuestionToSection(t, 'open', 0, 1);
    expect(dropped.ok && ids(dropped.template)).toEqual([['bij', 'open', 'goed'], ['tijd']]);
    // 'goed' into section 2 after 'tijd' would leave tijd's condition pointing forward.
    expect(moveQuestionToSection(t, 'goed', 1, 1)).toEqual({ ok: false, reason: 'condition', blocking: 'tijd' });
    const same = moveQuestionToSection(t, 'open', 1, 0);
    expect(same.ok && ids(same.template)).toEqual([
      ['bij', 'goed'],
      ['open', 'tijd'],
    ]);
  });

  it('moves sections only when every condition still points back', () => {
    const t = sample();
    expect(moveSection(t, 1, 0)).toEqual({ ok: false, reason: 'condition', blocking: 'tijd' });
    const withThird = addQuestion(addSection(t), 2, 'open');
    const moved = moveSection(withThird, 2, 1);
    expect(moved.ok && moved.template.secties.map((s) => s.id)).toEqual(['s1', 'sectie-1', 's2']);
    expect(moveSection(t, 0, -1)).toMatchObject({ ok: false, reason: 'edge' });
  });
});

describe('questionnaire builder: deleting keeps conditions valid', () => {
  it('a deleted question takes the conditions on it along; the rest still parses', () => {
    const t = deleteQuestion(sample(), 'goed');
    expect(ids(t)).toEqual([['bij'], ['tijd', 'open']]);
    expect(t.secties[1]!.vragen[0]!.toonAls).toBeNull();
    expect(templateSchema.safeParse(t).success).toBe(true);
  });

  it('a deleted section takes the conditions on its questions along', () => {
    const t = deleteSection(sample(), 0);
    expect(ids(t)).toEqual([['tijd', 'open']]);
    expect(t.secties[0]!.vragen[0]!.toonAls).toBeNull();
    expect(templateSchema.safeParse(t).success).toBe(true);
  });

  it('a deleted option leaves the condition values that remain, or no condition', () => {
    let t = sample();
    t = deleteOption(addOption(t), 'bij', 'ja');
    expect(t.secties[0]!.vragen[1]!.toonAls).toBeNull();
    const twoValues = updateGoed(sample(), ['ja', 'nee']);
    const left = deleteOption(addOption(twoValues), 'bij', 'ja');
    expect(left.secties[0]!.vragen[1]!.toonAls).toEqual({ vraag: 'bij', waarden: ['nee'] });
    expect(templateSchema.safeParse(left).success).toBe(true);
  });
});

function addOption(t: Template): Template {
  const bij = t.secties[0]!.vragen[0]!;
  if (bij.type !== 'keuze') throw new Error('keuze expected');
  const third = { ...bij, opties: [...bij.opties, { code: 'weet-niet', label: 'Weet niet' }] };
  return { ...t, secties: [{ ...t.secties[0]!, vragen: [third, t.secties[0]!.vragen[1]!] }, t.secties[1]!] };
}

function updateGoed(t: Template, waarden: string[]): Template {
  const goed = { ...t.secties[0]!.vragen[1]!, toonAls: { vraag: 'bij', waarden } };
  return { ...t, secties: [{ ...t.secties[0]!, vragen: [t.secties[0]!.vragen[0]!, goed] }, t.secties[1]!] };
}

describe('questionnaire builder: questions and problems', () => {
  it('gives new questions a fresh code and the defaults of their type', () => {
    const t = addQuestion(addQuestion(sample(), 1, 'matrix'), 0, 'getal');
    expect(ids(t)).toEqual([
      ['bij', 'goed', 'vraag-2'],
      ['tijd', 'open', 'vraag-1'],
    ]);
    expect(newQuestion('matrix', 'm')).toMatchObject({ labels: expect.any(Array), items: expect.any(Array) });
    expect(newQuestion('getal', 'g')).toMatchObject({ min: 0, max: 10 });
  });

  it('keeps what fits when the type changes', () => {
    const keuze = sample().secties[0]!.vragen[0]!;
    const meer = changeType({ ...keuze, verplicht: true, toelichting: 'Hulp' }, 'meerkeuze');
    expect(meer).toMatchObject({ type: 'meerkeuze', tekst: 'Was u erbij?', verplicht: true, toelichting: 'Hulp' });
    expect(meer.type === 'meerkeuze' && meer.opties.map((o) => o.code)).toEqual(['ja', 'nee']);
    const likert = { ...newQuestion('likert5', 'l'), labels: ['a', 'b', 'c', 'd', 'e'], dimensie: 'x' };
    const matrix = changeType(likert, 'matrix');
    expect(matrix).toMatchObject({ type: 'matrix', labels: ['a', 'b', 'c', 'd', 'e'], dimensie: 'x' });
    expect(changeType(likert, 'open')).toMatchObject({ type: 'open', dimensie: null });
  });

  it('offers only earlier choice and scale questions as condition sources, with their values', () => {
    const t = sample();
    expect(conditionSources(t, 'tijd').map((q) => q.id)).toEqual(['bij', 'goed']);
    expect(conditionSources(t, 'bij')).toEqual([]);
    const [bij, goed] = t.secties[0]!.vragen;
    expect(conditionChoices(bij!)).toEqual([
      { value: 'ja', label: 'Ja' },
      { value: 'nee', label: 'Nee' },
    ]);
    expect(conditionChoices(goed!).map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reports the problems per field, empty texts as required, and previews only a valid template', () => {
    const empty = addQuestion(emptyTemplate(), 0, 'keuze');
    const problems = templateProblems(empty);
    expect(problems['titel']).toEqual({ key: 'validation.required' });
    expect(problems['sleutel']).toEqual({ key: 'validation.slug' });
    expect(problems['secties.0.titel']).toEqual({ key: 'validation.required' });
    expect(problems['secties.0.vragen.0.tekst']).toEqual({ key: 'validation.required' });
    expect(problems['secties.0.vragen.0.opties.0.label']).toEqual({ key: 'validation.required' });
    expect(previewable(empty)).toBeNull();
    expect(templateProblems(sample())).toEqual({});
    expect(previewable(sample())).not.toBeNull();
  });

  it('a deleted dimension leaves its questions and matrix items scoring on none', () => {
    const t = templateSchema.parse({
      ...sample(),
      dimensies: [
        { code: 'proces', naam: 'Proces' },
        { code: 'sfeer', naam: 'Sfeer' },
      ],
      secties: [
        {
          id: 's1',
          titel: 'Een',
          vragen: [
            { id: 'a', type: 'likert5', tekst: 'A', dimensie: 'proces' },
            {
              id: 'm',
              type: 'matrix',
              tekst: 'M',
              dimensie: 'sfeer',
              items: [
                { id: 'i1', tekst: 'I1', dimensie: 'proces' },
                { id: 'i2', tekst: 'I2' },
              ],
            },
          ],
        },
      ],
    });
    const left = deleteDimension(t, 'proces');
    expect(left.dimensies.map((d) => d.code)).toEqual(['sfeer']);
    expect(left.secties[0]!.vragen[0]!.dimensie).toBeNull();
    const m = left.secties[0]!.vragen[1]!;
    expect(m.dimensie).toBe('sfeer');
    expect(m.type === 'matrix' && m.items.map((i) => i.dimensie)).toEqual([null, null]);
    expect(templateSchema.safeParse(left).success).toBe(true);
  });

  it('makes codes from titles and reads back only drafts that look like a template', () => {
    expect(slugOf('Évaluatie  i2o — najaar!')).toBe('evaluatie-i2o-najaar');
    expect(slugOf('x'.repeat(50))).toHaveLength(40);
    expect(draftTemplate({ titel: 'A', secties: [] })).toMatchObject({ titel: 'A', formaat: 'cter-vragenlijst/1' });
    expect(draftTemplate('nonsense')).toBeNull();
    expect(draftTemplate({ secties: 'x' })).toBeNull();
  });
});
