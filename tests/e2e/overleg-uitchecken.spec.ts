// The check-out lease of a meeting on its page (issue 19, first part): a meeting checked out by a
// colleague shows "Uitgecheckt door … tot …" and offers no changes; once that lease has ended the
// chair may check it out to this workstation — in team mode only (the `postgres` project: the data
// is shared), not on a workstation's own file (`sqlcipher`), where nobody else could change it.
import { query, sql } from '../../src-main/core/db/sql';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import { expect, HARNESS_START, test } from './harness/fixtures';
import { addAccountDirectly, day, dispatch, NOORD, openAsRegisseur } from './harness/casework';

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
  await app.core.workspace.transaction((manager) =>
    query(
      manager,
      sql`INSERT INTO meeting_lease (id, meeting_id, account_id, workstation, granted_at, expires_at)
          VALUES ('lease-e2e', ${meeting.id}, ${notulistId}, 'Laptop-Nora', ${granted}, ${until})`,
    ),
  );
  const { page } = app;
  await app.open(`/overleggen/${meeting.id}`);
  await expect(page.getByText(/^Uitgecheckt door Nora Notulist \(werkplek Laptop-Nora\) tot /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gegevens wijzigen' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Uitcheck beëindigen' })).toBeHidden();
  await app.expectAccessible('overleg uitgecheckt door een collega');
  await app.screenshot('uitgecheckt-door-collega');

  await app.core.workspace.transaction((manager) =>
    query(manager, sql`UPDATE meeting_lease SET revoked_at = ${granted} WHERE id = 'lease-e2e'`),
  );
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
