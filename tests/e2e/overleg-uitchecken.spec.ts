// The check-out lease of a meeting on its page (issue 19, first part): a meeting checked out by a
// colleague shows "Uitgecheckt door … tot …" and offers no changes; once that lease has ended the
// chair may check it out to this workstation — in team mode only (the `postgres` project: the data
// is shared), not on a workstation's own file (`sqlcipher`), where nobody else could change it.
// A beheerder sees the active check-outs under Beheer > Uitchecks and revokes one, by keyboard; a
// check-in that arrives afterwards is a conflict copy, which the chair resolves side by side.
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { CheckInResult } from '../../src-shared/ipc/meeting-check-out';
import { expect, HARNESS_START, test } from './harness/fixtures';
import {
  addAccountDirectly,
  day,
  dispatch,
  logInInCore,
  NOORD,
  openAsRegisseur,
  REGISSEUR,
  setUpCasework,
} from './harness/casework';
import { BEHEERDER } from './harness/session';

test('uitchecken: een collega heeft het overleg, daarna checkt de voorzitter het uit', async ({ app }) => {
  const { regisseurId } = await openAsRegisseur(app);
  const notulistId = await addAccountDirectly(app, {
    username: 'nora',
    displayName: 'Nora Notulist',
    password: 'Nora notuleert het informatieoverleg van Noord',
    roles: ['notulist'],
    regionIds: [NOORD],
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
  // The notulist's lease, as her check-out on her laptop would have written it.
  const granted = HARNESS_START.toISOString();
  const until = new Date(HARNESS_START.getTime() + 2 * 86_400_000).toISOString();
  await app.sql`INSERT INTO meeting_lease (id, meeting_id, account_id, workstation, granted_at, expires_at)
                 VALUES ('lease-e2e', ${meeting.id}, ${notulistId}, 'Laptop-Nora', ${granted}, ${until})`;
  const { page } = app;
  await app.open(`/overleggen/${meeting.id}`);
  await expect(page.getByText(/^Uitgecheckt door Nora Notulist \(werkplek Laptop-Nora\) tot /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gegevens wijzigen' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Uitcheck beëindigen' })).toBeHidden();
  await app.expectAccessible('overleg uitgecheckt door een collega');
  await app.screenshot('uitgecheckt-door-collega');

  await app.sql`UPDATE meeting_lease SET revoked_at = ${granted} WHERE id = 'lease-e2e'`;
  await app.open(`/overleggen/${meeting.id}`);
  await expect(page.getByRole('button', { name: 'Gegevens wijzigen' })).toBeVisible();
  const checkOut = page.getByRole('button', { name: 'Uitchecken naar deze werkplek' });
  if (app.engine === 'sqlcipher') {
    await expect(checkOut).toBeHidden();
    return;
  }
  await checkOut.click();
  await expect(page.getByText(/^U hebt dit overleg uitgecheckt naar werkplek .+ tot /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gegevens wijzigen' })).toBeVisible();
  await app.expectAccessible('overleg uitgecheckt naar deze werkplek');
  await app.screenshot('uitgecheckt-naar-deze-werkplek');
  await page.getByRole('button', { name: 'Uitcheck beëindigen' }).click();
  await expect(checkOut).toBeVisible();
});

test('uitchecks: de beheerder ziet wie welk overleg heeft en trekt de uitcheck in', async ({ app }) => {
  const { regisseurId } = await setUpCasework(app);
  const notulistId = await addAccountDirectly(app, {
    username: 'nora',
    displayName: 'Nora Notulist',
    password: 'Nora notuleert het informatieoverleg van Noord',
    roles: ['notulist'],
    regionIds: [NOORD],
  });
  const meeting = await dispatch<MeetingView>(app, 'meetings:create', {
    type: 'i2o',
    title: 'Casusoverleg Noord',
    datum: day(1),
    starttijd: '09:30',
    regionId: NOORD,
    voorzitterId: regisseurId,
    notulistId,
  });
  const granted = HARNESS_START.toISOString();
  const until = new Date(HARNESS_START.getTime() + 2 * 86_400_000).toISOString();
  await app.sql`INSERT INTO meeting_lease (id, meeting_id, account_id, workstation, granted_at, expires_at)
    VALUES ('lease-beheer', ${meeting.id}, ${notulistId}, 'Laptop-Nora', ${granted}, ${until})`;
  await logInInCore(app, BEHEERDER);
  const { page } = app;
  await app.open('/beheer/uitchecks');
  await expect(page.getByRole('heading', { level: 1, name: 'Uitchecks' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Uitgecheckte overleggen' });
  const row = table.getByRole('row', { name: /Casusoverleg Noord/ });
  await expect(row).toContainText('Nora Notulist');
  await expect(row).toContainText('Laptop-Nora');
  await app.expectAccessible('uitchecks van alle overleggen');
  await app.screenshot('beheer-uitchecks');

  const revoke = row.getByRole('button', { name: 'Uitcheck van Casusoverleg Noord door Nora Notulist intrekken' });
  await revoke.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Uitcheck van Casusoverleg Noord intrekken?' });
  await expect(dialog).toContainText('conflictkopie');
  await app.expectAccessible('uitcheck intrekken');
  await dialog.getByRole('button', { name: 'Intrekken' }).click();
  await expect(page.getByText('De uitcheck van Casusoverleg Noord door Nora Notulist is ingetrokken.')).toBeVisible();
  await expect(page.getByText('Er is nu geen overleg uitgecheckt.')).toBeVisible();
  const [lease] = await app.sql`SELECT revoked_by FROM meeting_lease WHERE id = 'lease-beheer'`;
  expect(lease?.revoked_by).not.toBeNull();
});

test('conflictkopie: een incheck na een ingetrokken uitcheck, de voorzitter kiest per verschil', async ({ app }) => {
  const { regisseurId } = await setUpCasework(app);
  const nora = {
    username: 'nora',
    displayName: 'Nora Notulist',
    password: 'Nora notuleert het informatieoverleg van Noord',
    roles: ['notulist' as const],
    regionIds: [NOORD],
  };
  const notulistId = await addAccountDirectly(app, nora);
  let meeting = await dispatch<MeetingView>(app, 'meetings:create', {
    type: 'i2o',
    title: 'Casusoverleg Noord',
    datum: day(1),
    starttijd: '09:30',
    regionId: NOORD,
    voorzitterId: regisseurId,
    notulistId,
  });
  meeting = await dispatch<MeetingView>(app, 'meetings:save-agenda', {
    id: meeting.id,
    items: [{ kind: 'overig', title: 'Rondvraag' }],
  });
  const item = meeting.items[0]!;
  const granted = HARNESS_START.toISOString();
  await app.sql`INSERT INTO meeting_lease (id, meeting_id, account_id, workstation, granted_at, expires_at, revoked_at, revoked_by)
    VALUES ('11111111-2222-4333-8444-555555555555', ${meeting.id}, ${notulistId}, 'Laptop-Nora', ${granted},
            ${new Date(HARNESS_START.getTime() + 86_400_000).toISOString()}, ${granted}, ${regisseurId})`;
  await logInInCore(app, nora);
  const result = await dispatch<CheckInResult>(app, 'meetings:check-in', {
    leaseId: '11111111-2222-4333-8444-555555555555',
    checkInKey: '66666666-7777-4888-8999-000000000000',
    offlineFrom: granted,
    offlineUntil: granted,
    changes: {
      items: [
        {
          itemId: item.id,
          minutes: { ...item.minutes, duiding: 'Offline getypt in de vergaderzaal.' },
          spentSeconds: 120,
          base: item.version,
        },
      ],
    },
  });
  expect(result.outcome).toBe('conflict-copy');
  await logInInCore(app, REGISSEUR);
  const { page } = app;
  await app.open(`/overleggen/${meeting.id}`);
  await expect(page.getByText(/^Nora Notulist \(werkplek Laptop-Nora\) heeft na het intrekken/)).toBeVisible();
  await page.getByRole('button', { name: 'Afhandelen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Conflictkopie van Nora Notulist afhandelen' });
  await expect(dialog).toContainText('Offline getypt in de vergaderzaal.');
  await expect(dialog.getByRole('button', { name: 'Toepassen' })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'Versie van de laptop' }).check();
  await app.expectAccessible('conflictkopie afhandelen');
  await app.screenshot('conflictkopie-afhandelen');
  await dialog.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page.getByText('De conflictkopie is verwerkt.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afhandelen' })).toBeHidden();
  const now = await dispatch<MeetingView>(app, 'meetings:get', { id: meeting.id });
  expect(now.items[0]!.minutes.duiding).toBe('Offline getypt in de vergaderzaal.');
});
