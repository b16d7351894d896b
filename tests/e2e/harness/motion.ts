// The app moves as the person's system asks (kit/theme.ts): with "no animations"
// (prefers-reduced-motion: reduce) a dialog appears at once, otherwise it fades in as MUI's do.
// The `sqlcipher` project runs with reduced motion, `postgres` and `server` without
// (playwright.config.ts), so a spec that runs on more than one project checks both.
import { expect, type Page } from '@playwright/test';

/** Call with a dialog open: its backdrop's transition is none with reduced motion, a fade without. */
export async function expectMotionAsAsked(page: Page): Promise<void> {
  const reduce = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
  const backdrop = page.locator('.MuiDialog-root .MuiBackdrop-root').last();
  if (reduce) await expect(backdrop).toHaveCSS('transition-duration', '0s');
  else await expect(backdrop).toHaveCSS('transition-duration', /^0\.[1-9]\d*s$/);
}
