/// <reference lib="dom" />
// Mentortrajecten: a partner's aanmelding opened, matched to a suggested mentor, started, with
// goals, a contact moment (typed with the keyboard only), an evaluation whose mentee questionnaire
// is filled in on the spot, mentorconsultant support, the end and the timeline; and a trajectory
// opened from a plan van aanpak intervention on the casus dossier.
import type { RoundView } from '../../src-shared/ipc/evaluations';
import type { TrajectoryView } from '../../src-shared/ipc/trajectories';
import { expect, test } from './harness/fixtures';
import {
  addAccountDirectly,
  day,
  dispatch,
  lockAndUnlock,
  logInInCore,
  NOORD,
  openAsRegisseur,
  REGISSEUR,
} from './harness/casework';
import { field, pickOption } from './harness/locators';
import { atBothSizes, resizeWindow } from './harness/sizes';
import { caseWithMentortraject, mentorProject } from './harness/mentoring-data';

const YEAR = day(0).slice(0, 4);
const today = () => day(0).split('-').reverse().join('-');

test('een aanmelding van een partner: matchen, starten, doelen, contact, evaluatie, ondersteuning, einde', async ({
  app,
}) => {
  test.slow();
  await openAsRegisseur(app);
  const { round } = await mentorProject(app);
  await app.open('/mentorproject/trajecten');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Mentortrajecten' })).toBeFocused();
  await expect(page.getByText('Er zijn nog geen mentortrajecten.')).toBeVisible();
  await app.expectAccessible('trajecten leeg');

  // The aanmelding: what is missing is said next to the field, and nothing is opened.
  await page.getByRole('button', { name: 'Aanmelding registreren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Aanmelding voor een mentortraject' });
  await field(dialog, 'Datum van aanmelding').fill('');
  await dialog.getByRole('button', { name: 'Traject openen' }).click();
  await expect(field(dialog, 'Aangemeld door (partner)')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(dialog, 'ZVH-regio')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(dialog, 'Datum van aanmelding')).toHaveAccessibleDescription('Vul een datum in als dd-mm-jjjj.');
  await app.expectAccessible('aanmelding met fouten');
  await app.screenshot('mentortraject-aanmelding-fouten');
  await field(dialog, 'Aangemeld door (partner)').click();
  await pickOption(page, 'Onderwijs');
  await field(dialog, 'ZVH-regio').click();
  await pickOption(page, 'ZVH Noord (voorbeeld)');
  await field(dialog, 'Gemeente').click();
  await pickOption(page, 'Beekwolde');
  await field(dialog, 'Datum van aanmelding').fill(today());
  await field(dialog, 'Roepnaam van de mentee').fill('Noa (fictief)');
  await field(dialog, 'Geboortejaar').fill('2011');
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  // Locked before it is opened (Ctrl+L): after the unlock the dialog is open again with it.
  await lockAndUnlock(page);
  await expect(field(dialog, 'Roepnaam van de mentee')).toHaveValue('Noa (fictief)');
  await expect(field(dialog, 'Gemeente')).toHaveText('Beekwolde');
  await expect(field(dialog, 'Geboortejaar')).toHaveValue('2011');
  await app.expectAccessible('aanmelding ingevuld');
  await app.screenshot('mentortraject-aanmelding-na-ontgrendelen');
  await dialog.getByRole('button', { name: 'Traject openen' }).click();

  const code = `MT-${YEAR}-001`;
  await expect(page.getByRole('heading', { level: 1, name: `Mentortraject ${code}` })).toBeFocused();
  await expect(page.getByText('Status: Aangemeld')).toBeVisible();
  const facts = page.getByRole('region', { name: 'Gegevens' });
  await expect(facts).toContainText('Aanmelding door Onderwijs');
  await expect(facts).toContainText('Beekwolde');
  await expect(facts).toContainText('Noa (fictief)');

  // Matching: inzetbare mentors with a place left, own region first, then the most places left.
  // Cas is still in training and is not suggested.
  const suggestions = page.getByRole('table', { name: 'Voorgestelde mentoren' });
  await expect(suggestions.locator('tbody tr')).toHaveText([
    /^Anna de Wit \(fictief\)ZVH Noord \(voorbeeld\)2 van 2 vrijZelfde ZVH-regio · 2 plekken vrij/,
    /^Dewi Hoekstra \(fictief\)ZVH Noord \(voorbeeld\)1 van 1 vrijZelfde ZVH-regio · 1 plek vrij/,
    /^Bram Koster \(fictief\)ZVH Midden \(voorbeeld\)3 van 3 vrijAndere ZVH-regio · 3 plekken vrij/,
  ]);
  await app.expectAccessible('trajectpagina matching');
  await app.screenshot('mentortraject-matching');
  await suggestions.getByRole('button', { name: 'Anna de Wit (fictief) koppelen' }).click();
  const assign = page.getByRole('dialog', { name: 'Anna de Wit (fictief) koppelen' });
  await expect(field(assign, 'Datum van de match')).toBeFocused();
  const waarom = 'Sport graag, net als Noa (fictief).';
  await field(assign, 'Toelichting').fill(waarom);
  await lockAndUnlock(page);
  await expect(field(assign, 'Toelichting')).toHaveValue(waarom);
  await app.screenshot('mentortraject-koppelen-na-ontgrendelen');
  await assign.getByRole('button', { name: 'Koppelen' }).click();
  await expect(page.getByText('Status: Gematcht')).toBeVisible();
  await expect(page.getByText('Mentor: Anna de Wit (fictief)').first()).toBeVisible();
  await expect(suggestions).toHaveCount(0);

  // Start.
  await page.getByRole('button', { name: 'Traject starten' }).click();
  await page.getByRole('dialog', { name: 'Traject starten' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Status: Lopend')).toBeVisible();
  // Pause and resume; then another mentor (the current one is no longer suggested).
  await page.getByRole('button', { name: 'Traject pauzeren' }).click();
  await page.getByRole('dialog', { name: 'Traject pauzeren' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Status: Gepauzeerd')).toBeVisible();
  await page.getByRole('button', { name: 'Traject hervatten' }).click();
  await page.getByRole('dialog', { name: 'Traject hervatten' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Status: Lopend')).toBeVisible();
  await page.getByRole('button', { name: 'Andere mentor kiezen' }).click();
  await expect(suggestions.locator('tbody tr')).toHaveText([/^Dewi Hoekstra/, /^Bram Koster/]);
  await suggestions.getByRole('button', { name: 'Dewi Hoekstra (fictief) koppelen' }).click();
  await page
    .getByRole('dialog', { name: 'Dewi Hoekstra (fictief) koppelen' })
    .getByRole('button', { name: 'Koppelen' })
    .click();
  await expect(page.getByText('Mentor: Dewi Hoekstra (fictief)').first()).toBeVisible();
  await expect(page.getByText('Status: Lopend')).toBeVisible();

  // Goals: an empty goal is refused next to the field; then two goals, one reached. A goal added
  // takes the focus (it stayed on the button: the new field had to be found with Tab), and one
  // removed with the keyboard hands it to the goal before it (it fell to the page's top).
  const goals = page.getByRole('region', { name: 'Doelen' });
  const addGoal = goals.getByRole('button', { name: 'Doel toevoegen' });
  await addGoal.click();
  await expect(field(goals, 'Doel 1')).toBeFocused();
  await goals.getByRole('button', { name: 'Doelen opslaan' }).click();
  await expect(field(goals, 'Doel 1')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(goals, 'Doel 1')).toBeFocused();
  await page.keyboard.type('Weer elke dag naar school (fictief)');
  for (const goal of ['Doel 2', 'Doel 3']) {
    await addGoal.focus();
    await page.keyboard.press('Enter');
    await expect(field(goals, goal)).toBeFocused();
  }
  await goals.getByRole('button', { name: 'Doel 3 verwijderen' }).focus();
  await page.keyboard.press('Enter');
  await expect(field(goals, 'Doel 3')).toHaveCount(0);
  await expect(field(goals, 'Doel 2')).toBeFocused();
  await page.keyboard.type('Een sportclub vinden (fictief)');
  await goals.getByRole('checkbox', { name: 'Doel 2 behaald' }).check();
  await goals.getByRole('button', { name: 'Doelen opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De doelen zijn opgeslagen.' })).toBeVisible();

  // A contact moment, with the keyboard only: the dialog opens on the date, Tab moves on.
  const contact = page.getByRole('region', { name: /^Contactmomenten/ });
  await contact.getByRole('button', { name: 'Contactmoment vastleggen' }).focus();
  await page.keyboard.press('Enter');
  const contactDialog = page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
  await expect(field(contactDialog, 'Datum')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(field(contactDialog, 'Duur in minuten')).toBeFocused();
  await page.keyboard.type('9O');
  await page.keyboard.press('Enter');
  await expect(field(contactDialog, 'Duur in minuten')).toHaveAccessibleDescription('Vul een heel getal in.');
  await expect(field(contactDialog, 'Duur in minuten')).toBeFocused();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(field(contactDialog, 'Korte notitie')).toBeFocused();
  await page.keyboard.type('Gevoelige notitie Kiwi over thuis (fictief).');
  await app.expectAccessible('contactmoment');
  await app.screenshot('mentortraject-contactmoment');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(contactDialog.getByRole('button', { name: 'Vastleggen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(contactDialog).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Contactmomenten (1)' }).getByRole('table').locator('tbody tr'),
  ).toHaveText([`${today()}1 u 30 minOntmoetingGevoelige notitie Kiwi over thuis (fictief).${REGISSEUR.displayName}`]);

  // Mentorconsultant support.
  await page.getByRole('button', { name: 'Ondersteuning vastleggen' }).click();
  const support = page.getByRole('dialog', { name: 'Ondersteuning vastleggen' });
  await support.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(field(support, 'Mentorconsultant')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await field(support, 'Mentorconsultant').click();
  await pickOption(page, 'Carla Consultant (fictief) (Stichting Mentorwerk (fictief))');
  await field(support, 'Notitie').fill('Intervisiegesprek met Anna (fictief).');
  await support.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByRole('region', { name: 'Ondersteuning door mentorconsultant (1)' })).toContainText(
    'Carla Consultant (fictief)',
  );

  // An evaluation with the mentee, the questionnaire of the evaluation feature filled in here.
  await page.getByRole('button', { name: 'Evaluatiemoment vastleggen' }).click();
  const evaluation = page.getByRole('dialog', { name: 'Evaluatiemoment vastleggen' });
  await evaluation.getByRole('radio', { name: 'Mentee' }).check();
  await field(evaluation, 'Evaluatieronde').click();
  await pickOption(page, 'Mentees dit jaar (fictief) (Open)');
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await evaluation.getByRole('checkbox', { name: 'Vragenlijst nu invullen' }).check();
  const luisteren = evaluation.getByRole('group', { name: /Mijn mentor luistert echt naar mij/ });
  await expect(luisteren).toBeVisible();
  await evaluation.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(luisteren).toContainText('Dit veld is verplicht.');
  await luisteren.getByRole('radio', { name: '4 — Klopt', exact: true }).check();
  await evaluation
    .getByRole('group', { name: /Ik vertrouw mijn mentor/ })
    .getByRole('radio', { name: '5 — Klopt helemaal' })
    .check();
  await evaluation
    .getByRole('group', { name: /Ik kan met mijn mentor praten/ })
    .getByRole('radio', { name: '4 — Klopt', exact: true })
    .check();
  await evaluation
    .getByRole('group', { name: /Zou je een mentor aanraden/ })
    .getByRole('radio', { name: 'Ja' })
    .check();
  await field(evaluation, 'Welk cijfer geef je je mentor?').fill('8');
  await field(evaluation, 'Notitie').fill('Halverwege-evaluatie (fictief).');
  await app.expectAccessible('evaluatie met vragenlijst');
  await app.screenshot('mentortraject-evaluatie');
  await evaluation.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(evaluation).toHaveCount(0);
  const evaluations = page.getByRole('region', { name: 'Evaluatiemomenten (1)' });
  await expect(evaluations.getByRole('link', { name: 'Mentees dit jaar (fictief)' })).toBeVisible();
  const filled = await dispatch<RoundView>(app, 'evaluations:round', { id: round.id });
  expect(filled.responses).toBe(1);

  // The end, with reason and outcome (both required).
  await page.getByRole('button', { name: 'Traject beëindigen…' }).click();
  const end = page.getByRole('dialog', { name: 'Traject beëindigen' });
  await end.getByRole('button', { name: 'Beëindigen' }).click();
  await expect(field(end, 'Reden van beëindiging')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(end, 'Uitkomst')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await field(end, 'Reden van beëindiging').click();
  await pickOption(page, 'Doelen bereikt');
  await field(end, 'Uitkomst').click();
  await pickOption(page, 'Positief', { exact: true });
  await field(end, 'Toelichting').fill('Afgesloten na een goed jaar (fictief).');
  await end.getByRole('button', { name: 'Beëindigen' }).click();
  await expect(page.getByText('Status: Afgerond')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Contactmoment vastleggen' })).toHaveCount(0);
  await expect(facts).toContainText('Doelen bereikt');
  await expect(page.getByRole('region', { name: 'Doelen' }).getByRole('listitem')).toHaveText([
    'Weer elke dag naar school (fictief)',
    'Een sportclub vinden (fictief) (behaald)',
  ]);

  // The timeline, oldest first, each step with who recorded it.
  const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
  await expect(timeline).toHaveText([
    `${today()}AangemeldVastgelegd door ${REGISSEUR.displayName}`,
    `${today()}Aangemeld → GematchtMentor: Anna de Wit (fictief)${waarom}Vastgelegd door ${REGISSEUR.displayName}`,
    `${today()}Gematcht → LopendVastgelegd door ${REGISSEUR.displayName}`,
    `${today()}Lopend → GepauzeerdVastgelegd door ${REGISSEUR.displayName}`,
    `${today()}Gepauzeerd → LopendVastgelegd door ${REGISSEUR.displayName}`,
    `${today()}Andere mentor: Dewi Hoekstra (fictief)Vastgelegd door ${REGISSEUR.displayName}`,
    `${today()}Lopend → AfgerondAfgesloten na een goed jaar (fictief).Vastgelegd door ${REGISSEUR.displayName}`,
  ]);
  await app.expectAccessible('traject afgerond');
  await app.screenshot('mentortraject-afgerond');

  // The list: filtered by status; the sensitive note and the mentee's name are not in it.
  await page.getByRole('link', { name: 'Naar de trajecten' }).click();
  const list = page.getByRole('table', { name: 'Mentortrajecten' });
  await expect(list.locator('tbody tr')).toHaveText([
    `${code}AfgerondAanmelding door een partnerZVH Noord (voorbeeld)Dewi Hoekstra (fictief)${today()}${today()}${today()}`,
  ]);
  await expect(page.getByText(/Kiwi/)).toHaveCount(0);
  await expect(page.getByText(/Noa/)).toHaveCount(0);
  await field(page, 'Status').click();
  await pickOption(page, 'Lopend');
  await expect(page.getByText('Er zijn geen mentortrajecten met deze status.')).toBeVisible();
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await app.expectAccessible('trajecten gefilterd');
  await app.screenshot('mentortrajecten-lijst');
  const view = await dispatch<TrajectoryView>(app, 'trajectories:get', { id: 1 });
  expect(view.doelen.map((d) => d.behaald)).toEqual([false, true]);
});

test('een mentortraject openen vanuit de interventie in het plan van aanpak', async ({ app }) => {
  await openAsRegisseur(app);
  await mentorProject(app);
  const { caseId, caseNumber } = await caseWithMentortraject(app);
  await app.open(`/casussen/${caseId}`);
  const { page } = app;
  await page.getByRole('tab', { name: 'Plan van aanpak (1)' }).click();
  await expect(page.getByRole('link', { name: /^Mentortraject MT-/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Mentortraject openen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mentortraject openen' });
  await expect(dialog).toContainText('ZVH-regio, gemeente en leeftijd komen uit de casus.');
  await app.expectAccessible('traject openen vanuit casus');
  await app.screenshot('mentortraject-vanuit-casus');
  await dialog.getByRole('button', { name: 'Traject openen' }).click();

  const code = `MT-${YEAR}-001`;
  await expect(page.getByRole('heading', { level: 1, name: `Mentortraject ${code}` })).toBeFocused();
  const facts = page.getByRole('region', { name: 'Gegevens' });
  await expect(facts).toContainText('Sam');
  await expect(facts).toContainText('ZVH Noord (voorbeeld)');
  // Back to the casus through its link: the intervention now links to the trajectory.
  await facts.getByRole('link', { name: `Interventie uit casus ${caseNumber}` }).click();
  await page.getByRole('tab', { name: 'Plan van aanpak (1)' }).click();
  await expect(page.getByRole('link', { name: `Mentortraject ${code} (Aangemeld)` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mentortraject openen' })).toHaveCount(0);
  await app.expectAccessible('plan van aanpak met traject');
  await app.screenshot('plan-van-aanpak-mentortraject');
  await page.getByRole('link', { name: `Mentortraject ${code} (Aangemeld)` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Mentortraject ${code}` })).toBeVisible();
});

test('wie niet in het mentorproject werkt, ziet op het dossier geen traject en de trajecten niet', async ({ app }) => {
  await openAsRegisseur(app);
  await mentorProject(app);
  const { caseId, actionId } = await caseWithMentortraject(app);
  await dispatch(app, 'trajectories:open', {
    bron: 'casus_interventie',
    caseActionId: actionId,
    aanmeldDatum: day(0),
  });
  const notulist = {
    username: 'nina',
    displayName: 'Nina Notulist (fictief)',
    password: 'Nina notuleert de casusoverleggen in Noord',
    roles: ['notulist' as const],
    regionIds: [NOORD],
  };
  await addAccountDirectly(app, notulist);
  await logInInCore(app, notulist);
  await app.open(`/casussen/${caseId}`);
  const { page } = app;
  await page.getByRole('tab', { name: 'Plan van aanpak (1)' }).click();
  await expect(page.getByRole('table', { name: 'Plan van aanpak' })).toContainText(
    'Interventie: Mentortraject ONE-on-ONE',
  );
  await expect(page.getByRole('link', { name: /^Mentortraject MT-/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mentortraject openen' })).toHaveCount(0);
  expect(app.calls.map((call) => call.channel)).not.toContain('trajectories:list');
  await app.open('/mentorproject/trajecten/1');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  expect(app.calls.map((call) => call.channel)).not.toContain('trajectories:get');
  await app.expectAccessible('geen toegang tot trajecten');
});

test('bij 1024 breed: codes en datums op één regel, terug boven de titel, beëindigen niet als eerste knop', async ({
  app,
}) => {
  await openAsRegisseur(app);
  const { anna } = await mentorProject(app);
  const opened: TrajectoryView[] = [];
  for (let i = 0; i < 3; i++) {
    opened.push(
      await dispatch<TrajectoryView>(app, 'trajectories:open', {
        bron: 'aanmelding_partner',
        aanmelderPartner: 'onderwijs',
        regionId: NOORD,
        aanmeldDatum: day(-20 + i),
        doelen: [{ id: 'd1', tekst: 'Weer naar school (fictief)', behaald: false }],
      }),
    );
  }
  const first = opened[0]!;
  await dispatch(app, 'trajectories:assign', { id: first.id, mentorId: anna.id, datum: day(-10) });
  await dispatch(app, 'trajectories:set-status', { id: first.id, to: 'lopend', datum: day(-9) });

  const { page } = app;
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.open('/mentorproject/trajecten');
  const table = page.getByRole('table', { name: 'Mentortrajecten' });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  // A code and a date each stay on one line (they broke at their hyphens: "MT-2026-/008").
  const lines = (text: string) =>
    table
      .getByText(text, { exact: true })
      .first()
      .evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
  expect(await lines(first.code)).toBe(1);
  expect(await lines(day(-20).split('-').reverse().join('-'))).toBe(1);
  await app.screenshot('mentortrajecten-1024');
  await atBothSizes(app, 'trajectenlijst', async () => expect(await lines(first.code)).toBe(1));
  await resizeWindow(page, { width: 1024, height: 768 });

  await table.getByRole('link', { name: first.code }).click();
  const heading = page.getByRole('heading', { level: 1, name: `Mentortraject ${first.code}` });
  await expect(heading).toBeFocused();
  // "Back" is the one link above the heading, as on every page one step down.
  const back = page.getByRole('link', { name: 'Naar de trajecten' });
  const [backBox, headingBox] = [(await back.boundingBox())!, (await heading.boundingBox())!];
  expect(backBox.y + backBox.height).toBeLessThanOrEqual(headingBox.y);
  expect(Math.abs(backBox.x - headingBox.x)).toBeLessThan(16);
  // The usual next step sits by the title; ending the trajectory has its own part, after the others.
  const steps = page.getByRole('group', { name: 'Status wijzigen' });
  await expect(steps.getByRole('button')).toHaveText(['Traject pauzeren']);
  const closing = page.getByRole('region', { name: 'Traject afsluiten' });
  await expect(closing.getByRole('button', { name: 'Traject beëindigen…' })).toBeVisible();
  const order = await page
    .getByRole('region')
    .evaluateAll((regions) => regions.map((region) => region.getAttribute('aria-labelledby')));
  expect(order.indexOf('afsluiten-kop')).toBeGreaterThan(order.indexOf('doelen-kop'));
  // A goal's box says what it means on screen, not only to a screen reader.
  const goals = page.getByRole('region', { name: 'Doelen' });
  await expect(goals.getByText('Behaald', { exact: true })).toBeVisible();
  await goals.getByText('Behaald', { exact: true }).click();
  await expect(goals.getByRole('checkbox', { name: 'Doel 1 behaald' })).toBeChecked();
  await app.expectAccessible('traject bij 1024');
  await app.screenshot('mentortraject-1024');
  await resizeWindow(page, { width: 1366, height: 900 });
  await app.screenshot('mentortraject-1366');

  await back.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentorproject ONE-on-ONE' })).toBeVisible();
});
