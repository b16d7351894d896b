// Data for the figures, retention and lists specs, made through core's router (the same dispatch
// the page uses): a procesregisseur registers signals and closes cases, then the beheerder of
// session.ts logs in again. Everything is fictitious ("(fictief)").
import type { CaseOutcome } from '../../../src-shared/domain/casus';
import type { RegisteredSignal } from '../../../src-shared/ipc/signals';
import { call } from '../../integration/helpers';
import { DEMO_PASSWORD } from '../../../src-main/core/demo/seed';
import { addAccountDirectly, logInInCore } from './casework';
import type { AppHarness } from './fixtures';
import { BEHEERDER } from './session';

export interface SignalSpec {
  naam: string;
  geboortedatum: string;
  ontvangen: string;
  gemeenteId?: number;
  ideologie?: string;
  ernst?: string;
}

/** A procesregisseur for all three example regions, logged in (in core) afterwards. */
export async function asRegisseur(app: AppHarness): Promise<void> {
  const regisseur = {
    username: 'regisseur',
    displayName: 'Ravi Regisseur (fictief)',
    password: 'wachtwoord van regisseur 2026',
    roles: ['procesregisseur' as const],
    regionIds: [1, 2, 3],
  };
  await addAccountDirectly(app, regisseur);
  await logInInCore(app, regisseur);
}

export function registerSignal(app: AppHarness, spec: SignalSpec): Promise<RegisteredSignal> {
  return call<RegisteredSignal>(app.core, 'signals:register', {
    person: { nieuw: { naam: spec.naam, geboortedatum: spec.geboortedatum, gemeenteId: spec.gemeenteId ?? 1 } },
    signal: {
      melderPartner: 'politie',
      ontvangen: spec.ontvangen,
      omschrijving: `Voorbeeld — fictief signaal over ${spec.naam}.`,
      ideologie: spec.ideologie ?? 'jihadistisch',
      ernst: spec.ernst ?? 'ernstig',
      bron: 'online',
    },
  });
}

export function closeCase(app: AppHarness, caseId: number, outcome: CaseOutcome = 'risico_weggenomen') {
  return call(app.core, 'cases:transition', {
    id: caseId,
    to: 'afgesloten',
    toelichting: 'Voorbeeld — fictief: geen zorgen meer.',
    outcome,
  });
}

/** Logs the beheerder of session.ts in again (in core). */
export function asBeheerder(app: AppHarness): Promise<void> {
  return logInInCore(app, BEHEERDER);
}

/** The demo environment (250 fictitious persons, 2016-2026), logged in as one of its accounts. */
export async function demoAs(app: AppHarness, username: 'evaluator' | 'beheer' | 'notulist'): Promise<void> {
  await call(app.core, 'vault:setup-demo', {});
  await call(app.core, 'session:login', { username, password: DEMO_PASSWORD });
}
