// Transaction-scoped locks for many writers on one PostgreSQL store (several processes, and the
// transactions one process runs side by side). What is numbered from the table's own last row
// (case numbers, trajectory codes, the audit chain's positions), and what is checked across rows
// before a write (the last beheerder), is read and written under `pg_advisory_xact_lock`, so concurrent transactions from any core take their turn
// and the lock goes with the commit or rollback. The audit chain's lock is taken by the short
// transaction that links committed entries (audit/chain-linker.ts), not by the appending one. On SQLite one process holds the exclusive lock on the
// file and its writes are already serial: the lock is a no-op there.
import type { EntityManager } from 'typeorm';
import { dialectOf, query, sql, type Sql } from './sql';

/** The lock keys, one per numbered thing; fixed, never reused for something else. */
export const LOCK = {
  /** The audit chain, held while committed entries are linked into it (single bigint key). */
  auditChain: 4_311_017_001,
  /** Case numbers, with the year as second key. */
  caseNumber: 431_170_002,
  /** Trajectory codes, with the year as second key. */
  trajectoryCode: 431_170_003,
  /**
   * The duplicate-person check of a new registration, with a birth year as second key. Two names
   * can match only when their birth years differ by at most one, so a registration takes its year
   * and the next (signals/signal-service.ts): any two that could match share a lock.
   */
  personBirthYear: 431_170_004,
  /**
   * The check that an account change leaves an active beheerder (accounts/account-service.ts): two
   * beheerders deactivating each other at once would each still see the other.
   */
  beheerders: 431_170_005,
  /**
   * A meeting's check-out lease (meetings/lease.ts), with the meeting id as second key: granting,
   * revoking and recording an expiry read the open lease and write under it.
   */
  meetingLease: 431_170_006,
} as const;

/**
 * Takes the lock `key` (or `key`, `sub`: two 32-bit keys) until the manager's transaction ends.
 * On PostgreSQL the manager must be in a transaction: outside one the lock would end with the statement.
 */
export async function lockForTransaction(manager: EntityManager, key: number, sub?: number): Promise<void> {
  if (dialectOf(manager) !== 'postgres') return;
  if (!manager.queryRunner?.isTransactionActive) throw new Error('lockForTransaction needs a transaction');
  await query(
    manager,
    sub === undefined
      ? sql`SELECT pg_advisory_xact_lock(${key}::bigint)`
      : sql`SELECT pg_advisory_xact_lock(${key}::integer, ${sub}::integer)`,
  );
}

/**
 * The statement that takes the audit chain's lock until its transaction ends (PostgreSQL), for a
 * read that goes with others in one round trip (audit/chain-linker.ts); `lockForTransaction` sends
 * the same on its own.
 */
export const chainLock = (): Sql => sql`SELECT pg_advisory_xact_lock(${LOCK.auditChain}::bigint)`;

/**
 * The lock `key` if it is free now, until the manager's transaction ends: true when taken, false
 * when another transaction holds it. On SQLite, where a writing transaction has the file to
 * itself, always true.
 */
export async function tryLockForTransaction(manager: EntityManager, key: number): Promise<boolean> {
  if (dialectOf(manager) !== 'postgres') return true;
  if (!manager.queryRunner?.isTransactionActive) throw new Error('tryLockForTransaction needs a transaction');
  const [row] = await query<{ locked: boolean }>(
    manager,
    sql`SELECT pg_try_advisory_xact_lock(${key}::bigint) AS "locked"`,
  );
  return row?.locked === true;
}
