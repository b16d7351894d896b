// The raw SQL of evaluation rounds and reports (round-service.ts, report.ts), written once for
// SQLite and PostgreSQL (see db/sql.ts). Counts come back as strings from PostgreSQL; the callers
// convert them with Number().
import { sql, type Sql } from '../db/sql';
import { roundVisibleSql, type RoundReader } from './houses';

/** Responses of a round per source, paper or kiosk (`source`, `n`). */
export const responsesPerSource = (roundId: number): Sql =>
  sql`SELECT source AS "source", count(*) AS "n" FROM eval_response WHERE round_id = ${roundId} GROUP BY source`;

/** Responses of a round per partner, null for those without an organisation (`partner`, `n`). */
export const responsesPerPartner = (roundId: number): Sql =>
  sql`SELECT partner AS "partner", count(*) AS "n" FROM eval_response WHERE round_id = ${roundId} GROUP BY partner`;

/** The responses of a round as the analysis reads them (`partner`, `answers` as JSON text). */
export const analysedResponses = (roundId: number): Sql =>
  sql`SELECT partner AS "partner", answers AS "answers" FROM eval_response WHERE round_id = ${roundId}`;

/**
 * The latest earlier round of the same questionnaire (by its key), other than this one (`id`), that
 * the reader may read, of the same house or for every house (`region`: this round's house).
 */
export const previousRound = (
  sleutel: string,
  roundId: number,
  periodFrom: string,
  region: number | null,
  reader: RoundReader,
): Sql =>
  sql`SELECT r.id AS "id" FROM eval_round r JOIN eval_template t ON t.id = r.template_id
       WHERE t.sleutel = ${sleutel} AND r.id <> ${roundId} AND r.period_from < ${periodFrom}
         AND (r.region_id IS NULL OR r.region_id = ${region ?? 0}) AND ${roundVisibleSql(reader, 'r')}
       ORDER BY r.period_from DESC, r.id DESC LIMIT 1`;

/**
 * The rounds of one questionnaire version whose period overlaps [from, to] that the reader may read
 * (`id`, `regionId`), oldest first.
 */
export const pooledRounds = (templateId: number, from: string, to: string, reader: RoundReader): Sql =>
  sql`SELECT r.id AS "id", r.region_id AS "regionId" FROM eval_round r
       WHERE r.template_id = ${templateId} AND r.period_from <= ${to} AND r.period_to >= ${from}
         AND ${roundVisibleSql(reader, 'r')}
       ORDER BY r.period_from, r.id`;
