// The dialog the accounts page has open, chosen from the table's row actions or the page header.
import type { AccountSummary } from '../../../src-shared/ipc/accounts';

export type AccountDialog =
  | { kind: 'create' | 'own-password' }
  | { kind: 'edit' | 'deactivate' | 'reset'; account: AccountSummary }
  | { kind: 'password'; account: AccountSummary; password: string; reason: 'created' | 'reset' };
