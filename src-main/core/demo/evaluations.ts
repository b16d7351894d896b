// Fictitious evaluation data for the demo environment ("Voorbeeld — fictief"): two rounds of the
// ICO process evaluation a year apart (the later one somewhat better, so the comparison shows
// something), one round of the i2o evaluation, and recommendations in every state. Responses go
// through the same service and checks as paper forms.
import type { EntityManager } from 'typeorm';
import { isoDay } from '../../../src-shared/domain/format';
import { questionsInOrder, type Question, type Template } from '../../../src-shared/domain/questionnaire';
import type { Answers } from '../../../src-shared/domain/questionnaire-answers';
import { EvalRoundEntity, EvalTemplateEntity } from '../db/entities/evaluation';
import { RecommendationService } from '../evaluations/recommendation-service';
import { RoundService } from '../evaluations/round-service';
import { templateOf } from '../evaluations/template-service';
import type { Workspace } from '../workspace';
import { random } from '../../../src-shared/domain/random';

const COMMENTS = [
  'De agenda komt soms pas de avond van tevoren binnen.',
  'Goede voorzitter, houdt de tijd strak in de gaten.',
  'Niet altijd duidelijk wie een actie oppakt na het overleg.',
  'Prettige sfeer, je kunt je twijfels kwijt.',
  'Meer aandacht voor beschermende factoren zou helpen.',
  'Terugkoppeling over afgeschaalde casussen ontbreekt nog vaak.',
  'Het convenant is helder, maar de praktijk blijft soms lastig.',
  'Liever één vast aanspreekpunt per partner.',
];

const day = (base: Date, days: number) => isoDay(new Date(base.getTime() + days * 86_400_000));

/**
 * A plausible answer to every question; `mood` (−1..1) shifts the scales and the grade. Each
 * respondent has a leaning of their own, so a rapportcijfer (a 1–10 number question) goes with
 * their statements: around a seven, lower in a weaker round. The check drops hidden answers.
 */
function answerAll(template: Template, rnd: () => number, mood: number): Answers {
  const own = mood + (rnd() - 0.5) * 0.8;
  const scale = () => Math.max(1, Math.min(5, Math.round(3.3 + own + (rnd() - 0.5) * 2.4)));
  const grade = (q: { min: number; max: number }) =>
    Math.max(q.min, Math.min(q.max, Math.round(7 + own * 1.6 + (rnd() - 0.5) * 2.6)));
  const answer = (q: Question): Answers[string] | undefined => {
    switch (q.type) {
      case 'likert5':
        return q.nvt && rnd() < 0.05 ? 'nvt' : scale();
      case 'matrix':
        return Object.fromEntries(q.items.map((item) => [item.id, scale()]));
      case 'keuze':
        return q.opties[Math.floor(rnd() * q.opties.length)]!.code;
      case 'meerkeuze': {
        const picked = q.opties.filter(() => rnd() < 0.35).map((o) => o.code);
        return picked.slice(0, q.maxKeuzes ?? picked.length);
      }
      case 'getal':
        // A 1–10 question is a grade; another number (meetings attended, hours) a modest count.
        return q.min === 1 && q.max === 10 ? grade(q) : Math.round(q.min + rnd() * Math.min(q.max - q.min, 24));
      case 'open':
        return q.verplicht || rnd() < 0.3 ? COMMENTS[Math.floor(rnd() * COMMENTS.length)]! : undefined;
    }
  };
  const answers: Answers = {};
  for (const { question } of questionsInOrder(template)) {
    const value = answer(question);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}

async function seedRound(
  manager: EntityManager,
  rounds: RoundService,
  spec: { sleutel: string; titel: string; from: string; to: string; count: number; mood: number; close: boolean },
  partners: { partner: string; invited: number | null }[],
  author: { accountId: number; now: Date },
  rnd: () => number,
): Promise<number> {
  const template = await manager.findOneOrFail(EvalTemplateEntity, { where: { sleutel: spec.sleutel, versie: 1 } });
  const id = await rounds.save(
    manager,
    {
      id: null,
      titel: spec.titel,
      toelichting: 'Voorbeeld — fictief. Afgenomen op papier en met de kiosk na het overleg.',
      templateId: template.id,
      periodFrom: spec.from,
      periodTo: spec.to,
      anonymity: 'anoniem-dag',
      targetGroups: partners,
    },
    author,
  );
  await rounds.setStatus(manager, id, 'open', author.now);
  const round = await manager.findOneOrFail(EvalRoundEntity, { where: { id } });
  const content = templateOf(template);
  // Never more responses for a partner than it had people invited (the service refuses them); a
  // partner whose number is unknown answers a few times.
  const given = new Map<string, number>();
  const room = (p: { partner: string; invited: number | null }) => (p.invited ?? 3) - (given.get(p.partner) ?? 0);
  for (let i = 0; i < spec.count; i++) {
    const open = partners.filter((p) => room(p) > 0);
    if (open.length === 0) break;
    // Weighted by the room left, so large partners answer more often, as in a real round.
    let pick = rnd() * open.reduce((sum, p) => sum + room(p), 0);
    const chosen = open.find((p) => (pick -= room(p)) < 0) ?? open[open.length - 1]!;
    const partner = chosen.partner;
    given.set(partner, (given.get(partner) ?? 0) + 1);
    await rounds.addResponse(
      manager,
      round,
      {
        source: rnd() < 0.5 ? 'papier' : 'kiosk',
        partner,
        respondent: null,
        datum: day(new Date(`${spec.from}T12:00:00Z`), Math.floor(rnd() * 14)),
        answers: answerAll(content, rnd, spec.mood),
      },
      author,
    );
  }
  if (spec.close) await rounds.setStatus(manager, id, 'gesloten', author.now);
  return id;
}

/** Adds the demo evaluations once (a database that has any round is left alone). */
export async function seedEvaluations(ws: Workspace, accountId: number): Promise<number> {
  return ws.transaction(async (manager) => {
    if ((await manager.count(EvalRoundEntity)) > 0) return 0;
    const rounds = new RoundService();
    const recommendations = new RecommendationService();
    const rnd = random(11);
    const now = ws.clock.now();
    const author = { accountId, now };
    const ico = [
      { partner: 'gemeente', invited: 14 },
      { partner: 'politie', invited: 8 },
      { partner: 'om', invited: 4 },
      { partner: 'zvh', invited: 5 },
      { partner: 'reclassering', invited: 3 },
      { partner: 'ggz', invited: null },
    ];
    const earlier = await seedRound(
      manager,
      rounds,
      {
        sleutel: 'ico-procesevaluatie',
        titel: 'Procesevaluatie casusoverleg, vorig jaar (fictief)',
        from: day(now, -400),
        to: day(now, -370),
        count: 24,
        mood: -0.3,
        close: true,
      },
      ico,
      author,
      rnd,
    );
    const later = await seedRound(
      manager,
      rounds,
      {
        sleutel: 'ico-procesevaluatie',
        titel: 'Procesevaluatie casusoverleg, dit jaar (fictief)',
        from: day(now, -40),
        to: day(now, -10),
        count: 28,
        mood: 0.2,
        close: true,
      },
      ico,
      author,
      rnd,
    );
    await seedRound(
      manager,
      rounds,
      {
        sleutel: 'i2o-evaluatie',
        titel: 'Evaluatie informatieoverleg (fictief)',
        from: day(now, -20),
        to: day(now, 10),
        count: 11,
        mood: 0,
        close: false,
      },
      [
        { partner: 'gemeente', invited: 9 },
        { partner: 'politie', invited: 4 },
        { partner: 'om', invited: 3 },
      ],
      author,
      rnd,
    );
    const recs = [
      {
        roundId: earlier,
        tekst: 'Stuur de agenda en de stukken uiterlijk vijf werkdagen vooraf rond.',
        status: 'afgerond',
        deadline: day(now, -300),
      },
      {
        roundId: earlier,
        tekst: 'Leg per actie één actiehouder met naam en deadline vast.',
        status: 'lopend',
        deadline: day(now, -30),
      },
      {
        roundId: later,
        tekst: 'Koppel afgeschaalde casussen na drie maanden terug in het overleg.',
        status: 'open',
        deadline: day(now, 60),
      },
      {
        roundId: later,
        tekst: 'Organiseer een jaarlijkse terugblik met alle partners.',
        status: 'open',
        deadline: null,
      },
    ] as const;
    for (const rec of recs) {
      const id = await recommendations.save(
        manager,
        { id: null, eigenaar: 'Procesregisseur (fictief)', ...rec, deadline: rec.deadline },
        author,
      );
      if (rec.status !== 'open') {
        await recommendations.note(manager, id, 'Voorbeeld — fictief. Besproken in het overleg.', rec.status, author);
      }
    }
    return 3;
  });
}
