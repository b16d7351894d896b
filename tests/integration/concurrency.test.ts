// Two people on the same record (issue 17): A loads a form, B saves the same record, A's save is
// refused with STALE_VERSION naming who saved, when, and the fields that differ from what A sends;
// nothing of B's is lost, and A can reload and save. Two accounts take turns on one core (one
// SQLCipher file cannot be opened by two cores at once).
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { BridgeError } from '../../src-shared/ipc/errors';
import type { RoundView, TemplateView } from '../../src-shared/ipc/evaluations';
import type { AgendaItemView, MeetingView } from '../../src-shared/ipc/meetings';
import type { MentorView } from '../../src-shared/ipc/mentoring';
import type { TrajectoryView } from '../../src-shared/ipc/trajectories';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { staleVersionOf } from '../../src-shared/ipc/version';
import type { Core } from '../../src-main/core/core';
import { SMALL_TEMPLATE } from './evaluation-helpers';
import { addAccount, call, loginAs, makeCore, withDatabase } from './helpers';

const NOORD = 1;
const ALDERVOORT = 1;

type Account = { id: number; username: string; password: string };

let core: Core;
let anna: Account;
let bram: Account;

/** The error of a call that must fail. */
async function refusal(channel: string, input: unknown): Promise<BridgeError> {
  const result = await core.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
}

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  anna = await addAccount(core, {
    username: 'anna',
    roles: ['procesregisseur'],
    regionIds: [NOORD],
    displayName: 'Anna Aalders',
  });
  bram = await addAccount(core, {
    username: 'bram',
    roles: ['procesregisseur'],
    regionIds: [NOORD],
    displayName: 'Bram Bos',
  });
  await loginAs(core, anna);
});

async function openCase(): Promise<CaseDossier> {
  const registered = await call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam: 'Sam de Vries (fictief)', geboortedatum: '2007-05-12', gemeenteId: ALDERVOORT } },
    signal: {
      melderPartner: 'politie',
      melderContact: 'wijkagent (fictief)',
      ontvangen: '2026-11-20',
      omschrijving: 'Deelt online oproepen tot geweld (fictief voorbeeld).',
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
    },
  });
  return call<CaseDossier>(core, 'cases:get', { id: registered.caseId });
}

const settingsOf = (dossier: CaseDossier) => ({
  id: dossier.id,
  regionId: dossier.regionId,
  procesregisseurId: dossier.procesregisseur?.id ?? null,
  partners: dossier.partners,
  afgeschermd: dossier.afgeschermd,
  namedAccountIds: dossier.namedAccounts.map((a) => a.id),
  version: dossier.version,
});

describe('a casus two people edit', () => {
  it('refuses the settings saved over a newer version and keeps the other save', async () => {
    const loaded = await openCase();
    expect(loaded.version).toBe(1);

    await loginAs(core, bram);
    const saved = await call<CaseDossier>(core, 'cases:update', { ...settingsOf(loaded), partners: ['politie'] });
    expect(saved.version).toBe(2);

    await loginAs(core, anna);
    const error = await refusal('cases:update', { ...settingsOf(loaded), procesregisseurId: anna.id });
    expect(error.code).toBe('STALE_VERSION');
    expect(error.message).not.toMatch(/SELECT|UPDATE|casus_/);
    const stale = staleVersionOf(error)!;
    expect(stale.savedBy).toBe('Bram Bos');
    expect(stale.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(stale.version).toBe(2);
    // Bram set the partners; Anna sends the old partners and her own regisseur.
    expect(stale.fields.sort()).toEqual(['partners', 'procesregisseurId']);

    const now = await call<CaseDossier>(core, 'cases:get', { id: loaded.id });
    expect(now.partners).toEqual(['politie']);
    expect(now.procesregisseur).toBeNull();
    expect(now.version).toBe(2);

    const again = await call<CaseDossier>(core, 'cases:update', { ...settingsOf(now), procesregisseurId: anna.id });
    expect(again).toMatchObject({ partners: ['politie'], procesregisseur: { id: anna.id }, version: 3 });
  });

  it('refuses a change of a plan action saved over a newer version', async () => {
    const casus = await openCase();
    const action = {
      caseId: casus.id,
      soort: 'actie' as const,
      omschrijving: 'Gesprek met ouders plannen.',
      actiehouderPartner: 'gemeente',
      actiehouderNaam: 'J. Jansen (fictief)',
      deadline: '2026-12-15',
    };
    const loaded = (await call<CaseDossier>(core, 'cases:save-action', action)).actions[0]!;
    expect(loaded.version).toBe(1);

    await loginAs(core, bram);
    const afterBram = await call<CaseDossier>(core, 'cases:save-action', {
      ...action,
      id: loaded.id,
      version: loaded.version,
      status: 'lopend',
    });
    expect(afterBram.actions[0]).toMatchObject({ status: 'lopend', version: 2 });

    await loginAs(core, anna);
    const error = await refusal('cases:save-action', {
      ...action,
      id: loaded.id,
      version: loaded.version,
      deadline: '2027-01-31',
    });
    expect(staleVersionOf(error)).toEqual({
      savedBy: 'Bram Bos',
      savedAt: expect.any(String),
      version: 2,
      fields: ['deadline', 'status'],
    });
    const now = (await call<CaseDossier>(core, 'cases:get', { id: casus.id })).actions[0]!;
    expect(now).toMatchObject({ status: 'lopend', deadline: '2026-12-15', version: 2 });

    const again = await call<CaseDossier>(core, 'cases:save-action', {
      ...action,
      id: now.id,
      version: now.version,
      status: now.status,
      deadline: '2027-01-31',
    });
    expect(again.actions[0]).toMatchObject({ status: 'lopend', deadline: '2027-01-31', version: 3 });
  });

  it('refuses monitoring findings recorded over newer findings', async () => {
    const casus = await openCase();
    const loaded = (await call<CaseDossier>(core, 'cases:plan-monitoring', { id: casus.id, gepland: '2027-01-10' }))
      .monitoring[0]!;

    await loginAs(core, bram);
    await call(core, 'cases:record-monitoring', {
      id: casus.id,
      monitoringId: loaded.id,
      bevindingen: 'Bram: contact loopt goed.',
      version: loaded.version,
    });

    await loginAs(core, anna);
    const error = await refusal('cases:record-monitoring', {
      id: casus.id,
      monitoringId: loaded.id,
      bevindingen: 'Anna: geen zorgen.',
      version: loaded.version,
    });
    expect(staleVersionOf(error)).toMatchObject({ savedBy: 'Bram Bos', version: 2, fields: ['bevindingen'] });
    const now = (await call<CaseDossier>(core, 'cases:get', { id: casus.id })).monitoring[0]!;
    expect(now.bevindingen).toBe('Bram: contact loopt goed.');

    const again = await call<CaseDossier>(core, 'cases:record-monitoring', {
      id: casus.id,
      monitoringId: now.id,
      bevindingen: 'Bram: contact loopt goed. Anna: geen zorgen.',
      version: now.version,
    });
    expect(again.monitoring[0]).toMatchObject({
      bevindingen: 'Bram: contact loopt goed. Anna: geen zorgen.',
      version: 3,
    });
  });
});

describe('a meeting two people edit', () => {
  const details = () => ({
    type: 'i2o',
    title: 'Informatieoverleg Noord (fictief)',
    datum: '2026-11-24',
    starttijd: '09:30',
    locatie: 'Vergaderzaal 2',
    regionId: NOORD,
    voorzitterId: anna.id,
    notulistId: bram.id,
    invitedPartners: ['gemeente', 'politie'],
    invitedPersons: '',
  });
  const attendance = [{ partner: 'politie', status: 'aanwezig', namen: '' }];

  it('refuses details and an agenda saved over a newer version of the meeting', async () => {
    const loaded = await call<MeetingView>(core, 'meetings:create', details());
    expect(loaded.version).toBe(1);

    await loginAs(core, bram);
    const afterBram = await call<MeetingView>(core, 'meetings:update', {
      id: loaded.id,
      details: { ...details(), locatie: 'Vergaderzaal 3' },
      attendance,
      version: loaded.version,
    });
    expect(afterBram.version).toBe(2);

    await loginAs(core, anna);
    const error = await refusal('meetings:update', {
      id: loaded.id,
      details: { ...details(), starttijd: '10:00' },
      attendance: [],
      version: loaded.version,
    });
    expect(staleVersionOf(error)).toMatchObject({
      savedBy: 'Bram Bos',
      version: 2,
      fields: ['starttijd', 'locatie', 'attendance'],
    });
    // The agenda is part of the meeting: an agenda editor that loaded version 1 is refused too.
    const agendaError = await refusal('meetings:save-agenda', {
      id: loaded.id,
      items: [{ kind: 'overig', title: 'Rondvraag', plannedMinutes: 5 }],
      version: loaded.version,
    });
    expect(staleVersionOf(agendaError)).toMatchObject({ savedBy: 'Bram Bos', fields: ['agenda'] });

    const now = await call<MeetingView>(core, 'meetings:get', { id: loaded.id });
    expect(now).toMatchObject({ locatie: 'Vergaderzaal 3', starttijd: '09:30', items: [], version: 2 });
    expect(now.attendance).toEqual(attendance);

    const withAgenda = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: now.id,
      items: [{ kind: 'overig', title: 'Rondvraag', plannedMinutes: 5 }],
      version: now.version,
    });
    expect(withAgenda).toMatchObject({ locatie: 'Vergaderzaal 3', items: [{ title: 'Rondvraag' }], version: 3 });
  });

  it('refuses a minutes autosave over newer minutes, and an agenda change does not', async () => {
    const meeting = await call<MeetingView>(core, 'meetings:create', details());
    const withAgenda = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: meeting.id,
      items: [{ kind: 'overig', title: 'Rondvraag', plannedMinutes: 5 }],
      version: meeting.version,
    });
    const loaded = withAgenda.items[0]!;
    expect(loaded.version).toBe(1);
    const minutes = (duiding: string) => ({ inbreng: [], duiding, besluiten: [], acties: [] });

    await loginAs(core, bram);
    const saved = await call<{ item: AgendaItemView }>(core, 'meetings:save-item', {
      itemId: loaded.id,
      minutes: minutes('Bram: de gemeente neemt contact op.'),
      spentSeconds: 60,
      version: loaded.version,
    });
    expect(saved.item.version).toBe(2);
    // Autosaves go on from the version each save answered.
    const next = await call<{ item: AgendaItemView }>(core, 'meetings:save-item', {
      itemId: loaded.id,
      minutes: minutes('Bram: de gemeente neemt contact op. Politie volgt.'),
      spentSeconds: 90,
      version: saved.item.version,
    });
    expect(next.item.version).toBe(3);

    await loginAs(core, anna);
    // Renaming the item on the agenda does not touch its minutes' version.
    const renamed = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: meeting.id,
      items: [{ id: loaded.id, kind: 'overig', title: 'Rondvraag en sluiting', plannedMinutes: 5 }],
      version: withAgenda.version,
    });
    expect(renamed.items[0]).toMatchObject({ title: 'Rondvraag en sluiting', version: 3 });

    const error = await refusal('meetings:save-item', {
      itemId: loaded.id,
      minutes: minutes('Anna: geen bijzonderheden.'),
      spentSeconds: 30,
      version: loaded.version,
    });
    expect(staleVersionOf(error)).toMatchObject({ savedBy: 'Bram Bos', version: 3, fields: ['duiding'] });
    const now = (await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).items[0]!;
    expect(now.minutes.duiding).toBe('Bram: de gemeente neemt contact op. Politie volgt.');
    expect(now.spentSeconds).toBe(90);

    const again = await call<{ item: AgendaItemView }>(core, 'meetings:save-item', {
      itemId: now.id,
      minutes: minutes(`${now.minutes.duiding} Anna: geen bijzonderheden.`),
      spentSeconds: now.spentSeconds,
      version: now.version,
    });
    expect(again.item).toMatchObject({ version: 4, minutes: { duiding: expect.stringContaining('Anna') } });
  });
});

describe('a questionnaire two people edit', () => {
  it('refuses a template saved in place over a newer version of it', async () => {
    const loaded = (
      await call<{ template: TemplateView }>(core, 'evaluations:save-template', { template: SMALL_TEMPLATE })
    ).template;
    expect(loaded.version).toBe(1);

    await loginAs(core, bram);
    const afterBram = await call<{ template: TemplateView; newVersion: boolean }>(core, 'evaluations:save-template', {
      id: loaded.id,
      template: { ...SMALL_TEMPLATE, titel: 'Testvragenlijst door Bram (fictief)' },
      version: loaded.version,
    });
    expect(afterBram).toMatchObject({ newVersion: false, template: { version: 2 } });

    await loginAs(core, anna);
    const error = await refusal('evaluations:save-template', {
      id: loaded.id,
      template: { ...SMALL_TEMPLATE, voorbeeld: false },
      version: loaded.version,
    });
    expect(staleVersionOf(error)).toMatchObject({
      savedBy: 'Bram Bos',
      version: 2,
      fields: ['titel', 'voorbeeld', 'inhoud'],
    });
    const now = await call<TemplateView>(core, 'evaluations:template', { id: loaded.id });
    expect(now).toMatchObject({ titel: 'Testvragenlijst door Bram (fictief)', voorbeeld: true, version: 2 });

    const again = await call<{ template: TemplateView }>(core, 'evaluations:save-template', {
      id: now.id,
      template: { ...now.template, voorbeeld: false },
      version: now.version,
    });
    expect(again.template).toMatchObject({
      titel: 'Testvragenlijst door Bram (fictief)',
      voorbeeld: false,
      version: 3,
    });
  });

  it('refuses round settings saved over a newer version of the round', async () => {
    const template = (
      await call<{ template: TemplateView }>(core, 'evaluations:save-template', { template: SMALL_TEMPLATE })
    ).template;
    const input = {
      titel: 'Evaluatie najaar (fictief)',
      templateId: template.id,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      anonymity: 'anoniem-dag',
      targetGroups: [{ partner: 'gemeente', invited: 10 }],
    };
    const loaded = await call<RoundView>(core, 'evaluations:save-round', input);
    expect(loaded.version).toBe(1);

    await loginAs(core, bram);
    await call(core, 'evaluations:save-round', {
      ...input,
      id: loaded.id,
      periodTo: '2026-12-15',
      version: loaded.version,
    });

    await loginAs(core, anna);
    const error = await refusal('evaluations:save-round', {
      ...input,
      id: loaded.id,
      targetGroups: [{ partner: 'gemeente', invited: 12 }],
      version: loaded.version,
    });
    expect(staleVersionOf(error)).toMatchObject({ savedBy: 'Bram Bos', fields: ['periodTo', 'targetGroups'] });
    const now = await call<RoundView>(core, 'evaluations:round', { id: loaded.id });
    expect(now).toMatchObject({ periodTo: '2026-12-15', targetGroups: [{ partner: 'gemeente', invited: 10 }] });

    const again = await call<RoundView>(core, 'evaluations:save-round', {
      ...input,
      id: now.id,
      periodTo: now.periodTo,
      targetGroups: [{ partner: 'gemeente', invited: 12 }],
      version: now.version,
    });
    expect(again).toMatchObject({ periodTo: '2026-12-15', targetGroups: [{ partner: 'gemeente', invited: 12 }] });
    expect(again.version).toBe(3);
  });
});

describe('mentor records two people edit', () => {
  it('refuses a mentor profile saved over a newer version', async () => {
    const profile = { naam: 'Mila Mentor (fictief)', regionId: NOORD, capacity: 1, sinds: '2025-12-01' };
    const loaded = await call<MentorView>(core, 'mentoring:save-mentor', profile);
    expect(loaded.version).toBe(1);
    const { sinds: _sinds, ...edit } = profile;

    await loginAs(core, bram);
    await call(core, 'mentoring:save-mentor', { ...edit, id: loaded.id, capacity: 2, version: loaded.version });

    await loginAs(core, anna);
    const error = await refusal('mentoring:save-mentor', {
      ...edit,
      id: loaded.id,
      contact: '06-00000000 (fictief)',
      version: loaded.version,
    });
    expect(staleVersionOf(error)).toMatchObject({ savedBy: 'Bram Bos', version: 2, fields: ['contact', 'capacity'] });
    const now = await call<MentorView>(core, 'mentoring:mentor', { id: loaded.id });
    expect(now).toMatchObject({ capacity: 2, contact: '', version: 2 });

    const again = await call<MentorView>(core, 'mentoring:save-mentor', {
      ...edit,
      id: now.id,
      capacity: now.capacity,
      contact: '06-00000000 (fictief)',
      version: now.version,
    });
    expect(again).toMatchObject({ capacity: 2, contact: '06-00000000 (fictief)', version: 3 });
  });

  it('refuses the goals of a trajectory saved over newer goals', async () => {
    const loaded = await call<TrajectoryView>(core, 'trajectories:open', {
      bron: 'aanmelding_partner',
      aanmelderPartner: 'politie',
      regionId: NOORD,
      aanmeldDatum: '2026-05-01',
    });
    expect(loaded.version).toBe(1);
    const doel = (id: string, tekst: string) => ({ id, tekst, behaald: false });

    await loginAs(core, bram);
    await call(core, 'trajectories:save-goals', {
      id: loaded.id,
      doelen: [doel('d1', 'Weer naar school (Bram)')],
      version: loaded.version,
    });

    await loginAs(core, anna);
    const error = await refusal('trajectories:save-goals', {
      id: loaded.id,
      doelen: [doel('d2', 'Sport oppakken (Anna)')],
      version: loaded.version,
    });
    expect(staleVersionOf(error)).toMatchObject({ savedBy: 'Bram Bos', version: 2, fields: ['doelen'] });
    const now = await call<TrajectoryView>(core, 'trajectories:get', { id: loaded.id });
    expect(now.doelen).toEqual([doel('d1', 'Weer naar school (Bram)')]);

    const again = await call<TrajectoryView>(core, 'trajectories:save-goals', {
      id: now.id,
      doelen: [...now.doelen, doel('d2', 'Sport oppakken (Anna)')],
      version: now.version,
    });
    expect(again.doelen).toHaveLength(2);
    expect(again.version).toBe(3);
  });
});
