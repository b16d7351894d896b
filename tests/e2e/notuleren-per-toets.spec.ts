/// <reference lib="dom" />
// What one key costs in the live minutes: a notulist types fast on an old laptop, and each key
// must render the field typed in, not the whole screen. Counted in components rendered (React's
// commits, harness/render-count.ts), not in milliseconds: the same on a busy CI machine as on a
// quiet one. Before the rows were memoised a key rendered every row of the item again
// (docs/developer/testing.md, "Per-key cost of the live minutes"). The item timer's second is
// counted the same way: it rendered the item's editor again every second of a meeting.
import { day, dispatch, openAsRegisseur } from './harness/casework';
import { expect, test, type AppHarness } from './harness/fixtures';
import { field } from './harness/locators';
import { meetingToday } from './harness/minutes';
import type { Page } from '@playwright/test';
import { countRenders, renderedBetween, renderedSoFar } from './harness/render-count';

const TEXT = 'De school meldt verzuim sinds oktober; de politie zag twee online uitingen (fictief). ';

/** A meeting of five items, each with three inbreng, a duiding, two besluiten and two acties. */
async function filledMeeting(app: AppHarness, regisseurId: number): Promise<number> {
  const withAgenda = await meetingToday(
    app,
    regisseurId,
    [1, 2, 3, 4, 5].map((n) => `Punt ${n} (fictief)`),
  );
  for (const item of withAgenda.items)
    await dispatch(app, 'meetings:save-item', {
      itemId: item.id,
      spentSeconds: 0,
      version: item.version,
      minutes: {
        inbreng: [1, 2, 3].map((n) => ({ id: `in-${item.id}-${n}`, partner: 'politie', tekst: TEXT, artikel: '' })),
        duiding: TEXT.repeat(2),
        besluiten: [1, 2].map((n) => ({ id: `be-${item.id}-${n}`, tekst: TEXT, weging: null })),
        acties: [1, 2].map((n) => ({
          id: `ac-${item.id}-${n}`,
          omschrijving: 'Gesprek met school (fictief)',
          actiehouderPartner: 'gemeente',
          actiehouderNaam: 'J. Jansen (fictief)',
          deadline: day(14),
          caseActionId: null,
        })),
      },
    });
  return withAgenda.id;
}

test('een toets in de notulen rendert het veld, niet het hele scherm', async ({ app }) => {
  const { page } = app;
  const { regisseurId } = await openAsRegisseur(app);
  const id = await filledMeeting(app, regisseurId);
  await countRenders(page);
  await page.reload();
  await app.open(`/overleggen/${id}/notuleren`);
  await expect(page.getByRole('heading', { level: 2, name: /^Punt 1 van 5: / })).toBeVisible();

  const keys = ' Jeugdhulp is betrokken.';
  for (const target of [
    field(page, 'Duiding'),
    field(page.getByRole('group', { name: 'Inbreng 2' }), 'Wat is gedeeld'),
  ]) {
    await target.click();
    await page.keyboard.press('End');
    const before = await renderedSoFar(page);
    await page.keyboard.type(keys);
    const after = await renderedSoFar(page);
    const perKey = (after.rendered - before.rendered) / keys.length;
    // Measured (2026-12-06): every row rendered again on every key, 914 components per key in the
    // Duiding and in an inbreng row; now 188 in the Duiding (the editor's frame and the screen
    // around it) and 300 in an inbreng row (that row too). A save answered while typing renders
    // the screen once more (its status), hence the margin; half of 914 is the line.
    expect(perKey, `components rendered per key (${renderedBetween(before, after)})`).toBeLessThan(450);
    await expect(target).toHaveValue(new RegExp(`${keys.trim().replace('.', '\\.')}$`));
  }
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);

  // The item's timer runs through a whole meeting: each second renders the time shown, not the
  // item's fields and rows again.
  await page.getByRole('button', { name: 'Tijd starten' }).click();
  const started = await timerAndRenders(page);
  await expect.poll(async () => (await timerAndRenders(page)).seconds).toBeGreaterThan(started.seconds);
  const before = await timerAndRenders(page);
  await expect.poll(async () => (await timerAndRenders(page)).seconds).toBeGreaterThanOrEqual(before.seconds + 3);
  const after = await timerAndRenders(page);
  const perSecond = (after.rendered - before.rendered) / (after.seconds - before.seconds);
  // Measured (2026-12-07): 182 components a second, the item's editor frame (its sections and the
  // Duiding) with the page around it; 86 with the editor memoised (the page, the toolbar). One more
  // render of the page in the window (a save's status) keeps it under the line.
  expect(perSecond, `components rendered per second of the timer (${renderedBetween(before, after)})`).toBeLessThan(
    120,
  );
});

/**
 * The item timer's seconds as shown ("Tijd 1:05 van 5:00") and the components rendered so far, read
 * in one go in the page, so no tick falls between the two.
 */
async function timerAndRenders(page: Page) {
  const { rendered, byName, text } = await page.evaluate(() => {
    const count = window.__renderCount;
    if (!count) throw new Error('countRenders was not installed before the page loaded');
    const timer = document.querySelector('[data-testid="punttimer"]');
    return { rendered: count.rendered, byName: { ...count.byName }, text: timer?.textContent ?? '' };
  });
  const [, minutes, seconds] = /^Tijd (\d+):(\d{2}) /.exec(text) ?? [];
  return { rendered, byName, seconds: Number(minutes) * 60 + Number(seconds) };
}
