/// <reference lib="dom" />
// How many CSS rules the page's style sheets hold. Emotion (MUI's `sx`) adds a rule for every new
// combination of style values and never removes one: a value that follows the data (a row's
// offset in a virtualised list, a list's total height) adds a rule per value for as long as the
// window is open. A count, not a memory figure: the same however busy the machine is.
import type { Page } from '@playwright/test';

export function styleRuleCount(page: Page): Promise<number> {
  return page.evaluate(() => [...document.styleSheets].reduce((count, sheet) => count + sheet.cssRules.length, 0));
}
