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
 * When the option does not show within 10 s while the focused field is a closed combobox, the
 * click that should have opened it was lost, and ArrowDown opens it. Under load the first click can land while the menu is still opening and be lost (the menu stays
 * open and hides the dialog behind it); then the option is chosen once more with the keyboard.
 * A menu of a `multiple` select stays open: then this waits until the option shows as selected.
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
    // The click meant to open the menu was lost: the menu closed as it opened (a CI run saw it
    // once, after an autosave re-rendered the minutes while a Select opened) and the option never
    // shows. The field still has the focus, closed: the keyboard opens its menu again.
    const focused = page.locator(':focus');
    if ((await focused.getAttribute('role')) === 'combobox' && (await focused.getAttribute('aria-expanded')) !== 'true')
      await page.keyboard.press('ArrowDown');
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
