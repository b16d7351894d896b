// Demo meetings (fictitious): a casusoverleg held two weeks ago, with minutes and vastgesteld, and
// an informatieoverleg planned for the coming week with an agenda from the suggestions. They give
// the meetings screens something to show in the demo environment and in training.
import { In, type EntityManager } from 'typeorm';
import type { Minutes } from '../../../src-shared/ipc/meetings';
import type { AccessScope } from '../access/access';
import { CaseEntity } from '../db/entities/casus';
import { AgendaItemEntity, MeetingEntity } from '../db/entities/meeting';
import type { MeetingService } from '../meetings/meeting-service';

const NOTE = 'Voorbeeld — fictief.';
const PARTNERS = ['gemeente', 'politie', 'zvh', 'ggz'];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const shift = (day: string, days: number) =>
  isoDay(new Date(new Date(`${day}T12:00:00Z`).getTime() + days * 86_400_000));

function minutesFor(index: number, deadline: string): Minutes {
  return {
    inbreng: [
      { id: `inbreng-${index}-1`, partner: 'politie', tekst: `${NOTE} Geen nieuwe incidenten bekend.`, artikel: '' },
      { id: `inbreng-${index}-2`, partner: 'gemeente', tekst: `${NOTE} Contact met school loopt.`, artikel: '' },
    ],
    duiding: `${NOTE} De partners zien geen toename van de zorgen; het netwerk rond betrokkene is stabiel.`,
    besluiten: [{ id: `besluit-${index}-1`, tekst: `${NOTE} Plan van aanpak voortzetten.`, weging: null }],
    acties: [
      {
        id: `actie-${index}-1`,
        omschrijving: `${NOTE} Huisbezoek afleggen en terugkoppelen.`,
        actiehouderPartner: 'gemeente',
        actiehouderNaam: 'Contactpersoon (fictief)',
        deadline,
        caseActionId: null,
      },
    ],
  };
}

/** Adds the two demo meetings when there are none yet. */
export async function seedDemoMeetings(
  manager: EntityManager,
  meetings: MeetingService,
  scope: AccessScope,
  people: { chair: number; notulist: number },
  now: Date,
): Promise<void> {
  if ((await manager.count(MeetingEntity)) > 0 || scope.regionIds.length === 0) return;
  const regionId = scope.regionIds[0]!;
  const today = isoDay(now);
  const held = shift(today, -14);
  const actor = { accountId: people.chair, now: new Date(`${held}T11:30:00`) };

  const cases = await manager.find(CaseEntity, {
    where: { regionId, state: In(['plan_van_aanpak', 'monitoring']), afgeschermd: false },
    order: { id: 'ASC' },
    take: 3,
  });
  const details = {
    type: 'ico',
    title: 'Casusoverleg CTER (fictief)',
    datum: held,
    starttijd: '10:00',
    locatie: 'Vergaderzaal 2 (fictief)',
    regionId,
    voorzitterId: people.chair,
    notulistId: people.notulist,
    invitedPartners: PARTNERS,
    invitedPersons: '',
  };
  const past = await meetings.create(manager, scope, details, actor);
  await meetings.update(
    manager,
    scope,
    past,
    details,
    PARTNERS.map((partner) => ({ partner, status: partner === 'ggz' ? 'afgemeld' : 'aanwezig', namen: '' })),
    undefined,
    actor,
  );
  await meetings.saveAgenda(
    manager,
    scope,
    past,
    cases.map((casus) => ({
      kind: 'casus' as const,
      caseId: casus.id,
      signalId: null,
      title: '',
      plannedMinutes: 15,
    })),
    undefined,
    actor,
  );
  const items = await manager.find(AgendaItemEntity, { where: { meetingId: past.id }, order: { position: 'ASC' } });
  for (const [index, item] of items.entries()) {
    await meetings.saveItem(manager, scope, item, minutesFor(index, shift(held, 28)), 12 * 60, undefined, actor);
  }
  await meetings.adopt(manager, await manager.findOneByOrFail(MeetingEntity, { id: past.id }), actor);

  const planned = shift(today, 3);
  const next = await meetings.create(
    manager,
    scope,
    { ...details, type: 'i2o', title: 'Informatieoverleg (fictief)', datum: planned, starttijd: '13:30' },
    { accountId: people.chair, now },
  );
  const suggestions = (await meetings.suggestions(manager, scope, next)).slice(0, 6);
  await meetings.saveAgenda(
    manager,
    scope,
    next,
    suggestions.map((s) => ({ kind: s.kind, caseId: s.caseId, signalId: s.signalId, title: '', plannedMinutes: 10 })),
    undefined,
    { accountId: people.chair, now },
  );
}
