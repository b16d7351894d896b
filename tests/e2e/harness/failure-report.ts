// What the page showed when a test failed, printed in the run's own output. CI keeps only its log
// (not the trace or error-context files), so a failure seen once there must explain itself: the
// page's accessibility tree (an open dialog hides the rest, so a dialog's own error shows) and the
// last bridge calls with their answers.
import type { Page } from '@playwright/test';

const MAX_SNAPSHOT = 6_000;
const LAST_CALLS = 20;

export interface CallRecord {
  channel: string;
  ok: boolean;
  code?: string;
}

export async function printFailureReport(page: Page, calls: readonly CallRecord[], underWay: number): Promise<void> {
  let snapshot: string;
  try {
    snapshot = await page.locator('body').ariaSnapshot({ timeout: 5_000 });
  } catch (error) {
    snapshot = `(no snapshot: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  if (snapshot.length > MAX_SNAPSHOT)
    snapshot = `${snapshot.slice(0, MAX_SNAPSHOT)}\n… (${snapshot.length} characters)`;
  const last = calls
    .slice(-LAST_CALLS)
    .map((call) => `  ${call.channel} ${call.ok ? 'ok' : `refused ${call.code ?? ''}`}`.trimEnd());
  console.info(
    [
      `--- the page when the test failed: ${page.url()}`,
      snapshot,
      `--- the last ${last.length} of ${calls.length} bridge calls (${underWay} still under way)`,
      ...last,
      '---',
    ].join('\n'),
  );
}
