// Finding form fields by their visible label. MUI appends " *" to the label of a required field,
// and a password field's "show" button carries the word "Wachtwoord" too: match the label exactly,
// with or without the asterisk.
import { expect, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function field(scope: Pick<Page, 'getByLabel'>, label: string) {
  return scope.getByLabel(new RegExp(`^${escape(label)}(\\s*\\*)?$`));
}

/** The options of an open MUI select menu or autocomplete list (not a page's own listbox). */
const MENU_OPTIONS = '.MuiPopover-root [role="option"], .MuiAutocomplete-popper [role="option"]';

/**
 * Picks `name` from the open select menu or autocomplete list and waits until the list has gone.
 * When the option does not show within 10 s while the focused field is a closed autocomplete
 * (its list closed, e.g. by Escape, with the typed text kept), ArrowDown opens the list again. A
 * closed Select there is a defect of the product, not of the test: its menu closed as it opened
 * (a CI run waited 12 minutes for "Politie": the press that opened the Partner menu over its field
 * was taken as a pick, fixed in kit/selectMenu.ts), so that fails at once and says so.
 * Under load the first click on an option can land while the menu is still opening and be lost
 * (the menu stays open and hides the dialog behind it); then the option is chosen once more with
 * the keyboard. A menu of a `multiple` select stays open: then this waits until the option shows
 * as selected.
 */
export async function pickOption(
  page: Page,
  name: string | RegExp,
  options: { exact?: boolean; multiple?: boolean } = {},
) {
  const option = page
    .locator('.MuiPopover-root, .MuiAutocomplete-popper')
    .getByRole('option', { name, exact: options.exact });
  const open = page.locator(MENU_OPTIONS);
  try {
    await option.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    const focused = page.locator(':focus');
    const closed =
      (await focused.getAttribute('role')) === 'combobox' && (await focused.getAttribute('aria-expanded')) !== 'true';
    if (closed && (await focused.evaluate((element) => element.tagName)) !== 'INPUT')
      throw new Error(
        `pickOption(${String(name)}): the focused Select's menu is closed — it closed as it opened, or picked on the ` +
          `release of the click that opened it (${(await focused.textContent()) ?? ''} is shown)`,
      );
    if (closed) await page.keyboard.press('ArrowDown');
  }
  await option.click();
  if (options.multiple) {
    await expect(option).toHaveAttribute('aria-selected', 'true');
    return;
  }
  try {
    await expect(open).toHaveCount(0, { timeout: 5000 });
  } catch {
    if (await option.isVisible()) await option.press('Enter');
    await expect(open).toHaveCount(0);
  }
}
