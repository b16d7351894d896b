// The access layer, shared by every feature. Need-to-know: a user sees the cases of the ZVH
// regions on their account, and of those only the ones that are not afgeschermd or that name them.
// Everything that reads a person or a casus goes through these functions; a casus that may not be
// seen does not exist for the caller (NOT_FOUND, the same answer as for a number never used).
import type { EntityManager, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import { AccountEntity } from '../db/entities/account';
import { CaseEntity, type Case } from '../db/entities/casus';
import { entitiesTogether } from '../db/entity-reads';
import { raw, render, sql, type Sql } from '../db/sql';
import type { OpenSession } from '../workspace/session-state';

export interface AccessScope {
  accountId: number;
  regionIds: number[];
}

/**
 * The caller's scope, read fresh from the account (a beheerder may have changed the regions): in a
 * server call the account its session check read at the start of the same call, otherwise now.
 */
export async function scopeFor(manager: EntityManager, session: OpenSession | null): Promise<AccessScope> {
  if (!session) throw new AppError('NOT_AUTHENTICATED');
  const account = session.account ?? (await manager.findOne(AccountEntity, { where: { id: session.user.id } }));
  return { accountId: session.user.id, regionIds: account?.active ? account.regionIds : [] };
}

// The rule is written once, below, as a SQL fragment (`visibleSql`); the query-builder form
// (`whereVisible`) is the same fragment with its values as named parameters. No other module spells
// out `casus_access` or the afgeschermd test (src-main/core/access/written-once.test.ts checks).

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/i;

/** A table alias from the calling code, checked because it goes into the text as it is. */
function aliasText(alias: string): Sql {
  if (!IDENTIFIER.test(alias) || alias.toLowerCase() === 'named') throw new Error(`unusable alias: ${alias}`);
  return raw(alias);
}

/**
 * A row of a region-bound table (casus, meeting, trajectory) under `alias` is in the caller's ZVH
 * regions. `regionIndex: false` writes `+alias.region_id`, which keeps SQLite from choosing the
 * region index where another index should lead (search by case number or in name order).
 */
export function inRegionsSql(scope: AccessScope, alias: string, options: { regionIndex?: boolean } = {}): Sql {
  if (scope.regionIds.length === 0) return sql`1 = 0`;
  const column = sql`${raw(options.regionIndex === false ? '+' : '')}${aliasText(alias)}.region_id`;
  return sql`${column} IN ${regionList(scope.regionIds)}`;
}

/**
 * The regions written into the text, not bound. In a statement kept per connection (db/kept.ts
 * readTogether) PostgreSQL's generic plan turned bound regions into `region_id = ANY
 * (ARRAY[$1, $2, $3])` and built that array anew for every row it tested: ~13 % of the backend's
 * instructions for the case list as it opens (callgrind, docs/benchmarks.md "The backend's
 * instructions"). Written in, they are one constant array, planned once. The text then differs per
 * set of regions, which an account rarely changes. Only checked integers go in.
 */
function regionList(regionIds: readonly number[]): Sql {
  for (const id of regionIds) if (!Number.isSafeInteger(id)) throw new Error(`region id is no integer: ${id}`);
  return raw(`(${regionIds.join(', ')})`);
}

/**
 * Need-to-know for a casus under `alias`, as a fragment for `sql` templates: in the caller's regions,
 * and not afgeschermd or naming the caller in casus_access.
 */
export function visibleSql(scope: AccessScope, alias: string, options: { regionIndex?: boolean } = {}): Sql {
  if (scope.regionIds.length === 0) return sql`1 = 0`;
  return ruleSql(alias, inRegionsSql(scope, alias, options), sql`${scope.accountId}`);
}

/** The rule itself: `inRegions` (the region half) and not afgeschermd or naming `account`. */
function ruleSql(alias: string, inRegions: Sql, account: Sql): Sql {
  const c = aliasText(alias);
  return sql`${inRegions} AND (${c}.afgeschermd = ${false} OR EXISTS (SELECT 1 FROM casus_access named WHERE named.casus_id = ${c}.id AND named.account_id = ${account}))`;
}

// Row-level security on PostgreSQL (the second wall, migration 0012 and ./row-security.ts): the
// same rule with the scope read inside the database instead of bound. The account is the one the
// transaction set (`cter.account_id`, SET LOCAL semantics); its regions are read from the account
// as `scopeFor` reads them (an inactive account has none). `cter.scope = 'system'` lets the named
// core paths of row-security.ts see every row.

/**
 * The account the transaction is for, or NULL when none was set. A scalar subquery, so PostgreSQL
 * reads the setting once per statement (an InitPlan) instead of once per row (migration 0019).
 */
const SET_ACCOUNT = raw(`(SELECT NULLIF(current_setting('cter.account_id', true), '')::integer)`);

/**
 * The regions of that account as one array: `scopeFor`'s `account.active ? account.regionIds : []`.
 * `ARRAY(SELECT …)` refers to nothing of the row, so PostgreSQL reads it once per statement (an
 * InitPlan) and tests each row with `= ANY` against the array; as `IN (SELECT …)` it was a hashed
 * subplan probed for every row (~0.5 M instructions per case list as it opens, callgrind; migration
 * 0037). No regions (an inactive or unknown account): the empty array, which matches no row.
 */
const SET_REGIONS = sql`ARRAY(SELECT r.value::integer FROM account a CROSS JOIN LATERAL jsonb_array_elements_text(a.region_ids::jsonb) r WHERE a.id = ${SET_ACCOUNT} AND a.active)`;

/**
 * A system path's transaction (row-security.ts asSystem); first in every policy, so it decides alone.
 * Read once per statement (an InitPlan), not per row (migration 0019).
 */
export const SYSTEM_SCOPE_TEXT = `(SELECT current_setting('cter.scope', true) = 'system')`;
const SYSTEM_SCOPE = raw(SYSTEM_SCOPE_TEXT);

/** The values of a policy are part of its text: only booleans and integers occur. */
function literal(value: unknown): string {
  if (typeof value === 'boolean') return String(value);
  if (Number.isInteger(value)) return String(value);
  throw new Error(`no literal for ${typeof value}`);
}

/** Renders a fragment as PostgreSQL text without parameters (a policy takes no bound values). */
function policyText(fragment: Sql): string {
  const { text, params } = render(fragment, 'postgres');
  return text.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
}

/**
 * The row-level security policy of casus (the table under its own name): the need-to-know rule
 * for the transaction's account, or a system path. What migration 0037 installed, frozen there
 * (after 0012, 0016 and 0019); access.test.ts checks that the two are the same text.
 */
export function casePolicy(): string {
  const inRegions = sql`casus.region_id = ANY (${SET_REGIONS})`;
  return policyText(sql`${SYSTEM_SCOPE} OR (${ruleSql('casus', inRegions, SET_ACCOUNT)})`);
}

/** Restricts a query builder on casus (under `alias`) to what the scope may see. */
export function whereVisible<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, scope: AccessScope) {
  // Numbered placeholders ($1, $2…) become named parameters, unique per alias within the query.
  const { text, params } = render(visibleSql(scope, alias), 'postgres');
  const name = (n: string) => `visible_${alias}_${n}`;
  return qb.andWhere(
    `(${text.replace(/\$(\d+)/g, (_, n: string) => `:${name(n)}`)})`,
    Object.fromEntries(params.map((value, index) => [name(String(index + 1)), value])),
  );
}

/**
 * The read of casus `caseId` if the scope may see it (no row if not), for `entitiesTogether`: one
 * text for every caller, so one kept statement per connection serves them all.
 */
export function visibleCaseRead(
  manager: EntityManager,
  scope: AccessScope,
  caseId: number,
): SelectQueryBuilder<ObjectLiteral> {
  const qb = manager.createQueryBuilder(CaseEntity, 'c').where('c.id = :caseId', { caseId });
  return whereVisible(qb, 'c', scope).limit(1) as unknown as SelectQueryBuilder<ObjectLiteral>;
}

/**
 * Casus `caseId` if the scope may see it, else NOT_FOUND. Read as a statement kept per connection
 * (`entitiesTogether`, db/kept.ts readTogether): on PostgreSQL it is planned once per connection
 * instead of on every call (behind the policies ~0.6 ms of the backend's CPU), and when it is the
 * first statement of its transaction the BEGIN and the scope go in the same round trip. Often it is
 * (a save checks its casus first). On SQLite the same read as before.
 */
export async function visibleCase(manager: EntityManager, scope: AccessScope, caseId: number): Promise<Case> {
  const { casus } = await entitiesTogether(manager, { casus: visibleCaseRead(manager, scope, caseId) });
  const found = casus?.[0] as Case | undefined;
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** The person's cases that the scope may see; NOT_FOUND when there are none. */
export async function visibleCasesOfPerson(
  manager: EntityManager,
  scope: AccessScope,
  personId: number,
): Promise<Case[]> {
  const qb = manager.createQueryBuilder(CaseEntity, 'c').where('c.person_id = :personId', { personId });
  const found = await whereVisible(qb, 'c', scope).orderBy('c.opened_at', 'DESC').getMany();
  if (!found.length) throw new AppError('NOT_FOUND');
  return found;
}

/** Of the given case ids, the ones the scope may see (one query; unknown ids are left out). */
export async function visibleCaseIds(
  manager: EntityManager,
  scope: AccessScope,
  caseIds: number[],
): Promise<Set<number>> {
  const wanted = [...new Set(caseIds)];
  if (!wanted.length) return new Set();
  const qb = manager.createQueryBuilder(CaseEntity, 'c').select('c.id', 'id').where('c.id IN (:...wanted)', { wanted });
  const rows = await whereVisible(qb, 'c', scope).getRawMany<{ id: number }>();
  return new Set(rows.map((row) => Number(row.id)));
}
