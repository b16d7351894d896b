// Data for the evaluations spec, made through core's router (the same dispatch the pages use): a
// procesregisseur, the small test questionnaire of the integration tests, and rounds with paper
// responses whose figures the spec works out by hand. Everything is fictitious.
import type { RoundView } from '../../../src-shared/ipc/evaluations';
import { call } from '../../integration/helpers';
import { smallTemplate } from '../../integration/evaluation-helpers';
import { addAccountDirectly, logInInCore } from './casework';
import type { AppHarness } from './fixtures';

export interface PaperResponse {
  partner: string | null;
  bij: 'ja' | 'nee';
  goed?: number;
  tijd?: number;
  opmerking?: string;
}

export async function asEvaluationRegisseur(app: AppHarness) {
  const regisseur = {
    username: 'regisseur',
    displayName: 'Ravi Regisseur (fictief)',
    password: 'wachtwoord van regisseur 2026',
    roles: ['procesregisseur' as const],
    regionIds: [1, 2, 3],
  };
  const id = await addAccountDirectly(app, regisseur);
  await logInInCore(app, regisseur);
  return { id, username: regisseur.username, password: regisseur.password };
}

export async function roundWithResponses(
  app: AppHarness,
  templateId: number,
  round: { titel: string; from: string; to: string; invited: Record<string, number | null> },
  responses: PaperResponse[],
): Promise<RoundView> {
  const saved = await call<RoundView>(app.core, 'evaluations:save-round', {
    titel: round.titel,
    templateId,
    periodFrom: round.from,
    periodTo: round.to,
    anonymity: 'anoniem-dag',
    targetGroups: Object.entries(round.invited).map(([partner, invited]) => ({ partner, invited })),
  });
  await call(app.core, 'evaluations:set-round-status', { id: saved.id, status: 'open' });
  for (const response of responses) {
    const answers: Record<string, string | number> = { bij: response.bij };
    if (response.goed !== undefined) answers.goed = response.goed;
    if (response.tijd !== undefined) answers.tijd = response.tijd;
    if (response.opmerking !== undefined) answers.opmerking = response.opmerking;
    await call(app.core, 'evaluations:save-response', {
      roundId: saved.id,
      partner: response.partner,
      datum: round.from,
      answers,
    });
  }
  return saved;
}

export { smallTemplate };
