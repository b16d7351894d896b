/// <reference lib="dom" />
// Mentorproject ONE-on-ONE: the year dashboard on the demo environment's figures, a new mentor who
// becomes inzetbaar by the training that completes the required modules, a network activity, the
// anonymised dataset with its codebook, the target set by the beheerder and what an evaluator sees.
// The demo's dates count back from the day it is made; the figures below are those of 29-11-2026
// and are checked against core's own count as well.
import { readFileSync } from 'node:fs';
import type { MentorDashboard } from '../../src-shared/domain/mentoring-dashboard';
import { formatDate } from '../../src-shared/domain/format';
import type { MentorSummary } from '../../src-shared/ipc/mentoring';
import { DEMO_PASSWORD } from '../../src-main/core/demo/seed';
import { call } from '../integration/helpers';
import { lockAndUnlock } from './harness/casework';
import { expect, HARNESS_START, test, type AppHarness } from './harness/fixtures';
import { field } from './harness/locators';
import { expectCoversNothing } from './harness/sizes';

const YEAR = HARNESS_START.getFullYear();
const NAV = { name: 'Hoofdnavigatie' };

async function demoAs(app: AppHarness, username: 'regisseur' | 'beheer' | 'evaluator') {
  await call(app.core, 'vault:setup-demo', {});
  await loginAs(app, username);
}

async function loginAs(app: AppHarness, username: 'regisseur' | 'beheer' | 'evaluator') {
  await app.control.endSession();
  await call(app.core, 'session:login', { username, password: DEMO_PASSWORD });
}

/** The key figure of the dashboard named `label`: its value is the second line. */
function keyFigure(app: AppHarness, label: string) {
  return app.page.getByRole('list', { name: 'Kengetallen' }).getByRole('listitem', { name: label, exact: true });
}

test('mentorproject: dashboard, mentor, training die inzetbaar maakt, activiteit', async ({ app }) => {
  // Making the demo derives keys for its accounts and writes a few hundred records: allow for it.
  test.slow();
  await demoAs(app, 'regisseur');
  const core = await call<MentorDashboard>(app.core, 'mentoring:dashboard', { year: YEAR });
  await app.open('/');
  const { page } = app;
  const nav = page.getByRole('navigation', NAV);
  // Mentorproject comes right after Evaluaties.
  await expect(nav.getByRole('link')).toHaveText([
    'Mijn werk',
    'Casussen',
    'Overleggen',
    'Acties opvolgen',
    'Convenant',
    'Cijfers',
    'Evaluaties',
    'Mentorproject',
    'Gemeentelijke experts',
  ]);
  await nav.getByRole('link', { name: 'Mentorproject' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentorproject ONE-on-ONE' })).toBeFocused();
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het mentorproject' });
  await expect(tabs.getByRole('tab')).toHaveText(['Dashboard', 'Mentoren', 'Trajecten', 'Trainingen', 'Activiteiten']);
  await expect(tabs.getByRole('tab', { name: 'Dashboard' })).toHaveAttribute('aria-selected', 'true');

  // The demo's figures for this year: 9 of the target of 10 mentees, 5 active trajectories and 6
  // mentors available, the same as core counts.
  await expect(page.getByRole('status').filter({ hasText: 'Getoond' })).toHaveText(
    `Getoond: ${YEAR}, stand op ${formatDate(app.clock.now())}.`,
  );
  expect([core.mentees.guided, core.target, core.trajectories.active, core.mentors.available]).toEqual([9, 10, 5, 6]);
  const mentees = page.getByRole('region', { name: `Mentees begeleid in ${YEAR}` });
  await expect(mentees).toContainText('9 van 10');
  await expect(mentees).toContainText('90% van het doel van 10 mentees per jaar.');
  await expect(mentees.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '90');
  await expect(keyFigure(app, 'Actieve trajecten')).toContainText('Actieve trajecten5');
  await expect(keyFigure(app, 'Mentoren inzetbaar')).toContainText('Mentoren inzetbaar6');
  await expect(keyFigure(app, 'Mentoren inzetbaar')).toContainText(
    `In opleiding: ${core.mentors.inTraining}, niet beschikbaar: ${core.mentors.notAvailable}.`,
  );
  await expect(keyFigure(app, 'Trainingen gehouden')).toContainText(`Trainingen gehouden${core.trainings.sessions}`);
  await expect(keyFigure(app, 'Activiteiten')).toContainText(`Activiteiten${core.activities.count}`);
  await expect(keyFigure(app, 'Bereik')).toContainText(`Bereik${core.activities.reach}`);
  await expect(keyFigure(app, 'Mentoren opgeleid')).toContainText(`Mentoren opgeleid${core.mentors.trained}`);
  // The chart of the activities with its table.
  const chartName = `Activiteiten en bereik per soort in ${YEAR}`;
  await expect(page.getByRole('img', { name: chartName })).toBeVisible();
  await page.getByRole('region', { name: chartName }).getByRole('button', { name: 'Toon als tabel' }).click();
  const table = page.getByRole('table', { name: `Tabel: ${chartName}` });
  await expect(table.locator('thead')).toHaveText('Soort activiteitActiviteitenBereikSignalen');
  await expect(table.locator('tfoot')).toHaveText(
    `Totaal${core.activities.count}${core.activities.reach}${core.activities.signals}`,
  );
  const voorlichting = core.activities.perType.voorlichting;
  await expect(table.getByRole('row', { name: /^Voorlichting/ })).toHaveText(
    `Voorlichting${voorlichting.count}${voorlichting.reach}${voorlichting.signals}`,
  );
  await app.expectAccessible('mentorproject dashboard');
  await app.screenshot('dashboard');

  // A past year: read on 31 December.
  await field(page, 'Jaar').selectOption(String(YEAR - 1));
  await expect(page.getByRole('status').filter({ hasText: 'Getoond' })).toHaveText(
    `Getoond: ${YEAR - 1}, stand op 31-12-${YEAR - 1}.`,
  );
  const past = await call<MentorDashboard>(app.core, 'mentoring:dashboard', { year: YEAR - 1 });
  await expect(page.getByRole('region', { name: `Mentees begeleid in ${YEAR - 1}` })).toContainText(
    `${past.mentees.guided} van 10`,
  );

  // The tabs by keyboard: arrow to Mentoren, Enter; the address names the tab, focus stays on it.
  await tabs.getByRole('tab', { name: 'Dashboard' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Mentoren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tabs.getByRole('tab', { name: 'Mentoren' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: 'Mentoren' })).toBeFocused();
  expect(page.url()).toContain('tab=mentoren');
  const list = page.getByRole('table', { name: 'Mentoren' });
  await expect(list.locator('tbody tr')).toHaveCount(8);
  await expect(page.getByRole('status').filter({ hasText: 'mentoren.' })).toHaveText('8 mentoren.');
  // Filter on status and region.
  await field(page, 'Status').selectOption({ label: 'Inzetbaar' });
  await expect(list.locator('tbody tr')).toHaveCount(6);
  await field(page, 'ZVH-regio').selectOption({ label: 'ZVH Noord (voorbeeld)' });
  const noord = await call<MentorSummary[]>(app.core, 'mentoring:mentors', { status: 'inzetbaar', regionId: 1 });
  await expect(list.locator('tbody tr')).toHaveCount(noord.length);
  await expect(list.locator('tbody tr').first()).toContainText('ZVH Noord (voorbeeld)');
  await field(page, 'Status').selectOption({ label: 'Alle statussen' });
  await field(page, 'ZVH-regio').selectOption({ label: "Alle regio's" });
  await app.expectAccessible('mentorproject mentoren');
  await app.screenshot('mentoren');

  // A new mentorconsultant, to support the new mentor.
  const consultants = page.getByRole('region', { name: 'Mentorconsultants' });
  const newConsultant = consultants.getByRole('form', { name: 'Mentorconsultant toevoegen' });
  await newConsultant.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(field(newConsultant, 'Naam')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await field(newConsultant, 'Naam').fill('Lotte Lindeman (fictief)');
  await field(newConsultant, 'Organisatie').fill('Jeugdzorg Noord (fictief)');
  await newConsultant.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(consultants.getByRole('row', { name: /Lotte Lindeman/ })).toContainText(
    'Lotte Lindeman (fictief)Jeugdzorg Noord (fictief)Actief',
  );

  // A new mentor: the form says what is missing, then the mentor starts in opleiding.
  await page.getByRole('button', { name: 'Nieuwe mentor' }).click();
  const form = page.getByRole('dialog', { name: 'Nieuwe mentor' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(field(form, 'Naam')).toBeFocused();
  await expect(field(form, 'Naam')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(form, 'ZVH-regio')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await field(form, 'Naam').fill('Iris Vos (fictief)');
  await field(form, 'Contactgegevens').fill('iris.vos@voorbeeld.test (fictief)');
  await field(form, 'ZVH-regio').selectOption({ label: 'ZVH Noord (voorbeeld)' });
  await field(form, 'Capaciteit').fill('2');
  await field(form, 'Mentorconsultant').selectOption({ label: 'Lotte Lindeman (fictief) — Jeugdzorg Noord (fictief)' });
  await field(form, 'In opleiding sinds').fill(`01-09-${YEAR}`);
  // Locked before saving (Ctrl+L): after the unlock the dialog is open again with what was typed.
  await lockAndUnlock(page, DEMO_PASSWORD);
  await expect(field(form, 'Naam')).toHaveValue('Iris Vos (fictief)');
  await expect(field(form, 'In opleiding sinds')).toHaveValue(`01-09-${YEAR}`);
  await app.expectAccessible('nieuwe mentor');
  await app.screenshot('nieuwe-mentor');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);
  const profile = page.getByRole('region', { name: 'Iris Vos (fictief)' });
  await expect(profile).toContainText('StatusIn opleiding');
  await expect(profile).toContainText('Trajecten / capaciteit0 van 2');
  await expect(profile).toContainText('MentorconsultantLotte Lindeman (fictief)');
  await expect(profile.getByText(/^Nog te volgen verplichte modules/)).toContainText(
    'Basistraining mentorschap, Radicalisering en ideologie herkennen, Motiverende gespreksvoering, Veiligheid, grenzen en melden',
  );
  // Inzetbaar by hand is refused while modules are missing: the rule, in Dutch, next to the field.
  await field(profile, 'Nieuwe status').selectOption({ label: 'Inzetbaar' });
  await profile.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(field(profile, 'Nieuwe status')).toHaveAccessibleDescription(
    'Deze mentor heeft nog niet alle verplichte modules gevolgd en kan daarom niet inzetbaar worden.',
  );
  await expect(field(profile, 'Nieuwe status')).toBeFocused();
  await app.expectAccessible('mentor profiel');
  await app.screenshot('mentor-profiel');
  const iris = (await call<MentorSummary[]>(app.core, 'mentoring:mentors', {})).find(
    (m) => m.naam === 'Iris Vos (fictief)',
  )!;
  expect(iris.status).toBe('in_opleiding');

  // Three of the four required modules were followed earlier (recorded through core).
  for (const [datum, module] of [
    [`${YEAR}-09-10`, 'basistraining'],
    [`${YEAR}-09-24`, 'radicalisering'],
    [`${YEAR}-10-08`, 'gespreksvoering'],
  ] as const) {
    await call(app.core, 'mentoring:save-training', {
      datum,
      soort: 'training',
      module,
      trainer: 'Trainer (fictief)',
      attendees: [iris.id],
    });
  }

  // The fourth through the screen: Iris becomes inzetbaar.
  await tabs.getByRole('tab', { name: 'Trainingen' }).click();
  expect(page.url()).toContain('tab=trainingen');
  const training = page.getByRole('form', { name: 'Training of intervisie vastleggen' });
  await expect(page.getByText(/^Verplichte modules: Basistraining mentorschap/)).toBeVisible();
  await training.getByRole('button', { name: 'Sessie opslaan' }).click();
  await expect(field(training, 'Datum')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(training, 'Module')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await field(training, 'Datum').fill(`05-11-${YEAR}`);
  await field(training, 'Module').selectOption({ label: 'Veiligheid, grenzen en melden (verplicht)' });
  await field(training, 'Trainer').fill('Trainer (fictief)');
  await training.getByRole('checkbox', { name: 'Iris Vos (fictief) (In opleiding)' }).check();
  await training.getByRole('checkbox', { name: 'Gijs Bos (fictief) (In opleiding)' }).check();
  await lockAndUnlock(page, DEMO_PASSWORD);
  await expect(field(training, 'Trainer')).toHaveValue('Trainer (fictief)');
  await expect(training.getByRole('checkbox', { name: 'Gijs Bos (fictief) (In opleiding)' })).toBeChecked();
  await app.expectAccessible('training vastleggen');
  await training.getByRole('button', { name: 'Sessie opslaan' }).click();
  await expect(
    page.getByText('Iris Vos (fictief) heeft alle verplichte modules gevolgd en is nu inzetbaar.'),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'opgeslagen' })).toContainText(
    `De sessie van 05-11-${YEAR} is opgeslagen. Iris Vos (fictief) is nu inzetbaar.`,
  );
  const sessions = page.getByRole('table', { name: `Sessies in ${YEAR}` });
  await expect(sessions.getByRole('row', { name: new RegExp(`^05-11-${YEAR}`) })).toContainText(
    'TrainingVeiligheid, grenzen en meldenTrainer (fictief)Gijs Bos (fictief), Iris Vos (fictief)',
  );
  await app.expectAccessible('training opgeslagen');
  await app.screenshot('training-inzetbaar');

  // The profile shows the automatic change and the whole training history.
  await tabs.getByRole('tab', { name: 'Mentoren' }).click();
  await field(page, 'Status').selectOption({ label: 'Inzetbaar' });
  await expect(list.locator('tbody tr')).toHaveCount(7);
  await list.getByRole('button', { name: 'Iris Vos (fictief)' }).click();
  await expect(profile).toContainText('StatusInzetbaar');
  await expect(profile).toContainText('Alle verplichte modules zijn gevolgd.');
  const history = profile.getByRole('table', { name: 'Statusgeschiedenis' });
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').last()).toContainText(
    'In opleiding → InzetbaarAutomatisch: alle verplichte modules gevolgd.',
  );
  await expect(
    profile.getByRole('table', { name: 'Gevolgde trainingen en intervisie' }).locator('tbody tr'),
  ).toHaveCount(4);
  // A status by hand, now allowed: niet beschikbaar.
  await field(profile, 'Nieuwe status').selectOption({ label: 'Niet beschikbaar' });
  await field(profile, 'Toelichting').fill('Op vakantie (fictief)');
  // Locked before changing it: the tab opens this profile again (its filter back to all), the
  // status form as typed.
  await lockAndUnlock(page, DEMO_PASSWORD);
  await expect(field(profile, 'Nieuwe status')).toHaveValue('niet_beschikbaar');
  await expect(field(profile, 'Toelichting')).toHaveValue('Op vakantie (fictief)');
  await profile.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'heeft nu de status' })).toHaveText(
    'Iris Vos (fictief) heeft nu de status Niet beschikbaar.',
  );
  await expect(history.locator('tbody tr')).toHaveCount(3);
  await app.expectAccessible('mentor niet beschikbaar');

  // A network activity.
  await tabs.getByRole('tab', { name: 'Activiteiten' }).click();
  const activity = page.getByRole('form', { name: 'Activiteit vastleggen' });
  await activity.getByRole('button', { name: 'Activiteit opslaan' }).click();
  await expect(field(activity, 'Datum')).toBeFocused();
  await expect(field(activity, 'Titel')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(activity, 'Aantal bereikt')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await field(activity, 'Datum').fill(`12-11-${YEAR}`);
  await field(activity, 'Soort activiteit').selectOption({ label: 'Training voor professionals' });
  await field(activity, 'Titel').fill('Training signaleren voor leerplichtambtenaren (fictief)');
  await field(activity, 'Doelgroep').fill('Leerplichtambtenaren');
  await field(activity, 'ZVH-regio').selectOption({ label: 'ZVH Noord (voorbeeld)' });
  await field(activity, 'Aantal bereikt').fill('1250');
  await field(activity, 'Signalen ontvangen').fill('2');
  await app.expectAccessible('activiteit vastleggen');
  await activity.getByRole('button', { name: 'Activiteit opslaan' }).click();
  const activities = page.getByRole('table', { name: `Activiteiten in ${YEAR}` });
  await expect(activities.getByRole('row', { name: /leerplichtambtenaren/ })).toHaveText(
    `12-11-${YEAR}Training voor professionalsTraining signaleren voor leerplichtambtenaren (fictief)LeerplichtambtenarenZVH Noord (voorbeeld)1.2502Wijzigen`,
  );
  // Changing it: the same form, filled in.
  await activities
    .getByRole('button', { name: 'Training signaleren voor leerplichtambtenaren (fictief) wijzigen' })
    .click();
  const change = page.getByRole('form', { name: 'Training signaleren voor leerplichtambtenaren (fictief) wijzigen' });
  await expect(field(change, 'Aantal bereikt')).toHaveValue('1250');
  await field(change, 'Aantal bereikt').fill('1300');
  // Locked while changing it: after the unlock the tab opens that activity's form again, once its list is in.
  await lockAndUnlock(page, DEMO_PASSWORD);
  await expect(field(change, 'Aantal bereikt')).toHaveValue('1300');
  await app.screenshot('activiteit-wijzigen-na-ontgrendelen');
  await change.getByRole('button', { name: 'Activiteit opslaan' }).click();
  await expect(activities.getByRole('row', { name: /leerplichtambtenaren/ })).toContainText('1.3002Wijzigen');
  await expect(page.getByRole('form', { name: 'Activiteit vastleggen' })).toBeVisible();
  await app.expectAccessible('activiteiten');
  await app.screenshot('activiteiten');

  // The dashboard counts it all: one more trained mentor, the activity and its reach.
  await tabs.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(keyFigure(app, 'Mentoren opgeleid')).toContainText(`Mentoren opgeleid${core.mentors.trained + 1}`);
  await expect(keyFigure(app, 'Activiteiten')).toContainText(`Activiteiten${core.activities.count + 1}`);
  await expect(keyFigure(app, 'Bereik')).toContainText(
    `Bereik${(core.activities.reach + 1300).toLocaleString('nl-NL')}`,
  );
});

test('mentorproject: geanonimiseerde dataset met reden, doel door beheerder, evaluator ziet het dashboard', async ({
  app,
}) => {
  test.slow();
  await demoAs(app, 'evaluator');
  await app.open('/mentorproject');
  const { page } = app;
  // An evaluator reads the dashboard and delivers the dataset; the mentors are not for this role.
  await expect(page.getByRole('heading', { level: 1, name: 'Mentorproject ONE-on-ONE' })).toBeVisible();
  await expect(page.getByRole('tab')).toHaveText(['Dashboard']);
  await expect(page.getByRole('region', { name: `Mentees begeleid in ${YEAR}` })).toContainText('9 van 10');
  await app.open('/mentorproject?tab=mentoren');
  await expect(page.getByRole('tab', { name: 'Dashboard' })).toHaveAttribute('aria-selected', 'true');
  await app.expectAccessible('mentorproject evaluator');

  await page.getByRole('button', { name: 'Dataset voor evaluatie…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Geanonimiseerde dataset exporteren' });
  await expect(field(dialog, 'Van jaar')).toHaveValue(String(YEAR - 1));
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(field(dialog, 'Reden')).toHaveAccessibleDescription('Geef een reden (minstens 3 tekens).');
  await expect(field(dialog, 'Reden')).toBeFocused();
  // A period that ends before it starts is pointed out as well.
  await field(dialog, 'Van jaar').selectOption(String(YEAR));
  await field(dialog, 'Tot en met jaar').selectOption(String(YEAR - 1));
  await field(dialog, 'Reden').fill('Externe evaluatie mentorproject');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(field(dialog, 'Tot en met jaar')).toHaveAccessibleDescription('Het eindjaar ligt voor het beginjaar.');
  await expect(app.dialogs.saved).toHaveLength(0);
  await field(dialog, 'Van jaar').selectOption(String(YEAR - 1));
  await field(dialog, 'Tot en met jaar').selectOption(String(YEAR));
  // The message goes as soon as the period is right again.
  await expect(field(dialog, 'Tot en met jaar')).toHaveAccessibleDescription('');
  await expect(dialog.getByRole('radio', { name: 'CSV (puntkomma-gescheiden)' })).toBeChecked();
  await app.expectAccessible('dataset exporteren');
  await app.screenshot('dataset-exporteren');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  const base = `cter-mentortrajecten-${YEAR - 1}-${YEAR}`;
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
    `Opgeslagen als ${base}.csv, met codeboek ${base}-codeboek.csv.`,
  );
  expect(app.dialogs.saved.map((file) => file.name)).toEqual([`${base}.csv`, `${base}-codeboek.csv`]);
  const data = readFileSync(app.dialogs.saved[0]!.path, 'utf8').trim().split(/\r?\n/);
  const codebook = readFileSync(app.dialogs.saved[1]!.path, 'utf8');
  // One row per trajectory of the period, without names: no "(fictief)" leaves the workstation.
  const columns = data[0]!.replace(/^\uFEFF/, '').split(';');
  expect(columns[0]).toBe('traject');
  expect(data.length - 1).toBeGreaterThanOrEqual(10);
  expect(data.join('\n')).not.toContain('fictief');
  for (const column of columns) expect(codebook).toContain(column);
  expect(codebook).toContain('Variabele');
  // Disclosure control (k = 5) over region, source, age band and months; the codebook says what it did.
  expect(codebook).toContain('komt in dit bestand in minstens 5 trajecten voor');

  // Excel: data and codebook in one workbook; the reason is asked again.
  await page.getByRole('button', { name: 'Dataset voor evaluatie…' }).click();
  await dialog.getByRole('radio', { name: 'Excel-werkmap' }).check();
  await field(dialog, 'Reden').fill('Externe evaluatie mentorproject');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(`Opgeslagen als ${base}.xlsx.`);
  const xlsx = app.dialogs.saved.find((file) => file.kind === 'xlsx')!;
  expect(readFileSync(xlsx.path).subarray(0, 2).toString()).toBe('PK');

  // The beheerder sets the target on Beleid; both exports are in the audit log with their reason.
  await loginAs(app, 'beheer');
  const audit = await call<{ entries: { action: string; reason: string | null }[] }>(app.core, 'audit:query', {
    filter: { kind: 'export' },
  });
  expect(audit.entries.map((e) => [e.action, e.reason])).toEqual([
    ['mentoring:export', 'Externe evaluatie mentorproject'],
    ['mentoring:export', 'Externe evaluatie mentorproject'],
  ]);
  await app.open('/beheer/beleid');
  // The beheerder has no Mentorproject in the navigation: the project's figures are not theirs.
  await expect(page.getByRole('navigation', NAV).getByRole('link', { name: 'Mentorproject' })).toHaveCount(0);
  const target = page.getByRole('region', { name: 'Mentorproject: doel per jaar' });
  await expect(field(target, 'Mentees per jaar')).toHaveValue('10');
  await field(target, 'Mentees per jaar').fill('');
  await target.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(field(target, 'Mentees per jaar')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await field(target, 'Mentees per jaar').fill('12');
  await target.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het doel' })).toHaveText(
    'Het doel is nu 12 mentees per jaar.',
  );
  // Confirmed beside its button, over nothing of the page (as the policy form above it).
  await expectCoversNothing(page.getByRole('status').filter({ hasText: 'Het doel' }));
  await app.expectAccessible('beleid mentordoel');
  await app.screenshot('beleid-mentordoel');

  // The evaluator's dashboard measures against the new target: 9 of 12 is 75%.
  await loginAs(app, 'evaluator');
  await app.open('/mentorproject');
  const mentees = page.getByRole('region', { name: `Mentees begeleid in ${YEAR}` });
  await expect(mentees).toContainText('9 van 12');
  await expect(mentees).toContainText('75% van het doel van 12 mentees per jaar.');
});
