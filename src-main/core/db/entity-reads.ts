// TypeORM reads sent together: a query builder's statement as one read of `readTogether` (one round
// trip on PostgreSQL for all of them), its raw rows made into entities by TypeORM's own transformer,
// as `getMany` would (booleans, JSON columns and types per engine exactly as a read of its own).
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RawSqlResultsToEntityTransformer } from 'typeorm/query-builder/transformer/RawSqlResultsToEntityTransformer.js';
import { dialectOf, fromRendered, type Sql } from './sql';
import { readTogether, type Read } from './kept';

/** A query builder's text and values as an `Sql` (its placeholders `$n` or `?` become values). */
export function builderSql(manager: EntityManager, qb: SelectQueryBuilder<ObjectLiteral>): Sql {
  const [text, params] = qb.getQueryAndParameters();
  return fromRendered(text, params, dialectOf(manager));
}

/**
 * The entities of each query builder, read together (`readTogether`: one round trip on PostgreSQL
 * in a transaction, one read after the other on SQLite). Builders without joins only: the rows are
 * made into entities of the main alias.
 */
export async function entitiesTogether(
  manager: EntityManager,
  builders: Record<string, SelectQueryBuilder<ObjectLiteral>>,
): Promise<Record<string, ObjectLiteral[]>> {
  const names = Object.keys(builders);
  const reads: Record<string, Read> = {};
  for (const name of names) reads[name] = { rows: builderSql(manager, builders[name]!) };
  const raw = await readTogether<Record<string, ObjectLiteral[]>>(manager, reads);
  const out: Record<string, ObjectLiteral[]> = {};
  for (const name of names) {
    const { expressionMap } = builders[name]!;
    const transformer = new RawSqlResultsToEntityTransformer(
      expressionMap,
      manager.connection.driver,
      [],
      manager.queryRunner,
    );
    out[name] = transformer.transform(raw[name] ?? [], expressionMap.mainAlias!) as ObjectLiteral[];
  }
  return out;
}
