/// <reference lib="dom" />
// The meeting page's states (issue 21, item 7), at 1366×900 and at 1024×768: a concept meeting in
// the future offers no vaststellen and marks nobody present; a casus with a new signal is suggested
// and planned once (not as signaal and as casus); the attendance labels are not cut off; the page's
// parts (gegevens, notulen, aanwezigheid, agenda) are reached from "Op deze pagina".
import { formatDate } from '../../src-shared/domain/format';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { expect, test, type AppHarness } from './harness/fixtures';
import { day, dispatch, NOORD, openAsRegisseur, registerSignal } from './harness/casework';
import { field } from './harness/locators';
import { resizeWindow } from './harness/sizes';

/** A casus due for its first casusoverleg that received a new signal since: two reasons, one casus. */
async function casusWithNewSignal(app: AppHarness) {
  const first = await registerSignal(app, { naam: 'Dani Dubbel (fictief)' });
  await dispatch(app, 'signals:weigh', {
    signalId: first.signalId,
    besluit: 'bespreken_casusoverleg',
    motivering: 'Naar het casusoverleg (fictief).',
    deelnemers: ['politie'],
    datum: day(-2),
  });
  const second = await dispatch<RegisteredSignal>(app, 'signals:register', {
    person: { id: first.personId },
    signal: {
      melderPartner: 'zvh',
      ontvangen: day(-1),
      omschrijving: 'Nieuwe zorgen gemeld door de school (voorbeeld — fictief).',
      ideologie: 'jihadistisch',
      ernst: 'matig',
      bron: 'partnerinformatie',
    },
  });
  return { first, second };
}

for (const size of [
  { width: 1366, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`een concept-overleg over drie dagen in ${size.width}×${size.height}: geen vaststellen, aanwezigheid onbekend, een casus één keer`, async ({
    app,
  }) => {
    test.slow();
    const { regisseurId } = await openAsRegisseur(app);
    const { page } = app;
    await resizeWindow(page, size);
    const { first, second } = await casusWithNewSignal(app);
    const details = {
      type: 'i2o',
      title: 'Informatieoverleg Noord',
      datum: day(3),
      starttijd: '13:30',
      locatie: 'Vergaderzaal 2 (fictief)',
      regionId: NOORD,
      voorzitterId: regisseurId,
      invitedPartners: ['gemeente', 'politie', 'zvh', 'ggz'],
    };
    const meeting = await dispatch<MeetingView>(app, 'meetings:create', details);
    await app.open(`/overleggen/${meeting.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Informatieoverleg Noord' })).toBeVisible();

    // Before the meeting's day: no vaststellen, and the reason why.
    await expect(page.getByRole('button', { name: 'Notulen vaststellen…' })).toHaveCount(0);
    await expect(page.getByTestId('vaststellen-status')).toHaveText(
      `Het overleg is op ${formatDate(day(3))}. Vanaf die dag kan de voorzitter de notulen vaststellen.`,
    );
    // Core refuses it too, with a Dutch message.
    const refused = await app.bridge.dispatch('meetings:adopt', { id: meeting.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'MEETING_NOT_YET_HELD' } });

    // Nobody is present before the meeting; the long partner name is the label, and it is whole.
    const attendance = page.getByRole('table', { name: 'Aanwezigheid' });
    await expect(attendance.getByRole('row')).toHaveCount(5);
    for (const partner of ['Gemeente', 'Politie', 'Zorg- en Veiligheidshuis', 'GGZ']) {
      await expect(field(page, `Aanwezigheid ${partner}`)).toHaveText('Nog niet bekend');
    }
    const zvh = field(page, 'Aanwezigheid Zorg- en Veiligheidshuis');
    const cut = await zvh.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(cut).toBe(false);

    // The casus is suggested once (for its signal), and added once.
    const agendaPart = page.getByRole('region', { name: /^Agenda/ });
    const suggested = agendaPart.getByRole('listitem').filter({ hasText: first.caseNumber });
    await expect(suggested).toHaveCount(1);
    await expect(suggested).toContainText('Wacht op weging');
    await suggested.getByRole('button', { name: /toevoegen aan de agenda/ }).click();
    const agenda = page.getByRole('list', { name: /^Agenda/ });
    await expect(agenda.getByRole('listitem')).toHaveCount(1);
    await expect(agendaPart.getByRole('listitem').filter({ hasText: first.caseNumber })).toHaveCount(1);
    expect(second.caseId).toBe(first.caseId);

    // The parts of the page are one link away.
    const nav = page.getByRole('navigation', { name: 'Op deze pagina' });
    await expect(nav.getByRole('link')).toHaveText(['Gegevens', 'Notulen', 'Aanwezigheid', 'Agenda (1 punten)']);
    await nav.getByRole('link', { name: 'Aanwezigheid' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Aanwezigheid' })).toBeFocused();
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.expectAccessible(`overleg concept ${size.width}`);
    await app.screenshot(`overleg-concept-${size.width}`);
  });
}
