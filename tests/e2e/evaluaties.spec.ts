/// <reference lib="dom" />
// Evaluaties: the rounds of a questionnaire and the analysis of one round, with figures worked out
// by hand below from the paper responses the test enters through core.
import { lockAndUnlock } from './harness/casework';
import { expect, test } from './harness/fixtures';
import { asEvaluationRegisseur, roundWithResponses, smallTemplate } from './harness/evaluations-data';
import { setUp } from './harness/session';
import { pickOption } from './harness/locators';

// The round under test (najaar): seven responses.
//   goed (shown when bij = ja; six answers): 4 5 2 4 3 5 -> n 6, mean 23/6 = 3,83, median 4,00,
//     distribution 0/1/1/2/2, eens 4/6 = 66,7%, oneens 1/6 = 16,7%
//   tijd: 5 4 2 3 4 3 5 -> n 7, mean 26/7 = 3,71, median 4,00, distribution 0/1/2/2/2, eens 4/7 = 57,1%,
//     oneens 1/7 = 14,3%
//   dimension proces: respondent means 4,5 4,5 2 2,5 4 3 5 -> 25,5/7 = 3,64; eens 8/13 = 61,5%, oneens 2/13 = 15,4%
//   response: 7 of 10 + 5 + 2 = 17 invited -> 41,2%; gemeente 3/10 = 30%, politie 3/5 = 60%, om 1/2 = 50%
//   partners: om (1) is too small, so the smallest group shown (gemeente, 3) joins it: politie n 3,
//     score (2,5 + 4 + 3)/3 = 3,17; gemeente + om n 4, score (4,5 + 4,5 + 2 + 5)/4 = 4,00
// The previous round (voorjaar), politie only: goed 3 2 4 (mean 3), tijd 3 2 3 (mean 2,67), proces (3 + 2 + 3,5)/3 = 2,83
//   -> proces +0,81, goed +0,83, tijd +1,05, all "Hoger".
// The pilot round: two responses, one group of two: shown as "<3".
test('evaluaties: rondes, analyse, per partner en vergelijking met de vorige ronde', async ({ app }) => {
  test.slow();
  await setUp(app);
  const regisseur = await asEvaluationRegisseur(app);
  const template = await smallTemplate(app.core);
  const pilot = await roundWithResponses(
    app,
    template.id,
    { titel: 'Pilot (fictief)', from: '2026-01-01', to: '2026-01-31', invited: { om: null } },
    [
      { partner: 'om', bij: 'ja', goed: 3, tijd: 3 },
      { partner: 'om', bij: 'ja', goed: 3, tijd: 3 },
    ],
  );
  await roundWithResponses(
    app,
    template.id,
    { titel: 'Evaluatie voorjaar (fictief)', from: '2026-05-01', to: '2026-05-31', invited: { politie: 5 } },
    [
      { partner: 'politie', bij: 'ja', goed: 3, tijd: 3 },
      { partner: 'politie', bij: 'ja', goed: 2, tijd: 2 },
      { partner: 'politie', bij: 'ja', goed: 4, tijd: 3 },
    ],
  );
  const najaar = await roundWithResponses(
    app,
    template.id,
    {
      titel: 'Evaluatie najaar (fictief)',
      from: '2026-11-01',
      to: '2026-11-30',
      invited: { gemeente: 10, politie: 5, om: 2 },
    },
    [
      { partner: 'gemeente', bij: 'ja', goed: 4, tijd: 5 },
      { partner: 'gemeente', bij: 'ja', goed: 5, tijd: 4 },
      { partner: 'gemeente', bij: 'nee', tijd: 2 },
      { partner: 'politie', bij: 'ja', goed: 2, tijd: 3 },
      { partner: 'politie', bij: 'ja', goed: 4, tijd: 4, opmerking: 'Meer tijd voor de duiding (fictief).' },
      { partner: 'politie', bij: 'ja', goed: 3, tijd: 3 },
      { partner: 'om', bij: 'ja', goed: 5, tijd: 5, opmerking: 'Goede voorzitter (fictief).' },
    ],
  );

  await app.open('/');
  const { page } = app;
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Evaluaties' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluaties' })).toBeFocused();
  const rounds = page.getByRole('table', { name: 'Evaluatierondes' });
  await expect(rounds.locator('tbody tr')).toHaveCount(3);
  await expect(rounds.getByRole('row', { name: /Evaluatie najaar/ })).toHaveText(
    'Evaluatie najaar (fictief)Testvragenlijst (fictief) (versie 1)Alle huizen01-11-2026 t/m 30-11-2026Open7',
  );
  await app.expectAccessible('evaluaties');
  await app.screenshot('evaluaties-rondes');

  await rounds.getByRole('link', { name: 'Evaluatie najaar (fictief)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie najaar (fictief)' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'reacties' })).toHaveText(
    '7 reacties van 17 uitgenodigden: 41,2% respons.',
  );
  // Grouped as the figures per partner: the om's single response is not shown on its own (it was
  // "2 uitgenodigd, 1 reactie"); the smallest shown organisation joins it.
  const rate = page.getByRole('table', { name: 'Respons per partnerorganisatie' });
  await expect(rate.locator('tbody tr')).toHaveText([
    'Politie5360%',
    'Overige organisaties: Gemeente, Openbaar Ministerie12433,3%',
  ]);
  await expect(page.getByText(/^Hoe de respons is berekend:/)).toBeVisible();

  await expect(page.getByRole('img', { name: 'Staafdiagram: score per dimensie, van 1 tot 5' })).toBeVisible();
  const dimensions = page.getByRole('table', { name: 'Tabel: score per dimensie', exact: true });
  await expect(dimensions.getByRole('row', { name: 'Proces' })).toHaveText('Proces73,6461,5%15,4%');

  const questions = page.getByRole('table', { name: 'Tabel: uitkomsten per uitspraak' });
  await expect(questions.getByRole('row', { name: 'Het overleg verliep goed.' })).toHaveText(
    'Het overleg verliep goed.63,834,000 / 1 / 1 / 2 / 266,7%16,7%',
  );
  await expect(questions.getByRole('row', { name: 'Er was genoeg tijd.' })).toHaveText(
    'Er was genoeg tijd.73,714,000 / 1 / 2 / 2 / 257,1%14,3%',
  );

  const partners = page.getByRole('table', { name: 'Tabel: score per dimensie per partnerorganisatie' });
  // Largest group first, the merged group last.
  await expect(partners.locator('tbody tr')).toHaveText([
    'Politie33,17',
    'Overige organisaties: Gemeente, Openbaar Ministerie44,00',
  ]);

  const compared = page.getByRole('table', { name: 'Tabel: vergelijking per dimensie' });
  await expect(compared.getByRole('row', { name: 'Proces' })).toHaveText('Proces2,833,64+0,81Hoger');
  const items = page.getByRole('table', { name: 'Tabel: vergelijking per uitspraak' });
  await expect(items.getByRole('row', { name: 'Het overleg verliep goed.' })).toHaveText(
    'Het overleg verliep goed.3,003,83+0,83Hoger',
  );
  await expect(items.getByRole('row', { name: 'Er was genoeg tijd.' })).toHaveText(
    'Er was genoeg tijd.2,673,71+1,05Hoger',
  );

  const open = page.getByRole('list', { name: 'Opmerkingen' });
  // In alphabetical order: the order of entry could tell who wrote what.
  await expect(open.getByRole('listitem')).toHaveText([
    'Goede voorzitter (fictief).',
    'Meer tijd voor de duiding (fictief).',
  ]);
  await app.expectAccessible('evaluatieronde');
  await app.screenshot('evaluatieronde-analyse');
  expect(najaar.id).toBeGreaterThan(pilot.id);

  // The pilot: its only group has two respondents and is not shown; there is nothing to compare with.
  await app.open(`/evaluaties/${pilot.id}`);
  const pilotPartners = page.getByRole('table', { name: 'Tabel: score per dimensie per partnerorganisatie' });
  await expect(pilotPartners.locator('tbody tr')).toHaveText(['Overige organisaties: Openbaar Ministerie<3–']);
  await expect(page.getByText('Er is geen eerdere ronde van deze vragenlijst om mee te vergelijken.')).toBeVisible();
  await app.expectAccessible('evaluatieronde pilot');
  await app.screenshot('evaluatieronde-pilot');

  // Paper entry: one more form for the najaar round. Required questions and the condition work as
  // in core; the figures then count it: goed n 7, 8 of 17 invited (47,1%).
  await app.open(`/evaluaties/${najaar.id}`);
  await page.getByRole('link', { name: 'Papieren formulier invoeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Papieren formulier invoeren' })).toBeFocused();
  const form = page.getByRole('form', { name: 'Papieren formulier invoeren' });
  const bij = form.getByRole('radiogroup').first();
  const goed = form.getByRole('group', { name: /Het overleg verliep goed/ });
  await expect(goed).toHaveCount(0);
  await form.getByRole('button', { name: 'Formulier opslaan' }).click();
  await expect(form.getByRole('group', { name: /Was u erbij/ })).toContainText('Dit veld is verplicht.');
  await expect(bij.getByRole('radio', { name: 'Ja' })).toBeFocused();
  await bij.getByRole('radio', { name: 'Ja' }).check();
  await expect(form.getByRole('group', { name: /Was u erbij/ })).not.toContainText('Dit veld is verplicht.');
  // The condition: "goed" is asked only of those who were there, and is then required.
  await expect(goed).toBeVisible();
  await expect(goed).toContainText('Dit veld is verplicht.');
  await bij.getByRole('radio', { name: 'Nee' }).check();
  await expect(goed).toHaveCount(0);
  await bij.getByRole('radio', { name: 'Ja' }).check();
  await goed.getByRole('radio', { name: '5 — Helemaal eens' }).check();
  await form
    .getByRole('group', { name: /Er was genoeg tijd/ })
    .getByRole('radio', { name: '4 — Eens' })
    .check();
  await form.getByRole('combobox', { name: 'Partnerorganisatie van de respondent' }).click();
  await pickOption(page, 'Politie');
  // axe runs once the menu has gone from the page: while it fades out it is hidden from the
  // accessibility tree but still in the DOM, and its half-transparent options count as low contrast.
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await app.expectAccessible('papieren formulier');
  await app.screenshot('papieren-formulier');
  await form.getByRole('button', { name: 'Formulier opslaan' }).click();
  await expect(page.getByText('Het formulier is opgeslagen. U kunt het volgende invoeren.')).toBeVisible();
  await expect(bij.getByRole('radio', { name: 'Ja' })).not.toBeChecked();

  await page.getByRole('link', { name: 'Terug naar de ronde' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'reacties' })).toHaveText(
    '8 reacties van 17 uitgenodigden: 47,1% respons.',
  );
  await expect(
    page.getByRole('table', { name: 'Tabel: uitkomsten per uitspraak' }).getByRole('row', { name: /verliep goed/ }),
  ).toHaveText('Het overleg verliep goed.74,004,000 / 1 / 1 / 2 / 371,4%14,3%');

  // Aanbevelingen of the round: one past its deadline (te laat), one still open; a progress note
  // that closes the late one.
  const recommendations = page.getByRole('region', { name: 'Aanbevelingen', exact: true });
  const counts = recommendations.getByRole('status');
  await expect(counts).toHaveText('Open: 0 · te laat: 0 · afgerond: 0');
  const add = recommendations.getByRole('form', { name: 'Nieuwe aanbeveling' });
  await add.getByRole('button', { name: 'Aanbeveling toevoegen' }).click();
  await expect(add.getByRole('textbox', { name: 'Aanbeveling' })).toHaveAccessibleDescription('Dit veld is verplicht.');
  const late = 'Stuur de agenda een week vooraf rond (fictief).';
  await add.getByRole('textbox', { name: 'Aanbeveling' }).fill(late);
  await add.getByRole('textbox', { name: 'Eigenaar' }).fill('Ravi Regisseur (fictief)');
  await add.getByRole('textbox', { name: 'Deadline' }).fill('01-11-2026');
  await add.getByRole('button', { name: 'Aanbeveling toevoegen' }).click();
  await expect(counts).toHaveText('Open: 0 · te laat: 1 · afgerond: 0');
  await add.getByRole('textbox', { name: 'Aanbeveling' }).fill('Bespreek de duiding elk kwartaal na (fictief).');
  await add.getByRole('textbox', { name: 'Deadline' }).fill('31-12-2099');
  // Locked before adding it (Ctrl+L): after the unlock the round's page holds what was typed.
  await lockAndUnlock(page, regisseur.password);
  await expect(add.getByRole('textbox', { name: 'Aanbeveling' })).toHaveValue(
    'Bespreek de duiding elk kwartaal na (fictief).',
  );
  await expect(add.getByRole('textbox', { name: 'Deadline' })).toHaveValue('31-12-2099');
  await add.getByRole('button', { name: 'Aanbeveling toevoegen' }).click();
  await expect(counts).toHaveText('Open: 1 · te laat: 1 · afgerond: 0');
  const item = recommendations.getByRole('listitem', { name: late });
  await expect(item).toContainText('Te laat');
  const note = item.getByRole('form', { name: `Voortgang bij: ${late}` });
  await note.getByRole('textbox', { name: 'Voortgang' }).fill('De agenda gaat nu vooraf rond (fictief).');
  await note.getByRole('combobox', { name: 'Nieuwe status' }).click();
  await pickOption(page, 'Afgerond');
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await note.getByRole('button', { name: 'Voortgang vastleggen' }).click();
  await expect(counts).toHaveText('Open: 1 · te laat: 0 · afgerond: 1');
  await expect(item).toContainText('De agenda gaat nu vooraf rond (fictief). (Afgerond)');
  await app.expectAccessible('aanbevelingen');
  await app.screenshot('aanbevelingen-ronde');

  // The overview of all rounds.
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Evaluaties' }).click();
  await page.getByRole('link', { name: 'Alle aanbevelingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanbevelingen van alle rondes' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'te laat' })).toHaveText(
    'Open: 1 · te laat: 0 · afgerond: 1',
  );
  await expect(page.getByRole('listitem', { name: late })).toContainText('Evaluatie najaar (fictief)');
  await app.expectAccessible('alle aanbevelingen');

  // Kiosk mode: two respondents one after the other, then leaving with a wrong and the right password.
  await app.open(`/evaluaties/${najaar.id}`);
  await page.getByRole('button', { name: 'Kioskmodus starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie najaar (fictief)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toHaveCount(0);
  const kiosk = page.getByRole('form', { name: 'Vragenlijst' });
  const kioskBij = kiosk.getByRole('group', { name: /Was u erbij/ });
  await kioskBij.getByRole('radio', { name: 'Ja' }).check();
  await kiosk
    .getByRole('group', { name: /Het overleg verliep goed/ })
    .getByRole('radio', { name: '4 — Eens' })
    .check();
  await kiosk
    .getByRole('group', { name: /Er was genoeg tijd/ })
    .getByRole('radio', { name: '3 — Neutraal' })
    .check();
  await kiosk.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dank u wel' })).toBeVisible();
  await expect(kioskBij.getByRole('radio', { name: 'Ja' })).not.toBeChecked();
  await kioskBij.getByRole('radio', { name: 'Nee' }).check();
  await kiosk
    .getByRole('group', { name: /Er was genoeg tijd/ })
    .getByRole('radio', { name: '5 — Helemaal eens' })
    .check();
  await kiosk.getByRole('button', { name: 'Versturen' }).click();
  await expect(kiosk).toContainText('2 vragenlijsten verstuurd in deze sessie.');
  await expect(kioskBij.getByRole('radio', { name: 'Nee' })).not.toBeChecked();
  await app.expectAccessible('kiosk');
  await app.screenshot('kiosk');

  await page.getByRole('button', { name: 'Kiosk verlaten' }).click();
  const exit = page.getByRole('dialog', { name: 'Kiosk verlaten' });
  await exit.getByRole('textbox', { name: 'Wachtwoord' }).fill('Dit is niet het wachtwoord');
  await exit.getByRole('button', { name: 'Verlaten' }).click();
  await expect(exit.getByRole('textbox', { name: 'Wachtwoord' })).toHaveAccessibleDescription(
    'Het huidige wachtwoord klopt niet.',
  );
  await app.expectAccessible('kiosk verlaten, verkeerd wachtwoord');
  await app.screenshot('kiosk-verlaten-fout');
  await exit.getByRole('textbox', { name: 'Wachtwoord' }).fill(regisseur.password);
  await exit.getByRole('button', { name: 'Verlaten' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie najaar (fictief)' })).toBeVisible();
  // 8 + 2 = 10 responses, but the two kiosk ones name no organisation: one rule for the rate (they
  // are not counted, whether or not every number invited is known), stated under the figure.
  await expect(page.getByRole('status').filter({ hasText: 'reacties' })).toHaveText(
    '8 reacties van 17 uitgenodigden: 47,1% respons.',
  );
  await expect(page.getByText('Van de 10 reacties tellen er daardoor 2 niet mee.')).toBeVisible();
});
