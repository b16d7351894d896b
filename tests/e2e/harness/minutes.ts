// Live minutes whose save core refuses as stale, for the specs about text that must outlive a lock
// or ask before a log-out (overleg.spec, lock.spec): a meeting with one item, opened for minutes as
// the procesregisseur; a colleague saves the item through core after the page loaded it; then the
// notulist types. What they typed is only on screen (and in the stale notice).
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import { day, dispatch, NOORD, openAsRegisseur } from './casework';
import { expect, type AppHarness } from './fixtures';
import { field } from './locators';

export async function minutesRefusedAsStale(app: AppHarness, mine: string): Promise<void> {
  const { regisseurId } = await openAsRegisseur(app);
  const meeting = await dispatch<MeetingView>(app, 'meetings:create', {
    type: 'i2o',
    title: 'Informatieoverleg Noord',
    datum: day(0),
    starttijd: '09:30',
    regionId: NOORD,
    voorzitterId: regisseurId,
  });
  const withAgenda = await dispatch<MeetingView>(app, 'meetings:save-agenda', {
    id: meeting.id,
    items: [{ kind: 'overig', title: 'Mededelingen', plannedMinutes: 5 }],
  });
  const { page } = app;
  await app.open(`/overleggen/${meeting.id}/notuleren`);
  const duiding = field(page, 'Duiding');
  await expect(duiding).toBeVisible();
  const item = withAgenda.items[0]!;
  await dispatch(app, 'meetings:save-item', {
    itemId: item.id,
    spentSeconds: 0,
    minutes: { ...item.minutes, duiding: 'Duiding van een collega (fictief).' },
    version: item.version,
  });
  await duiding.fill(mine);
  await expect(page.getByTestId('stale-notice')).toContainText('Iemand anders heeft dit intussen opgeslagen');
}
