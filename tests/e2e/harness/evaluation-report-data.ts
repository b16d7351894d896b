// Data for the report spec: the rounds of the evaluations spec (pilot, voorjaar, najaar of the
// small test questionnaire, all fictitious) plus two recommendations, and the figures the printed
// report must show, worked out here from the raw answers — independently of core's analysis.
import type { RoundView } from '../../../src-shared/ipc/evaluations';
import { call } from '../../integration/helpers';
import { roundWithResponses, smallTemplate, type PaperResponse } from './evaluations-data';
import type { AppHarness } from './fixtures';

export const VOORJAAR: PaperResponse[] = [
  { partner: 'politie', bij: 'ja', goed: 3, tijd: 3 },
  { partner: 'politie', bij: 'ja', goed: 2, tijd: 2 },
  { partner: 'politie', bij: 'ja', goed: 4, tijd: 3 },
];

export const NAJAAR: PaperResponse[] = [
  { partner: 'gemeente', bij: 'ja', goed: 4, tijd: 5 },
  { partner: 'gemeente', bij: 'ja', goed: 5, tijd: 4 },
  { partner: 'gemeente', bij: 'nee', tijd: 2 },
  { partner: 'politie', bij: 'ja', goed: 2, tijd: 3 },
  { partner: 'politie', bij: 'ja', goed: 4, tijd: 4, opmerking: 'Meer tijd voor de duiding (fictief).' },
  { partner: 'politie', bij: 'ja', goed: 3, tijd: 3 },
  { partner: 'om', bij: 'ja', goed: 5, tijd: 5, opmerking: 'Goede voorzitter (fictief).' },
];

export const NAJAAR_INVITED = { gemeente: 10, politie: 5, om: 2 };

export const LATE_RECOMMENDATION = 'Stuur de agenda een week vooraf rond (fictief).';
export const OPEN_RECOMMENDATION = 'Bespreek de duiding elk kwartaal na (fictief).';

export async function reportRounds(app: AppHarness): Promise<{ voorjaar: RoundView; najaar: RoundView }> {
  const template = await smallTemplate(app.core);
  const voorjaar = await roundWithResponses(
    app,
    template.id,
    { titel: 'Evaluatie voorjaar (fictief)', from: '2026-05-01', to: '2026-05-31', invited: { politie: 5 } },
    VOORJAAR,
  );
  const najaar = await roundWithResponses(
    app,
    template.id,
    { titel: 'Evaluatie najaar (fictief)', from: '2026-11-01', to: '2026-11-30', invited: NAJAAR_INVITED },
    NAJAAR,
  );
  for (const [tekst, deadline] of [
    [LATE_RECOMMENDATION, '2026-11-01'],
    [OPEN_RECOMMENDATION, '2099-12-31'],
  ] as const) {
    await call(app.core, 'evaluations:save-recommendation', {
      roundId: najaar.id,
      tekst,
      eigenaar: 'Ravi Regisseur (fictief)',
      deadline,
    });
  }
  return { voorjaar, najaar };
}

const two = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const one = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const score = (value: number) => two.format(value);
const signed = (value: number) => (value > 0 ? '+' : '') + two.format(value);
const percent = (part: number, whole: number) => `${one.format((100 * part) / whole)}%`;

function items(responses: PaperResponse[], item: 'goed' | 'tijd'): number[] {
  return responses.flatMap((r) => (r[item] !== undefined && (item !== 'goed' || r.bij === 'ja') ? [r[item]] : []));
}

/** The dimension "proces": the mean over respondents of each one's own mean of goed and tijd. */
function proces(responses: PaperResponse[]): number {
  return mean(responses.map((r) => mean(items([r], 'goed').concat(items([r], 'tijd')))));
}

export function expectedFigures() {
  const invited = Object.values(NAJAAR_INVITED).reduce((a, b) => a + b, 0);
  const goed = items(NAJAAR, 'goed');
  const tijd = items(NAJAAR, 'tijd');
  const answers = goed.concat(tijd);
  const politie = NAJAAR.filter((r) => r.partner === 'politie');
  const rest = NAJAAR.filter((r) => r.partner !== 'politie');
  return {
    responses: NAJAAR.length,
    invited,
    rate: percent(NAJAAR.length, invited),
    proces: score(proces(NAJAAR)),
    procesEens: percent(answers.filter((a) => a >= 4).length, answers.length),
    procesOneens: percent(answers.filter((a) => a <= 2).length, answers.length),
    goed: { n: goed.length, mean: score(mean(goed)), eens: percent(goed.filter((a) => a >= 4).length, goed.length) },
    tijd: { n: tijd.length, mean: score(mean(tijd)), eens: percent(tijd.filter((a) => a >= 4).length, tijd.length) },
    politie: { n: politie.length, score: score(proces(politie)) },
    rest: { n: rest.length, score: score(proces(rest)) },
    previous: {
      proces: score(proces(VOORJAAR)),
      difference: signed(proces(NAJAAR) - proces(VOORJAAR)),
      goed: score(mean(items(VOORJAAR, 'goed'))),
      tijd: score(mean(items(VOORJAAR, 'tijd'))),
    },
  };
}
