/// <reference lib="dom" />
// Evaluaties for the provincial coordinator (issue 18 point 7): she reads every house's rounds, with
// their house, in the disclosure-controlled form only: the round and its printed report without
// the open answers or the recommendations, nothing to set up, enter or start; and the provincial
// pool of a questionnaire: every round of a year, of every house, analysed together, per house with
// a house under three responses merged. Everything fictitious.
import type { RoundView } from '../../src-shared/ipc/evaluations';
import { call } from '../integration/helpers';
import { expect, test } from './harness/fixtures';
import { addAccountDirectly, logInInCore } from './harness/casework';
import { LATE_RECOMMENDATION, reportRounds } from './harness/evaluation-report-data';
import { asEvaluationRegisseur } from './harness/evaluations-data';
import { setUp } from './harness/session';
import { resizeWindow } from './harness/sizes';

const ZUID_OPEN = 'Zuid had een goede notulist (fictief).';

const COORDINATOR = {
  username: 'pia',
  displayName: 'Pia Provincie (fictief)',
  password: 'wachtwoord van pia 2026',
  roles: ['coordinator' as const],
  regionIds: [],
};

test('evaluaties: de provinciaal coördinator leest het rapport van een ronde, zonder open antwoorden', async ({
  app,
}) => {
  test.slow();
  await setUp(app);
  await asEvaluationRegisseur(app);
  const { najaar } = await reportRounds(app);
  const zuid = await call<RoundView>(app.core, 'evaluations:save-round', {
    titel: 'Evaluatie Zuid (fictief)',
    templateId: najaar.template.id,
    periodFrom: '2026-12-01',
    periodTo: '2026-12-31',
    anonymity: 'anoniem-dag',
    regionId: 3,
  });
  await call(app.core, 'evaluations:set-round-status', { id: zuid.id, status: 'open' });
  for (const opmerking of [ZUID_OPEN, null]) {
    const answers = { bij: 'ja', goed: 4, tijd: 4, ...(opmerking ? { opmerking } : {}) };
    await call(app.core, 'evaluations:save-response', { roundId: zuid.id, partner: 'om', answers });
  }
  await addAccountDirectly(app, COORDINATOR);
  await logInInCore(app, COORDINATOR);

  // The start page lists her rounds, a house's with its house.
  await app.open('/');
  const { page } = app;
  const rounds = page.getByRole('region', { name: 'Evaluatierondes' });
  await expect(rounds.getByRole('link', { name: /Evaluatie Zuid \(fictief\)/ })).toContainText(
    'ZVH Zuid (voorbeeld) · periode t/m 31-12-2026',
  );
  await expect(rounds.getByRole('link', { name: /Evaluatie najaar \(fictief\)/ })).toContainText('Periode t/m');
  await app.screenshot('start-coordinator');

  await app.open('/evaluaties');
  const table = page.getByRole('table', { name: 'Evaluatierondes' });
  await expect(table.getByRole('row', { name: /Evaluatie Zuid \(fictief\)/ })).toContainText('ZVH Zuid (voorbeeld)');
  await expect(table.getByRole('row', { name: /Evaluatie najaar \(fictief\)/ })).toContainText('Alle huizen');
  await expect(page.getByRole('link', { name: 'Nieuwe ronde' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Aanbevelingen' })).toHaveCount(0);
  await app.expectAccessible('evaluaties coördinator');

  await table.getByRole('link', { name: 'Evaluatie najaar (fictief)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie najaar (fictief)' })).toBeVisible();
  await expect(page.getByText('U ziet deze ronde in de vorm voor de provincie')).toBeVisible();
  await expect(page.getByText('De open antwoorden blijven bij het huis')).toBeVisible();
  await expect(page.getByText('Goede voorzitter (fictief).')).toHaveCount(0);
  for (const name of ['Ronde instellen', 'Kioskmodus starten', 'Papieren formulier invoeren']) {
    await expect(page.getByRole('button', { name }).or(page.getByRole('link', { name }))).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: 'Aanbevelingen' })).toHaveCount(0);
  await app.expectAccessible('ronde coördinator');
  await resizeWindow(page, { width: 1366, height: 900 });
  await app.screenshot('ronde-coordinator-1366');
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.screenshot('ronde-coordinator-1024');

  // The report, reached from the keyboard.
  const report = page.getByRole('link', { name: 'Rapport afdrukken' });
  await report.focus();
  await page.keyboard.press('Enter');
  const title = 'Evaluatierapport: Evaluatie najaar (fictief)';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  const sheet = page.getByRole('article', { name: title });
  await expect(sheet.getByRole('heading', { level: 2, name: '6. Open antwoorden' })).toBeVisible();
  await expect(sheet).toContainText('De open antwoorden blijven bij het huis');
  await expect(sheet).toContainText('De aanbevelingen en hun voortgang blijven bij het huis');
  await expect(sheet).not.toContainText('Goede voorzitter (fictief).');
  await expect(sheet).not.toContainText(LATE_RECOMMENDATION);
  await app.expectAccessible('evaluatierapport coördinator');
  await app.screenshot('evaluatierapport-coordinator-1024');
  await resizeWindow(page, { width: 1366, height: 900 });
  await app.screenshot('evaluatierapport-coordinator-1366');

  // A round of a house is hers to read, never to set up.
  await app.open(`/evaluaties/${zuid.id}`);
  await expect(page.getByText('Huis: ZVH Zuid (voorbeeld).')).toBeVisible();
  expect(await app.sql`SELECT region_id AS "regionId" FROM eval_round WHERE id = ${zuid.id}`).toEqual([
    { regionId: 3 },
  ]);

  // The pool of the questionnaire, opened from the keyboard on the page of rounds.
  await app.open('/evaluaties');
  const pools = page.getByRole('navigation', { name: 'Provincie: alle rondes van een vragenlijst' });
  const open = pools.getByRole('link', { name: 'Provincie: Testvragenlijst (fictief) (versie 1)' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Provincie: alle rondes van deze vragenlijst' }),
  ).toBeVisible();
  await expect(page.getByText('U ziet de rondes samen in de vorm voor de provincie')).toBeVisible();
  const pooled = page.getByRole('table', { name: 'Tabel: de rondes die samen zijn geanalyseerd' });
  for (const name of ['Evaluatie voorjaar (fictief)', 'Evaluatie najaar (fictief)']) {
    await expect(pooled.getByRole('rowheader', { name })).toBeVisible();
  }
  // Zuid's round of two responses is left out: apart it shows no figures, and pooled with the
  // others it would be the difference. The two rounds for every house: 3 + 7.
  await expect(pooled.getByRole('rowheader', { name: 'Evaluatie Zuid (fictief)' })).toHaveCount(0);
  await expect(page.getByText('Niet meegeteld, want minder dan 3 reacties: Evaluatie Zuid (fictief).')).toBeVisible();
  const houses = page.getByRole('table', { name: 'Tabel: score per dimensie per huis' });
  await expect(houses.getByRole('row', { name: /Alle huizen/ })).toContainText('10');
  await expect(page.getByText('In deze vorm is er geen uitsplitsing per organisatie')).toBeVisible();
  await expect(page.getByText('De open antwoorden blijven bij het huis')).toBeVisible();
  for (const text of ['Goede voorzitter (fictief).', ZUID_OPEN]) await expect(page.getByText(text)).toHaveCount(0);
  await app.expectAccessible('provincie vragenlijst coördinator');
  await resizeWindow(page, { width: 1366, height: 900 });
  await app.screenshot('provincie-vragenlijst-1366');
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.screenshot('provincie-vragenlijst-1024');

  // Another year: none of these rounds.
  await page.getByLabel('Jaar').selectOption('2025');
  await expect(page.getByText('Geen rondes van deze vragenlijst in dit jaar.')).toBeVisible();
});
