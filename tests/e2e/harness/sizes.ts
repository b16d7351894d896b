/// <reference lib="dom" />
// The two window sizes of the usability round (issue 21): every point it raised is shown solved at
// 1366×900 and at 1024×768, in a screenshot a person looks at, with axe run at each size. The
// checklist of those steps is docs/developer/usability-round.md.
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppHarness } from './fixtures';

export const ROUND_SIZES = [
  { width: 1366, height: 900 },
  { width: 1024, height: 768 },
] as const;

/**
 * At 1366×900 and then at 1024×768: nothing scrolls sideways, `check` holds (what the point was
 * about, measured at that size), axe finds nothing, and a screenshot `<name>-1366` / `<name>-1024`.
 * Ends at 1366×900, the suite's size.
 */
export async function atBothSizes(app: AppHarness, name: string, check?: () => Promise<void>): Promise<void> {
  const { page } = app;
  for (const size of ROUND_SIZES) {
    await resizeWindow(page, size);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name} scrolls sideways` })
      .toBeLessThanOrEqual(size.width);
    if (check) await check();
    await app.expectAccessible(`${name} ${size.width}`);
    await app.screenshot(`${name}-${size.width}`);
  }
  await resizeWindow(page, ROUND_SIZES[0]);
}

/**
 * The window at `size`, laid out for it. Playwright's `setViewportSize` returns before the page has
 * its resize event (tens of milliseconds later on a busy machine), and the media queries' change
 * events — the shell folds its navigation below 1280 px — and the renders they start come after it.
 * So: wait until a ResizeObserver on a probe as large as the window reports the new size. Its
 * callback comes after the layout of the frame that ran the resize event and the media queries'
 * events (and React's render of them, a microtask each). Not animation frames or timers: the page's
 * clock is Playwright's, which runs them, and a test may pause it (rechten-betrokkene.spec.ts does,
 * around a resize). Use this, never `setViewportSize`, in the specs (lint enforces it).
 */
export async function resizeWindow(page: Page, size: { width: number; height: number }): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  if (width === size.width && height === size.height) return;
  await page.evaluate((target) => {
    const probe = document.createElement('div');
    probe.style.cssText = 'position: fixed; inset: 0; visibility: hidden; pointer-events: none';
    document.documentElement.append(probe);
    (window as unknown as { cterLaidOut?: Promise<void> }).cterLaidOut = new Promise<void>((resolve) => {
      const observer = new ResizeObserver(() => {
        // The first report (at observe) is of the old size.
        if (window.innerWidth !== target.width || window.innerHeight !== target.height) return;
        observer.disconnect();
        probe.remove();
        resolve();
      });
      observer.observe(probe);
    });
  }, size);
  await page.setViewportSize(size);
  let giveUp: NodeJS.Timeout | undefined;
  await Promise.race([
    page.evaluate(() => (window as unknown as { cterLaidOut?: Promise<void> }).cterLaidOut),
    new Promise((_, reject) => {
      giveUp = setTimeout(() => reject(new Error(`the page did not lay out at ${size.width}×${size.height}`)), 15_000);
    }),
  ]).finally(() => clearTimeout(giveUp));
}

/** `element` is whole in the window and on top: at its middle, nothing (a notice) lies over it. */
export async function expectOnTop(element: Locator): Promise<void> {
  await expect(element).toBeInViewport({ ratio: 1 });
  const onTop = await element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && node.contains(hit);
  });
  expect(onTop, `${await element.innerText()}: covered`).toBe(true);
}

/**
 * A dialog's actions (the buttons under its fields) are whole in the window, and no notice lies
 * over them (issue 21 item 4: "Account toevoegen" scrolled them away, a leftover "Opgeslagen"
 * covered them).
 */
export async function expectDialogActionsInView(dialog: Locator): Promise<void> {
  const buttons = dialog.locator('.MuiDialogActions-root button');
  expect(await buttons.count()).toBeGreaterThan(0);
  for (const button of await buttons.all()) await expectOnTop(button);
  // A notice of the page behind lies under the dialog, not over any part of it.
  for (const notice of await dialog.page().locator('.MuiSnackbar-root').all()) {
    const over = await notice.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && element.contains(hit);
    });
    expect(over, 'a notice lies over the dialog').toBe(false);
  }
}

/**
 * A confirmation lies over nothing the user reads: no text, field or button of the page's main
 * content overlaps it (Beleid's "Opgeslagen" notice covered a field's hint at 1024×768 and the
 * next section's heading at 1366×900). What holds the confirmation and what it holds do not count.
 */
export async function expectCoversNothing(confirmation: Locator): Promise<void> {
  const covered = await confirmation.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const overlaps = (other: Element) => {
      const r = other.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.height > 0 &&
        r.left < box.right &&
        r.right > box.left &&
        r.top < box.bottom &&
        r.bottom > box.top
      );
    };
    const hasOwnText = (other: Element) =>
      [...other.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    return [...document.querySelectorAll('main *')]
      .filter((other) => !other.contains(element) && !element.contains(other))
      .filter((other) => other.matches('input, textarea, select, button') || hasOwnText(other))
      .filter(overlaps)
      .map((other) => (other.textContent ?? '').trim().slice(0, 60) || other.tagName);
  });
  expect(covered, 'what the confirmation covers').toEqual([]);
}
