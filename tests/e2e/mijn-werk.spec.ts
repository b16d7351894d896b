/// <reference lib="dom" />
// Mijn werk: what is due for a case worker, section by section, each item a way into the dossier;
// a calm empty state when nothing is due; and a start page without case data for a beheerder.
import { expect, test } from './harness/fixtures';
import { day, dispatch, openAsRegisseur, registerSignal, setUpCasework } from './harness/casework';
import { BEHEERDER } from './harness/session';
import { atBothSizes } from './harness/sizes';

test('Mijn werk toont een actie over de deadline en een signaal dat wacht op weging', async ({ app }) => {
  const { regisseurId } = await openAsRegisseur(app);
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'U heeft niets openstaan' })).toBeVisible();
  await app.expectAccessible('Mijn werk leeg');
  await app.screenshot('leeg');

  // One signal waits for its weging; another casus is in casusoverleg with a late action.
  await registerSignal(app, { naam: 'Wachtend Persoon (fictief)' });
  const busy = await registerSignal(app, { naam: 'Bezig Persoon (fictief)', geboortedatum: '2004-08-08' });
  await dispatch(app, 'signals:weigh', {
    signalId: busy.signalId,
    besluit: 'bespreken_casusoverleg',
    motivering: 'Bespreken in het ICO (fictief).',
    deelnemers: ['politie', 'gemeente'],
    datum: day(-2),
  });
  await dispatch(app, 'cases:update', {
    id: busy.caseId,
    regionId: 1,
    procesregisseurId: regisseurId,
    partners: ['politie'],
    afgeschermd: false,
    namedAccountIds: [],
  });
  await dispatch(app, 'cases:save-action', {
    caseId: busy.caseId,
    soort: 'actie',
    omschrijving: 'Gesprek met de school plannen (fictief).',
    actiehouderPartner: 'onderwijs',
    actiehouderNaam: 'Mentor (fictief)',
    deadline: day(-5),
  });
  await dispatch(app, 'cases:save-action', {
    caseId: busy.caseId,
    soort: 'interventie',
    interventietype: 'gesprek',
    omschrijving: 'Huisbezoek met de wijkagent (fictief).',
    actiehouderPartner: 'gemeente',
    actiehouderNaam: 'Expert (fictief)',
    deadline: day(4),
  });
  await dispatch(app, 'cases:plan-monitoring', { id: busy.caseId, gepland: day(3) });

  // The work above was done in core, not on this page: going to another page and back fetches it
  // anew. Wait until the other page is there, or both clicks may land before Mijn werk unmounts.
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Casussen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn werk' }).click();
  const section = (name: string) => page.getByRole('region', { name });
  const late = section('Acties over de deadline');
  await expect(late.getByRole('link')).toHaveCount(1);
  await expect(late.getByRole('link')).toContainText('Bezig Persoon (fictief)');
  await expect(late.getByRole('link')).toContainText(busy.caseNumber);
  await expect(late.getByRole('link')).toContainText('Gesprek met de school plannen (fictief).');
  await expect(late.getByRole('link')).toContainText(/Deadline \d{2}-\d{2}-\d{4} · 5 dagen te laat/);
  await expect(section('Acties binnenkort').getByRole('link')).toContainText('Huisbezoek met de wijkagent');
  await expect(section('Monitoring').getByRole('link')).toContainText('bevindingen vastleggen');
  const weging = section('Signalen die wachten op weging');
  await expect(weging.getByRole('link')).toHaveCount(1);
  await expect(weging.getByRole('link')).toContainText('Wachtend Persoon (fictief)');
  await expect(weging.getByRole('link')).toContainText('Signaal wegen · Jihadistisch');
  await expect(section('Casussen zonder plan')).toContainText(
    'Alle casussen in casusoverleg hebben een plan van aanpak.',
  );
  // Issue 21 item 2 at both sizes: the late action told apart by its casus and description, whole.
  await atBothSizes(app, 'mijn-werk', async () => {
    await expect(late.getByRole('link')).toBeInViewport({ ratio: 1 });
    expect(await late.getByRole('link').evaluate((link) => link.scrollWidth <= link.clientWidth)).toBe(true);
    await expect(late.getByRole('link')).toContainText(busy.caseNumber);
    await expect(late.getByRole('link')).toContainText('Gesprek met de school plannen (fictief).');
  });

  // An item opens the dossier where the work is: the plan, with the late action marked.
  await late.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bezig Persoon (fictief)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Plan van aanpak (2)' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table', { name: 'Plan van aanpak' })).toContainText('(verlopen)');
  await app.screenshot('naar-het-plan');
  await page.goBack();
  await weging.getByRole('link').click();
  await expect(page.getByRole('tab', { name: 'Signalen (1)' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Wegen' })).toBeVisible();
});

test('een beheerder krijgt een startpagina zonder casusgegevens', async ({ app }) => {
  await setUpCasework(app);
  await app.control.endSession();
  await dispatch(app, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password });
  await app.open('/');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await expect(page.getByText('Met uw rol ziet u geen casusgegevens')).toBeVisible();
  const tasks = page.getByRole('region', { name: 'Uw onderdelen' });
  await expect(tasks.getByRole('link')).toHaveText([
    /^Convenant/,
    /^Cijfers/,
    /^Gemeentelijke experts/,
    /^Accounts/,
    /^Uitchecks/,
    /^Auditlog/,
    /^Back-up/,
    /^Beleid/,
    /^Bewaartermijn/,
    /^Keuzelijsten/,
    /^Convenant beheren/,
  ]);
  // Every tile says what the part is for, so the tiles are even (issue 21, item 9).
  for (const tile of await tasks.getByRole('link').all()) {
    expect((await tile.innerText()).trim().split('\n').length, await tile.innerText()).toBeGreaterThan(1);
  }
  await expect(
    page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Casussen' }),
  ).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Signaal registreren' })).toHaveCount(0);
  expect(app.calls.map((call) => call.channel)).not.toContain('work:mine');
  await app.expectAccessible('startpagina beheerder');
  await app.screenshot('startpagina-beheerder');

  // The shortcut for a new signal explains instead of opening a page that would refuse.
  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByRole('status')).toHaveText('Dit onderdeel hoort niet bij uw rol.');
  await tasks.getByRole('link', { name: /^Accounts/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
});
