// 0020: the counts the year figures read, kept by the database itself (issue 20 item 2, issue 17's
// benchmarks). The dashboard counted every signal three times per call (grouped scans of the
// `signal_figures` index: 400 ms at 100k persons on SQLCipher, more behind row security on
// PostgreSQL, linear in the data) and every closed casus once. Now four small tables hold the
// counts per year and region:
//
//   figure_age     (signal_year, region_id, leeftijd)           -> n   signals per year and age
//   figure_kind    (signal_year, region_id, ideologie, ernst)   -> n   ... per ideology and severity
//   figure_place   (signal_year, region_id, gemeente_id)        -> n   ... per municipality
//   figure_outcome (closed_year, region_id, outcome)            -> n   closed cases per outcome
//
// The grain is what figures/queries.ts asks: each query groups by its own columns within a range of
// years and optionally one region (the casus's region, as kept on the signal). One table with every
// column together would have held almost a row per signal (year × gemeente × age × ideology ×
// severity has more combinations than there are signals); apart, they hold a few thousand rows.
// The columns mean what they mean on `signal` (db/signal-facts.ts) and `casus`, NULL included; the
// key indexes read a NULL as NONE (below), a value no key column can have: ids are positive and an
// age comes from two four-digit years. figure_outcome counts the cases with both a closing date and
// an outcome, as the figures did.
//
// Kept exact by triggers on `signal` and `casus`, so every write is covered, also the ones that come
// later (registration inserts a signal and then sets its facts; a corrected person, a moved casus,
// a closed or reopened one, the destruction of cases and any UPDATE or DELETE at all): SQLite row
// triggers, one per table and event (an UPDATE only when a counted column changed); on PostgreSQL
// one statement trigger per table and event that adds the statement's changes per key, in key order
// (a statement takes its row locks in one order), with `INSERT … ON CONFLICT DO UPDATE SET n = n +
// excluded.n`: concurrent writers of one key wait for each other's row and none loses a count. A
// count that reaches zero is deleted. (TRUNCATE is not counted: the application never truncates.)
// The existing rows are counted here (on PostgreSQL as a system path: the migration's transaction
// names no account, so row security would show it no signal).
//
// Row security: the tables hold counts per year, region and one or two other columns, no casus,
// person or signal id, and are not under a policy. Who may read them is decided in core as for the figures
// today (every role with figures: computeDashboard reads the whole ZVH as the system path
// `figures`), and that role already sees these counts, more finely, on the dashboard: per year the
// ages, ideologies, severities and municipalities of every signal of the ZVH, and the outcomes of
// every closed casus. A count of one could
// point at a person only with what the dashboard already shows; exports suppress small cells
// (disclosure control, unchanged). Nothing else reads them.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the key indexes read a NULL as. */
const NONE = -1000000;

interface Column {
  name: string;
  type: 'INTEGER' | 'TEXT';
  nullable: boolean;
  /** The columns of the source table it is made of (an UPDATE of others changes no count). */
  source: string;
  /** The value of a source row `r` (NEW, OLD or a transition table's alias). */
  of: (r: string) => string;
}

const yearOf = (name: string, source: string): Column => ({
  name,
  type: 'INTEGER',
  nullable: false,
  source,
  of: (r) => `CAST(substr(${r}.${source}, 1, 4) AS INTEGER)`,
});
const column = (name: string, type: Column['type'], nullable: boolean): Column => ({
  name,
  type,
  nullable,
  source: name,
  of: (r) => `${r}.${name}`,
});
const signalYear = yearOf('signal_year', 'ontvangen');
const region = column('region_id', 'INTEGER', true);

interface Counted {
  table: string;
  /** The table whose rows are counted. */
  from: 'signal' | 'casus';
  key: readonly Column[];
  /** Which rows count (all when absent), and the columns that decides on. */
  where?: { of: (r: string) => string; sources: readonly string[] };
}

/** The counted tables and their keys, in the order the figures read them. */
export const FIGURE_TABLES: readonly Counted[] = [
  { table: 'figure_age', from: 'signal', key: [signalYear, region, column('leeftijd', 'INTEGER', true)] },
  {
    table: 'figure_kind',
    from: 'signal',
    key: [signalYear, region, column('ideologie', 'TEXT', false), column('ernst', 'TEXT', false)],
  },
  { table: 'figure_place', from: 'signal', key: [signalYear, region, column('gemeente_id', 'INTEGER', true)] },
  {
    table: 'figure_outcome',
    from: 'casus',
    key: [yearOf('closed_year', 'closed_at'), region, column('outcome', 'TEXT', false)],
    where: { of: (r) => `${r}.closed_at IS NOT NULL AND ${r}.outcome IS NOT NULL`, sources: ['closed_at', 'outcome'] },
  },
];

const SOURCES = ['signal', 'casus'] as const;

const indexed = (c: Column, r?: string) => {
  const value = r ? c.of(r) : c.name;
  return c.nullable ? `coalesce(${value}, ${NONE})` : value;
};
const conflictTarget = (key: readonly Column[]) => `(${key.map((c) => indexed(c)).join(', ')})`;
const names = (key: readonly Column[]) => key.map((c) => c.name).join(', ');
const positions = (key: readonly Column[]) => key.map((_, i) => i + 1).join(', ');
const counts = (counted: Counted, r: string) => (counted.where ? counted.where.of(r) : 'true');

function createTable({ table, key }: Counted): string[] {
  const columns = key.map((c) => `${c.name} ${c.type}${c.nullable ? '' : ' NOT NULL'}`);
  return [
    `CREATE TABLE ${table} (${columns.join(', ')}, n INTEGER NOT NULL)`,
    `CREATE UNIQUE INDEX ${table}_key ON ${table} ${conflictTarget(key)}`,
  ];
}

const fill = (counted: Counted) =>
  `INSERT INTO ${counted.table} (${names(counted.key)}, n)
   SELECT ${counted.key.map((c) => c.of('s')).join(', ')}, count(*) FROM ${counted.from} s
    WHERE ${counts(counted, 's')} GROUP BY ${positions(counted.key)}`;

/** SQLite: a row trigger per table and event. */
function sqliteTriggers(counted: Counted): string[] {
  const { table, from, key } = counted;
  // The WHERE also parses the upsert's SELECT apart from its ON CONFLICT (SQLite's rule).
  const add = `INSERT INTO ${table} (${names(key)}, n) SELECT ${key.map((c) => c.of('NEW')).join(', ')}, 1
      WHERE ${counts(counted, 'NEW')}
      ON CONFLICT ${conflictTarget(key)} DO UPDATE SET n = n + 1;`;
  const match = [...key.map((c) => `${indexed(c)} = ${indexed(c, 'OLD')}`), counts(counted, 'OLD')].join(' AND ');
  const remove = `UPDATE ${table} SET n = n - 1 WHERE ${match};
      DELETE FROM ${table} WHERE ${match} AND n = 0;`;
  const sources = [...new Set([...key.map((c) => c.source), ...(counted.where?.sources ?? [])])];
  const changed = [
    ...key.map((c) => `${c.of('OLD')} IS NOT ${c.of('NEW')}`),
    ...(counted.where ? [`(${counts(counted, 'OLD')}) IS NOT (${counts(counted, 'NEW')})`] : []),
  ].join(' OR ');
  return [
    `CREATE TRIGGER ${table}_insert AFTER INSERT ON ${from} BEGIN
      ${add}
    END`,
    `CREATE TRIGGER ${table}_delete AFTER DELETE ON ${from} BEGIN
      ${remove}
    END`,
    `CREATE TRIGGER ${table}_update AFTER UPDATE OF ${sources.join(', ')} ON ${from} WHEN ${changed} BEGIN
      ${remove}
      ${add}
    END`,
  ];
}

type Event = 'insert' | 'update' | 'delete';

/** PostgreSQL: what one statement changed, per key (`old_rows` and `new_rows` are its transition tables). */
function changes(counted: Counted, event: Event): string {
  const { key } = counted;
  const keys = (alias: string) => key.map((c) => c.of(alias)).join(', ');
  const rows = (table: string) => `${table} r WHERE ${counts(counted, 'r')}`;
  if (event === 'insert') return `SELECT ${keys('r')}, count(*) FROM ${rows('new_rows')} GROUP BY ${positions(key)}`;
  if (event === 'delete') return `SELECT ${keys('r')}, -count(*) FROM ${rows('old_rows')} GROUP BY ${positions(key)}`;
  return `SELECT ${names(key)}, sum(d) FROM (
        SELECT ${keys('r')}, -1 FROM ${rows('old_rows')} UNION ALL SELECT ${keys('r')}, 1 FROM ${rows('new_rows')}
      ) AS c (${names(key)}, d) GROUP BY ${positions(key)} HAVING sum(d) <> 0`;
}

function postgresFunction(from: (typeof SOURCES)[number], event: Event): string {
  const steps = FIGURE_TABLES.filter((counted) => counted.from === from).map((counted) => {
    const { table, key } = counted;
    const upsert = `INSERT INTO ${table} AS f (${names(key)}, n)
      ${changes(counted, event)} ORDER BY ${positions(key)}
      ON CONFLICT ${conflictTarget(key)} DO UPDATE SET n = f.n + excluded.n;`;
    if (event === 'insert') return upsert;
    return `${upsert}
    GET DIAGNOSTICS changed = ROW_COUNT;
    IF changed > 0 THEN DELETE FROM ${table} WHERE n = 0; END IF;`;
  });
  return `CREATE FUNCTION count_${from}_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE changed bigint;
  BEGIN
    ${steps.join('\n    ')}
    RETURN NULL;
  END $$`;
}

const TRANSITION: Record<Event, string> = {
  insert: 'REFERENCING NEW TABLE AS new_rows',
  update: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
  delete: 'REFERENCING OLD TABLE AS old_rows',
};

const EVENTS: Event[] = ['insert', 'update', 'delete'];

export class FigureCounts1766044800020 implements MigrationInterface {
  name = 'FigureCounts1766044800020';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    for (const counted of FIGURE_TABLES) for (const statement of createTable(counted)) await runner.query(statement);
    // Every signal and casus, seen by an account or not: the figures count the whole ZVH.
    if (postgres) await runner.query(`SELECT set_config('cter.scope', 'system', true)`);
    for (const counted of FIGURE_TABLES) await runner.query(fill(counted));
    if (postgres) {
      await runner.query(`SELECT set_config('cter.scope', '', true)`);
      for (const from of SOURCES) {
        for (const event of EVENTS) {
          await runner.query(postgresFunction(from, event));
          await runner.query(
            `CREATE TRIGGER count_${from}_${event} AFTER ${event.toUpperCase()} ON ${from} ${TRANSITION[event]}
             FOR EACH STATEMENT EXECUTE FUNCTION count_${from}_${event}()`,
          );
        }
      }
    } else {
      for (const counted of FIGURE_TABLES) {
        for (const statement of sqliteTriggers(counted)) await runner.query(statement);
      }
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === 'postgres') {
      for (const from of SOURCES) {
        for (const event of EVENTS) {
          await runner.query(`DROP TRIGGER count_${from}_${event} ON ${from}`);
          await runner.query(`DROP FUNCTION count_${from}_${event}()`);
        }
      }
    } else {
      for (const { table } of FIGURE_TABLES) {
        for (const event of EVENTS) await runner.query(`DROP TRIGGER ${table}_${event}`);
      }
    }
    for (const { table } of FIGURE_TABLES) await runner.query(`DROP TABLE ${table}`);
  }
}
