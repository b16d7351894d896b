// An account's form over a lock (kit/heldDraft): a new account, or an account's changes (accounts
// carry no version). The temporary password is never held: a password must not stay in memory over
// a lock, so the beheerder types it again (or leaves it to core) after the unlock.
import type { Role } from '../../../src-shared/domain/roles';
import { changedValues } from '../../kit/heldDraft';

export function accountDraftKey(accountId: number | null): string {
  return `accounts:account:${accountId ?? 'nieuw'}`;
}

/** What the account form holds over a lock: every field but the temporary password. */
export interface AccountFields {
  displayName: string;
  username: string;
  roles: Role[];
  regionIds: number[];
}

/** The fields typed that differ from the start, without the password; undefined when none do. */
export function unsavedAccount(
  { displayName, username, roles, regionIds }: AccountFields & { temporaryPassword?: string },
  start: AccountFields,
): AccountFields | undefined {
  return changedValues<AccountFields>({ displayName, username, roles, regionIds }, start);
}
