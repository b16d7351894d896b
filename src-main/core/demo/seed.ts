// The demo environment: a separate database filled with fictitious data ("Voorbeeld — fictief"),
// for training and for trying the application. Its accounts share one published password; the
// seeder refuses to run on a database that is not marked as demo. Everything is written through
// the same services the application uses, dated in the past as if the work had been done then.
import type { Role } from '../../../src-shared/domain/roles';
import { AppError } from '../../../src-shared/ipc/errors';
import { findByUsername, insertAccount } from '../accounts/account-service';
import type { AccessScope } from '../access/access';
import type { CaseService } from '../cases/case-service';
import { CaseEntity, type Case } from '../db/entities/casus';
import { PersonEntity } from '../db/entities/person';
import { GemeenteEntity, ZvhRegionEntity } from '../db/entities/reference';
import { MeetingService } from '../meetings/meeting-service';
import type { SignalService } from '../signals/signal-service';
import type { Workspace } from '../workspace';
import { random } from '../../../src-shared/domain/random';
import { generateDemoPersons, type DemoPerson } from './dataset';
import { seedEvaluations } from './evaluations';
import { seedDemoMeetings } from './meetings';
import { seedMentoring } from './mentoring';

/** The password of every demo account. Demo data is fictitious; this password protects nothing real. */
export const DEMO_PASSWORD = 'Voorbeeld-fictief-2026';

export const DEMO_ACCOUNTS: readonly { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'beheer', displayName: 'Bea de Beheerder (fictief)', roles: ['beheerder'] },
  { username: 'regisseur', displayName: 'Ravi Procesregisseur (fictief)', roles: ['procesregisseur'] },
  { username: 'expert', displayName: 'Eva Expert (fictief)', roles: ['gemeentelijk_expert'] },
  { username: 'notulist', displayName: 'Noor Notulist (fictief)', roles: ['notulist'] },
  { username: 'evaluator', displayName: 'Evert Evaluator (fictief)', roles: ['evaluator'] },
];

export const DEMO_PERSONS = 250;

export interface DemoServices {
  cases: CaseService;
  signals: SignalService;
}

const addDays = (day: string, days: number) =>
  new Date(new Date(`${day}T12:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
/** How long ago an action's deadline may lie for the demo to leave it open. */
const RECENTLY_DUE_DAYS = 60;

/** What an action of this kind asks, varied by casus so a list of them can be told apart. */
const DEMO_ACTION_TEXTS: Readonly<Record<string, readonly string[]>> = {
  mentortraject: [
    'Voorbeeld — fictief. Kennismaking met de mentor plannen.',
    'Voorbeeld — fictief. Voortgang mentortraject bespreken met de mentor.',
  ],
  gesprek: [
    'Voorbeeld — fictief. Gesprek met de ouders over de zorgen van school.',
    'Voorbeeld — fictief. Vervolggesprek met betrokkene over dagbesteding.',
    'Voorbeeld — fictief. Gesprek met de wijkagent over de laatste melding.',
  ],
  hulpverlening: [
    'Voorbeeld — fictief. Aanmelding bij de jeugdhulp regelen.',
    'Voorbeeld — fictief. Schuldhulpverlening inschakelen.',
    'Voorbeeld — fictief. Contact leggen met de huisarts over begeleiding.',
  ],
};

function demoActionText(kind: string, caseId: number): string {
  const texts = DEMO_ACTION_TEXTS[kind] ?? DEMO_ACTION_TEXTS['gesprek']!;
  return texts[caseId % texts.length]!;
}

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`);

/** Adds what is missing of the demo dataset; running it twice changes nothing. */
export async function seedDemo(
  ws: Workspace,
  services: DemoServices,
  persons = DEMO_PERSONS,
): Promise<{ accounts: number; persons: number }> {
  // The demo is a database file of its own; a PostgreSQL store (store.json) is never one.
  if (ws.storeConfig() || !ws.vault().read().demo) throw new AppError('NOT_DEMO');
  const { key } = ws.requireOpen();
  const regionIds = (await ws.transaction((manager) => manager.find(ZvhRegionEntity))).map((r) => r.id);
  let added = 0;
  const ids = new Map<string, number>();
  for (const demo of DEMO_ACCOUNTS) {
    const existing = await ws.transaction((manager) => findByUsername(manager, demo.username));
    if (existing) {
      ids.set(demo.username, existing.id);
      continue;
    }
    const slotId = await ws.vault().addPasswordSlot(key, demo.username, DEMO_PASSWORD);
    const account = await ws.transaction(async (manager, audit) => {
      const created = await insertAccount(manager, ws.clock.now(), {
        ...demo,
        // Everyone who works with cases sees all three (fictitious) regions.
        regionIds: demo.roles.includes('beheerder') || demo.roles.includes('evaluator') ? [] : regionIds,
        keySlotId: slotId,
        mustChangePassword: false,
      });
      await audit.append(manager, {
        ...ws.actor(),
        action: 'demo:seed',
        kind: 'change',
        objectType: 'account',
        objectId: String(created.id),
        result: 'ok',
      });
      return created;
    });
    ws.vault().commitSlot(demo.username, slotId);
    ids.set(demo.username, account.id);
    added++;
  }

  // Fictitious evaluation rounds and recommendations (once; they need no persons).
  await seedEvaluations(ws, ids.get('regisseur')!);
  const mentoring = () =>
    seedMentoring(
      ws,
      { regisseur: ids.get('regisseur')!, expert: ids.get('expert')! },
      regionIds,
      ws.clock.now().toISOString().slice(0, 10),
    );
  const already = await ws.transaction((manager) => manager.count(PersonEntity));
  if (already > 0) {
    // An older demo database gets the mentor project too (once).
    await mentoring();
    return { accounts: added, persons: 0 };
  }
  const gemeenten = await ws.transaction((manager) => manager.find(GemeenteEntity, { order: { id: 'ASC' } }));
  const dataset = generateDemoPersons(persons, gemeenten.length).sort((a, b) =>
    a.signals[0]!.ontvangen.localeCompare(b.signals[0]!.ontvangen),
  );
  const regisseur = ids.get('regisseur')!;
  const expert = ids.get('expert')!;
  const rnd = random(7);
  const today = ws.clock.now().toISOString().slice(0, 10);
  for (const person of dataset) {
    await ws.transaction(async (manager) => {
      const scope: AccessScope = { accountId: regisseur, regionIds };
      await seedPerson(manager, services, scope, person, gemeenten[person.gemeenteIndex]!.id, {
        regisseur,
        expert,
        rnd,
        today,
      });
    });
  }
  await ws.transaction((manager) =>
    seedDemoMeetings(
      manager,
      new MeetingService(services.cases, services.signals),
      { accountId: regisseur, regionIds },
      { chair: regisseur, notulist: ids.get('notulist')! },
      ws.clock.now(),
    ),
  );
  // After the cases: some trajectories start from their mentortraject interventions.
  const mentor = await mentoring();
  await ws.audit({
    ...ws.actor(),
    action: 'demo:seed',
    kind: 'change',
    objectType: 'demo',
    result: 'ok',
    details: { persons: dataset.length, mentors: mentor.mentors, trajecten: mentor.trajecten },
  });
  return { accounts: added, persons: dataset.length };
}

async function seedPerson(
  manager: Parameters<Parameters<Workspace['transaction']>[0]>[0],
  { cases, signals }: DemoServices,
  scope: AccessScope,
  person: DemoPerson,
  gemeenteId: number,
  ctx: { regisseur: number; expert: number; rnd: () => number; today: string },
): Promise<void> {
  let personId: number | null = null;
  for (const signal of person.signals) {
    const by = ctx.rnd() < 0.5 ? ctx.regisseur : ctx.expert;
    const { besluit, ...fields } = signal;
    const registered = await signals.register(
      manager,
      scope,
      {
        person: personId
          ? { id: personId }
          : {
              nieuw: {
                naam: person.naam,
                roepnaam: '',
                aliases: person.aliases,
                geboortedatum: person.geboortedatum,
                geboortejaar: null,
                geslacht: person.geslacht,
                gemeenteId,
                bsn: '',
                notities: 'Voorbeeld — fictief.',
              },
            },
        signal: { ...fields, melderContact: 'Contactpersoon (fictief)' },
      },
      { accountId: by, now: at(signal.ontvangen, 9) },
    );
    personId = registered.personId;
    if (!besluit) continue;
    const datum = addDays(signal.ontvangen, 7 + Math.floor(ctx.rnd() * 21));
    if (datum > ctx.today) continue;
    const weigh = (decision: NonNullable<typeof besluit>, day: string) =>
      signals.weigh(
        manager,
        scope,
        {
          signalId: registered.signalId,
          besluit: decision,
          motivering: 'Voorbeeld — fictief. Gewogen in het informatieoverleg.',
          deelnemers: ['gemeente', 'politie', 'om'],
          datum: day,
        },
        { accountId: by, now: at(day, 14) },
      );
    let result = await weigh(besluit, datum);
    let decided = datum;
    // "Meer informatie nodig" comes back to the next informatieoverleg or the one after.
    const again = addDays(datum, 21 + Math.floor(ctx.rnd() * 21));
    if (besluit === 'meer_informatie' && again <= ctx.today) {
      result = await weigh(ctx.rnd() < 0.5 ? 'geen_actie' : 'bespreken_casusoverleg', again);
      decided = again;
    }
    if (result.state === 'casusoverleg') await progress(manager, cases, result.caseId, decided, ctx);
  }
}

/** Takes a casus from casusoverleg as far as its age allows: plan, monitoring, afschalen. */
async function progress(
  manager: Parameters<Parameters<Workspace['transaction']>[0]>[0],
  cases: CaseService,
  caseId: number,
  from: string,
  ctx: { regisseur: number; expert: number; rnd: () => number; today: string },
): Promise<void> {
  let casus: Case = await manager.findOneOrFail(CaseEntity, { where: { id: caseId } });
  const actor = (day: string) => ({ accountId: ctx.regisseur, now: at(day) });
  const ico = addDays(from, 14);
  if (ico > ctx.today) return;
  await cases.update(
    manager,
    casus,
    {
      regionId: casus.regionId,
      procesregisseurId: ctx.rnd() < 0.6 ? ctx.regisseur : ctx.expert,
      partners: ['gemeente', 'politie', 'zvh'],
      afgeschermd: ctx.rnd() < 0.05,
      namedAccountIds: [],
    },
    actor(ico),
  );
  casus = await manager.findOneOrFail(CaseEntity, { where: { id: caseId } });
  const deadline = addDays(ico, 30 + Math.floor(ctx.rnd() * 60));
  const due = deadline < ctx.today;
  const interventietype = ctx.rnd() < 0.25 ? 'mentortraject' : ctx.rnd() < 0.6 ? 'gesprek' : 'hulpverlening';
  // Most actions due in the last weeks are still open past their deadline, as happens; an older one
  // was finished long ago (no action years overdue). The draw is made as before, so the rest of
  // the demo stays the same.
  const draw = due ? ctx.rnd() : 1;
  const slipped = draw < 0.85 && deadline >= addDays(ctx.today, -RECENTLY_DUE_DAYS);
  await cases.saveAction(
    manager,
    casus,
    {
      caseId,
      soort: 'interventie',
      interventietype,
      omschrijving: demoActionText(interventietype, caseId),
      actiehouderPartner: 'gemeente',
      actiehouderNaam: 'Actiehouder (fictief)',
      actiehouderAccountId: null,
      deadline,
      status: due && !slipped ? 'afgerond' : 'open',
    },
    actor(ico),
  );
  casus = await cases.transition(
    manager,
    casus,
    'plan_van_aanpak',
    'Voorbeeld — fictief. Plan vastgesteld.',
    null,
    actor(ico),
  );
  const monitoring = addDays(ico, 45);
  if (monitoring > ctx.today) return;
  casus = await cases.transition(
    manager,
    casus,
    'monitoring',
    'Voorbeeld — fictief. Plan in uitvoering.',
    null,
    actor(monitoring),
  );
  const next = addDays(monitoring, 60 + Math.floor(ctx.rnd() * 120));
  await cases.planMonitoring(manager, casus, next, actor(monitoring));
  const end = addDays(next, 30 + Math.floor(ctx.rnd() * 200));
  if (end > ctx.today) return;
  const scaleDown = ctx.rnd() < 0.7;
  await cases.transition(
    manager,
    casus,
    scaleDown ? 'afgeschaald' : 'afgesloten',
    'Voorbeeld — fictief. Doelen bereikt.',
    scaleDown ? 'afgeschaald_regulier' : 'risico_weggenomen',
    actor(end),
  );
}
