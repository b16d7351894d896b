/// <reference lib="dom" />
// A choice list (MUI Select) and a text field in the live minutes while an autosave answers (the
// final CI once waited 12 minutes for "Politie" in the Partner list of an inbreng typed a moment
// before). The save's answer is held by the harness and let go at the moment under test, so the
// order of events is fixed, not raced: the menu stays open, its field stays the same element, and
// typed letters and the caret stay where they were. What closed the menu in CI was the click
// itself: at 1366×900 the menu opens over the field, and a press held longer than MUI's 200 ms
// took its release as a pick of the option under the pointer (kit/selectMenu.ts; a busy CI makes a
// click that long). Now a press that began on the field picks nothing.
import type { Locator, Page } from '@playwright/test';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import { expect, test, type AppHarness } from './harness/fixtures';
import { day, dispatch, NOORD, openAsRegisseur, registerSignal } from './harness/casework';
import { field } from './harness/locators';
import { resizeWindow } from './harness/sizes';

const saved = (app: AppHarness) => app.page.getByTestId('opslagstatus');

/** The saves of the minutes core has answered so far. */
const saveAnswers = (app: AppHarness) => app.calls.filter((call) => call.channel === 'meetings:save-item').length;

/** A meeting with one signal on its agenda, opened at its live minutes (as its chair). */
async function openMinutes(app: AppHarness): Promise<void> {
  const { regisseurId } = await openAsRegisseur(app);
  const signal = await registerSignal(app, { naam: 'Sam Keuzelijst (fictief)' });
  const meeting = await dispatch<MeetingView>(app, 'meetings:create', {
    type: 'i2o',
    title: 'Informatieoverleg Noord',
    datum: day(0),
    starttijd: '09:30',
    locatie: 'Vergaderzaal 2',
    regionId: NOORD,
    voorzitterId: regisseurId,
    invitedPartners: ['politie', 'gemeente'],
  });
  await dispatch(app, 'meetings:save-agenda', {
    id: meeting.id,
    items: [{ kind: 'signaal', signalId: signal.signalId, plannedMinutes: 15 }],
  });
  await app.open(`/overleggen/${meeting.id}/notuleren`);
  await expect(app.page.getByRole('heading', { level: 2, name: /^Punt 1 van 1: / })).toBeVisible();
}

/**
 * Alt+I and `text` put into the new inbreng in one input event (insertText, as a paste does): the
 * shortcut, the focus and the save are what the callers check; typing itself is typed key by key
 * where it is the point (the test of typing while an answer comes in).
 */
async function typeInbreng(page: Page, text: string): Promise<Locator> {
  await page.keyboard.press('Alt+i');
  const inbreng = page.getByRole('group', { name: 'Inbreng 1' });
  await expect(field(inbreng, 'Wat is gedeeld')).toBeFocused();
  await page.keyboard.insertText(text);
  return inbreng;
}

/**
 * The Partner field of a row by its element id: an open menu hides the rest of the page from the
 * accessibility tree, so the row's group cannot be found by its name then. Marked (a property on the
 * element, not in the DOM), so `sameElement` can tell it was not replaced by a re-render.
 */
async function partnerField(page: Page, row: Locator): Promise<Locator> {
  const id = await field(row, 'Partner').getAttribute('id');
  const partner = page.locator(`[id="${id}"]`);
  await partner.evaluate((element) => Object.assign(element, { cterKept: true }));
  return partner;
}

const sameElement = (partner: Locator) =>
  partner.evaluate((element) => (element as Element & { cterKept?: boolean }).cterKept === true);

/** The text of the option under the point, or null when no option lies there. */
const optionAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => document.elementFromPoint(px!, py!)?.closest('[role="option"]')?.textContent ?? null,
    [x, y],
  );

test('de keuzelijst Partner blijft open terwijl het antwoord van de autosave binnenkomt', async ({ app }) => {
  test.slow();
  const { page } = app;
  await openMinutes(app);
  const release = app.hold('meetings:save-item');
  const inbreng = await typeInbreng(page, 'Politie: twee meldingen van online uitingen (fictief).');
  // The save of that text is on its way and waits: its answer comes once the menu is open.
  await release.reached;
  const partner = await partnerField(page, inbreng);
  await partner.click();
  const menu = page.getByRole('listbox', { name: 'Partner' });
  await expect(menu).toBeVisible();
  const before = saveAnswers(app);
  release();
  await expect.poll(() => saveAnswers(app)).toBeGreaterThan(before);
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);
  // The answer has re-rendered the minutes: the menu is still open on the same field, the focus in it.
  await expect(menu).toBeVisible();
  await expect(partner).toHaveAttribute('aria-expanded', 'true');
  expect(await sameElement(partner)).toBe(true);
  await expect(menu.getByRole('option', { name: 'Kies een partner' })).toBeFocused();
  await app.expectAccessible('keuzelijst open na het antwoord');
  await app.screenshot('1366-keuzelijst-open-na-antwoord', { window: true });
  await menu.getByRole('option', { name: 'Politie', exact: true }).click();
  await expect(menu).toBeHidden();
  await expect(partner).toHaveText('Politie');
  await expect(partner).toBeFocused();
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);
  // What core has: the text and the partner chosen.
  await page.reload();
  const again = page.getByRole('group', { name: 'Inbreng 1' });
  await expect(field(again, 'Partner')).toHaveText('Politie');
  await expect(field(again, 'Wat is gedeeld')).toHaveValue('Politie: twee meldingen van online uitingen (fictief).');
});

test('een lange klik op de keuzelijst kiest niets, ook niet als het menu over het veld opent', async ({ app }) => {
  test.slow();
  const { page } = app;
  await openMinutes(app);
  const release = app.hold('meetings:save-item');
  const inbreng = await typeInbreng(page, 'Gemeente: zorgen over verzuim (fictief).');
  await release.reached;
  const partner = await partnerField(page, inbreng);
  const menu = page.getByRole('listbox', { name: 'Partner' });

  // At 1366×900 the row is low in the window: the menu does not fit under it and opens over it.
  const box = (await partner.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await expect(menu).toBeVisible();
  await expect
    .poll(() => optionAt(page, x, y), { message: 'the menu lies over the field (else this test proves nothing)' })
    .not.toBeNull();
  // The autosave answers while the button is down.
  const before = saveAnswers(app);
  release();
  await expect.poll(() => saveAnswers(app)).toBeGreaterThan(before);
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);
  // Longer than MUI's 200 and 400 ms after which a release over an option picks it; on the page's
  // clock, so the time has passed for the page whatever the machine's load.
  await page.clock.runFor(1000);
  const under = await optionAt(page, x, y);
  expect(under).not.toBeNull();
  await page.mouse.up();
  await expect(menu).toBeVisible();
  await expect(partner).toHaveAttribute('aria-expanded', 'true');
  expect(await sameElement(partner)).toBe(true);
  await expect(partner).not.toHaveText(under!);
  await app.expectAccessible('keuzelijst open na een lange klik');
  await app.screenshot('1366-keuzelijst-lange-klik', { window: true });
  // Nothing was picked: only the option clicked next counts.
  await menu.getByRole('option', { name: 'Gemeente', exact: true }).click();
  await expect(menu).toBeHidden();
  await expect(partner).toHaveText('Gemeente');
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);

  // At 1024×768 the same, for the actiehouder's partner of an action near the window's bottom.
  await resizeWindow(page, { width: 1024, height: 768 });
  await page.keyboard.press('Alt+n');
  const actie = page.getByRole('group', { name: 'Actie 1' });
  await expect(field(actie, 'Actie')).toBeFocused();
  await page.keyboard.insertText('Gesprek met school plannen (fictief).');
  const holder = field(actie, 'Actiehouder: partner');
  // Its bottom 60 px above the window's: the menu (about 300 px) must open over it.
  await holder.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - (innerHeight - 60)));
  const holderId = await holder.getAttribute('id');
  const holderBox = (await holder.boundingBox())!;
  const hx = holderBox.x + holderBox.width / 2;
  const hy = holderBox.y + holderBox.height / 2;
  await page.mouse.move(hx, hy);
  await page.mouse.down();
  const holderMenu = page.getByRole('listbox', { name: 'Actiehouder: partner' });
  await expect(holderMenu).toBeVisible();
  await expect.poll(() => optionAt(page, hx, hy), { message: 'the menu lies over the field' }).not.toBeNull();
  await page.clock.runFor(1000);
  await page.mouse.up();
  await expect(holderMenu).toBeVisible();
  await expect(page.locator(`[id="${holderId}"]`)).toHaveAttribute('aria-expanded', 'true');
  await app.expectAccessible('keuzelijst open na een lange klik 1024');
  await app.screenshot('1024-keuzelijst-lange-klik', { window: true });
  await page.keyboard.press('Escape');
  await expect(holderMenu).toBeHidden();
  await expect(holder).toHaveText(/^\u200b?$/);
  await resizeWindow(page, { width: 1366, height: 900 });
});

test('typen terwijl het antwoord van de autosave binnenkomt: geen letter kwijt, de cursor blijft staan', async ({
  app,
}) => {
  test.slow();
  const { page } = app;
  await openMinutes(app);
  const release = app.hold('meetings:save-item');
  const inbreng = await typeInbreng(page, 'Eerste deel');
  const tekst = field(inbreng, 'Wat is gedeeld');
  // "Eerste deel" is being saved (held); typed on meanwhile, and the caret put back before " tweede".
  await release.reached;
  await page.keyboard.type(' tweede');
  for (let i = 0; i < ' tweede'.length; i++) await page.keyboard.press('ArrowLeft');
  const before = saveAnswers(app);
  release();
  // The answer for "Eerste deel" lands, and the save of what was typed since follows it.
  await expect.poll(() => saveAnswers(app)).toBeGreaterThanOrEqual(before + 2);
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);
  await expect(tekst).toHaveValue('Eerste deel tweede');
  await expect(tekst).toBeFocused();
  expect(await tekst.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe('Eerste deel'.length);
  // Typing goes on at the caret.
  await page.keyboard.type(',');
  await expect(tekst).toHaveValue('Eerste deel, tweede');

  // Typed while an answer comes in: a save held, typing on through its release.
  const next = app.hold('meetings:save-item');
  await page.keyboard.press('End');
  await page.keyboard.type(' derde');
  await next.reached;
  const typing = page.keyboard.type(' vierde vijfde', { delay: 40 });
  next();
  await typing;
  await expect(tekst).toHaveValue('Eerste deel, tweede derde vierde vijfde');
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);
  await page.reload();
  await expect(field(page.getByRole('group', { name: 'Inbreng 1' }), 'Wat is gedeeld')).toHaveValue(
    'Eerste deel, tweede derde vierde vijfde',
  );
});
