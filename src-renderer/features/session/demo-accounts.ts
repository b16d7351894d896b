// The demo accounts and their shared password, as vault:setup-demo returned them. Core gives them
// only once, when the demo is made; they are kept for this window (also across a reload) so the
// login screen can keep showing them. They are fictitious and published: nothing secret is stored.
import type { DemoAccounts } from '../../kit/session';

const KEY = 'cter.demo-accounts';

export function readDemoAccounts(): DemoAccounts | null {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? (JSON.parse(text) as DemoAccounts) : null;
  } catch {
    return null;
  }
}

export function rememberDemoAccounts(accounts: DemoAccounts): void {
  sessionStorage.setItem(KEY, JSON.stringify(accounts));
}

export function forgetDemoAccounts(): void {
  sessionStorage.removeItem(KEY);
}
