// Live minutes of a meeting with one item, for the specs about text typed there: one that must
// outlive a lock or ask before a log-out (overleg.spec, lock.spec: a colleague's save makes the
// notulist's stale), and one typed while the CTER server is away (server.spec).
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import { day, dispatch, NOORD, openAsRegisseur } from './casework';
import { expect, type AppHarness } from './fixtures';
import { field } from './locators';

/** An informatieoverleg Noord today chaired by `chairId`, with items of these titles, as core stored it. */
export async function meetingToday(app: AppHarness, chairId: number, titles: string[]): Promise<MeetingView> {
  const meeting = await dispatch<MeetingView>(app, 'meetings:create', {
    type: 'i2o',
    title: 'Informatieoverleg Noord',
    datum: day(0),
    starttijd: '09:30',
    regionId: NOORD,
    voorzitterId: chairId,
  });
  return dispatch<MeetingView>(app, 'meetings:save-agenda', {
    id: meeting.id,
    items: titles.map((title) => ({ kind: 'overig', title, plannedMinutes: 5 })),
  });
}

/**
 * A meeting today with one item (Mededelingen), made through core as the procesregisseur (its
 * chair), opened at its live minutes: the meeting as core stored it, and the item's Duiding field.
 */
export async function minutesOfOneItem(app: AppHarness) {
  const { regisseurId } = await openAsRegisseur(app);
  const withAgenda = await meetingToday(app, regisseurId, ['Mededelingen']);
  await app.open(`/overleggen/${withAgenda.id}/notuleren`);
  const duiding = field(app.page, 'Duiding');
  await expect(duiding).toBeVisible();
  return { meeting: withAgenda, duiding };
}

/**
 * A colleague saves the one item through core after the page loaded it; then the notulist types
 * `mine`, which core refuses as stale: what they typed is only on screen (and in the stale notice).
 */
export async function minutesRefusedAsStale(app: AppHarness, mine: string): Promise<void> {
  const { meeting, duiding } = await minutesOfOneItem(app);
  const item = meeting.items[0]!;
  await dispatch(app, 'meetings:save-item', {
    itemId: item.id,
    spentSeconds: 0,
    minutes: { ...item.minutes, duiding: 'Duiding van een collega (fictief).' },
    version: item.version,
  });
  await duiding.fill(mine);
  await expect(app.page.getByTestId('stale-notice')).toContainText('Iemand anders heeft dit intussen opgeslagen');
}
