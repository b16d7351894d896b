/// <reference lib="dom" />
// An agenda with an item about an afgeschermde casus, as a notulist who is not named on it sees
// it (issue 14): the item is there without its title, can be passed by but not removed, and when
// she removes the other items it stays, unchanged for the chair.
import type { MeetingView } from '../../src-shared/ipc/meetings';
import { expect, test } from './harness/fixtures';
import {
  addAccountDirectly,
  day,
  dispatch,
  logInInCore,
  NOORD,
  registerSignal,
  REGISSEUR,
  setUpCasework,
} from './harness/casework';

const NOTULIST = {
  username: 'nina',
  displayName: 'Nina Notulist (fictief)',
  password: 'Nina notuleert de overleggen in Noord',
  roles: ['notulist' as const],
  regionIds: [NOORD],
};

test('een afgeschermd agendapunt blijft staan en wordt niet genoemd', async ({ app }) => {
  const { regisseurId } = await setUpCasework(app);
  const notulistId = await addAccountDirectly(app, NOTULIST);
  const signal = await registerSignal(app, { naam: 'Sam Afgeschermd (fictief)' });
  await dispatch(app, 'cases:update', {
    id: signal.caseId,
    regionId: NOORD,
    procesregisseurId: regisseurId,
    partners: [],
    afgeschermd: true,
    namedAccountIds: [],
  });
  const meeting = await dispatch<MeetingView>(app, 'meetings:create', {
    type: 'i2o',
    title: 'Informatieoverleg Noord',
    datum: day(1),
    starttijd: '09:30',
    regionId: NOORD,
    voorzitterId: regisseurId,
    notulistId,
  });
  const agenda = await dispatch<MeetingView>(app, 'meetings:save-agenda', {
    id: meeting.id,
    items: [
      { kind: 'overig', title: 'Mededelingen', plannedMinutes: 5 },
      { kind: 'casus', caseId: signal.caseId, title: 'Geheim besproken punt', plannedMinutes: 20 },
      { kind: 'overig', title: 'Rondvraag', plannedMinutes: 5 },
    ],
  });
  await logInInCore(app, NOTULIST);
  await app.open(`/overleggen/${meeting.id}`);
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Informatieoverleg Noord' })).toBeVisible();
  const hidden = page.getByTestId(`agendapunt-${agenda.items[1]!.id}`);
  await expect(hidden).toContainText('Afgeschermd agendapunt');
  await expect(hidden.getByRole('button', { name: /van de agenda halen/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Afgeschermd agendapunt omlaag' })).toBeEnabled();
  await expect(page.getByText(/Geheim|Sam Afgeschermd/)).toHaveCount(0);
  await app.expectAccessible('agenda met afgeschermd punt');
  await app.screenshot('1-afgeschermd-punt');

  await page.getByRole('button', { name: 'Mededelingen van de agenda halen' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda (2 punten)' })).toBeVisible();
  await page.getByRole('button', { name: 'Rondvraag van de agenda halen' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda (1 punten)' })).toBeVisible();
  await expect(hidden).toContainText('Afgeschermd agendapunt');
  await app.screenshot('2-alleen-afgeschermd');

  // The chair still sees it as it was.
  await logInInCore(app, REGISSEUR);
  const asChair = await dispatch<MeetingView>(app, 'meetings:get', { id: meeting.id });
  expect(asChair.items.map((item) => [item.title, item.plannedMinutes, item.withheld])).toEqual([
    ['Geheim besproken punt', 20, false],
  ]);
});
