/// <reference lib="dom" />
// Two people on the same record (issue 17): the monitoring findings form is open, a colleague
// records findings for the same moment first; the save is refused with a message in the form
// (who, when, which field), what was typed stays; the newest version can be loaded, the own text
// put back and saved.
import type { CaseDossier } from '../../src-shared/ipc/cases';
import { expect, test } from './harness/fixtures';
import { day, dispatch, openAsRegisseur, registerSignal } from './harness/casework';
import { field } from './harness/locators';

test('een verouderde opslag wordt geweigerd en wat u typte blijft staan', async ({ app }) => {
  await openAsRegisseur(app);
  const { caseId } = await registerSignal(app, { naam: 'Gelijktijdig Persoon (fictief)' });
  const planned = await dispatch<CaseDossier>(app, 'cases:plan-monitoring', { id: caseId, gepland: day(7) });
  const moment = planned.monitoring[0]!;
  await app.open(`/casussen/${caseId}`);
  const { page } = app;
  await page.getByRole('tab', { name: 'Monitoring (1)' }).click();
  await page.getByRole('button', { name: /^Bevindingen vastleggen \(/ }).click();
  await field(page, 'Bevindingen').fill('Mijn bevindingen: gesprek met school gehad (fictief).');

  // Meanwhile a colleague records findings for the same moment (through core, over version 1).
  await dispatch(app, 'cases:record-monitoring', {
    id: caseId,
    monitoringId: moment.id,
    bevindingen: 'Bevindingen van een collega (fictief).',
    version: moment.version,
  });

  await page.getByRole('button', { name: 'Bevindingen vastleggen', exact: true }).click();
  const message = page.getByTestId('stale-notice');
  await expect(message).toContainText('Iemand anders heeft dit intussen opgeslagen');
  await expect(message).toContainText('Rik Regisseur heeft dit op');
  await expect(message).toContainText('Verschilt van wat u wilde opslaan: Bevindingen.');
  await expect(field(page, 'Bevindingen')).toHaveValue('Mijn bevindingen: gesprek met school gehad (fictief).');
  await app.expectAccessible('verouderde opslag');
  await app.screenshot('gelijktijdig-geweigerd');

  await message.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(field(page, 'Bevindingen')).toHaveValue('Bevindingen van een collega (fictief).');
  await expect(message).toContainText('Uw invoer (niet opgeslagen)');
  await expect(message).toContainText('Mijn bevindingen: gesprek met school gehad (fictief).');
  await app.screenshot('gelijktijdig-nieuwste-versie');

  await message.getByRole('button', { name: 'Mijn invoer terugzetten' }).click();
  await expect(message).toHaveCount(0);
  await field(page, 'Bevindingen').fill(
    'Bevindingen van een collega (fictief). Mijn bevindingen: gesprek met school gehad (fictief).',
  );
  await page.getByRole('button', { name: 'Bevindingen vastleggen', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Monitoring' })).toContainText(
    'Bevindingen van een collega (fictief). Mijn bevindingen',
  );
});
