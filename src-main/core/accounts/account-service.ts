// Accounts in the database, and their secrets: key slots in the vault (SQLCipher) or password
// verifiers in the database (PostgreSQL), see vault/credentials.ts. A beheerder creates accounts
// with a temporary password (which the holder must change at first login), changes roles,
// deactivates (which deletes the secret) and resets passwords (a new secret, again temporary).
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AccountSummary } from '../../../src-shared/ipc/accounts';
import type { SessionUser } from '../../../src-shared/ipc/session';
import type { Role } from '../../../src-shared/domain/roles';
import { AppError } from '../../../src-shared/ipc/errors';
import { AccountEntity, type Account } from '../db/entities/account';
import { LOCK, lockForTransaction } from '../db/locks';
import type { Issued, WorkspaceParts } from '../workspace';

export function toSessionUser(account: Account): SessionUser {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    mustChangePassword: account.mustChangePassword,
  };
}

export function toSummary(account: Account): AccountSummary {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    regionIds: account.regionIds,
    active: account.active,
    mustChangePassword: account.mustChangePassword,
    createdAt: account.createdAt,
    lastLoginAt: account.lastLoginAt,
  };
}

// Readable temporary passwords: five groups of lower-case letters and digits without look-alikes.
const TEMP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function generateTemporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)]).join('');
  return Array.from({ length: 5 }, group).join('-');
}

export async function findByUsername(manager: EntityManager, username: string): Promise<Account | null> {
  return manager.findOne(AccountEntity, { where: { username: username.toLowerCase() } });
}

export async function getAccount(manager: EntityManager, id: number): Promise<Account> {
  const account = await manager.findOne(AccountEntity, { where: { id } });
  if (!account) throw new AppError('NOT_FOUND');
  return account;
}

async function activeBeheerders(manager: EntityManager): Promise<Account[]> {
  const all = await manager.find(AccountEntity, { where: { active: true } });
  return all.filter((account) => account.roles.includes('beheerder'));
}

/** Refuses a change that would leave no active beheerder. */
export async function assertBeheerderRemains(
  manager: EntityManager,
  changing: Account,
  next: { active: boolean; roles: Role[] },
) {
  if (!changing.active || !changing.roles.includes('beheerder')) return;
  if (next.active && next.roles.includes('beheerder')) return;
  // Until the commit: a concurrent change of another beheerder reads after this one's.
  await lockForTransaction(manager, LOCK.beheerders);
  const others = (await activeBeheerders(manager)).filter((account) => account.id !== changing.id);
  if (others.length === 0) throw new AppError('LAST_BEHEERDER');
}

export interface NewAccount {
  username: string;
  displayName: string;
  roles: Role[];
  regionIds?: number[];
  /** The secret `Credentials.issue` made: a key slot's id or a password verifier. */
  keySlotId: string | null;
  passwordVerifier?: string | null;
  mustChangePassword: boolean;
}

export async function insertAccount(manager: EntityManager, now: Date, account: NewAccount): Promise<Account> {
  const stamp = now.toISOString();
  const row = manager.create(AccountEntity, {
    regionIds: [],
    passwordVerifier: null,
    ...account,
    username: account.username.toLowerCase(),
    active: true,
    createdAt: stamp,
    updatedAt: stamp,
    lastLoginAt: null,
  });
  return manager.save(AccountEntity, row);
}

/**
 * Gives `username` a secret for `password` (a key slot or a verifier; the key derivation takes
 * about a second, so it runs before any transaction). Checks the password rules first.
 */
export async function issueSecret(
  parts: Pick<WorkspaceParts, 'passwords' | 'credentials'>,
  username: string,
  password: string,
  personal: string[],
): Promise<Issued> {
  parts.passwords.assertAcceptable(password, [username, ...personal], 'temporaryPassword');
  return parts.credentials().issue(username, password);
}
