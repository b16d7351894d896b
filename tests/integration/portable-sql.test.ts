// A cheap guard on the raw SQL of the per-feature query modules (`<feature>/queries.ts`, written
// with the tagged template of src-main/core/db/sql.ts) until the suite runs on PostgreSQL too:
//
// - every function a query module exports has a sample call below (a new query cannot slip by);
// - rendered for PostgreSQL, a query has no `?` placeholder left, no SQLite-only function or
//   syntax, no unquoted camelCase alias (PostgreSQL folds it to lower case) and no boolean column
//   compared with a literal 0 or 1 (PostgreSQL has true/false; bind the boolean instead);
// - rendered for SQLite, every statement compiles against a freshly migrated database (tables and
//   columns exist), without running it.
//
// Where a query differs per engine, its module writes both (`choose` in sql.ts, or a function of
// the dialect): the PostgreSQL variant is what is checked here, the SQLite one only compiled.
// To extend: add the module to MODULES with a sample per export, and forbidden words to FORBIDDEN.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { EntityManager, EntitySchema } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inRegionsSql } from '../../src-main/core/access/access';
import * as audit from '../../src-main/core/audit/queries';
import * as cases from '../../src-main/core/cases/queries';
import * as convenant from '../../src-main/core/convenant/queries';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import { ENTITIES } from '../../src-main/core/db/entities';
import * as signalFacts from '../../src-main/core/db/signal-facts';
import { render, type Dialect, type Sql } from '../../src-main/core/db/sql';
import * as demo from '../../src-main/core/demo/queries';
import * as evaluations from '../../src-main/core/evaluations/queries';
import * as figures from '../../src-main/core/figures/queries';
import * as lists from '../../src-main/core/lists/queries';
import * as mentoring from '../../src-main/core/mentoring/queries';
import * as retention from '../../src-main/core/retention/queries';
import * as serverSessions from '../../src-main/core/server/queries';
import * as trajectories from '../../src-main/core/trajectories/queries';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { tempDir } from './helpers';

/** A manager that only says which engine it talks to: enough for `choose` and `dialectOf`. */
const managerFor = (dialect: Dialect) =>
  ({ connection: { options: { type: dialect === 'postgres' ? 'postgres' : 'better-sqlite3' } } }) as EntityManager;

/** A sample call of a query builder for one engine; null when the query has no form on that engine. */
type Sample = (dialect: Dialect, manager: EntityManager) => Sql | null;

const range = { fromYear: 2024, toYear: 2026, regionId: 2 };
/** The mentor dashboard's condition on a trajectory (alias t): a caller of two regions. */
const trajectoryRegions = inRegionsSql({ accountId: 1, regionIds: [1, 2] }, 't');
const entry = {
  id: 7,
  at: '2026-11-29T09:00:00.000Z',
  actorId: 1,
  actorName: 'Bea Beheer',
  action: 'cases:get',
  kind: 'read' as const,
  objectType: 'casus',
  objectId: '3',
  result: 'ok',
  reason: null,
  legalGround: null,
  details: null,
  objectLabel: 'Casus 2026-0001',
  chainPosition: 7,
  prevHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
};

const MODULES: Record<string, { module: Record<string, unknown>; samples: Record<string, Sample> }> = {
  'audit/queries': {
    module: audit,
    samples: {
      insertEntry: () => audit.insertEntry(entry),
      insertUnlinked: () => audit.insertUnlinked(entry),
      chainHead: () => audit.chainHead(),
      unlinkedEntries: () => audit.unlinkedEntries(500),
      unlinkedAmong: () => audit.unlinkedAmong([7, 9]),
      linkEntries: () =>
        audit.linkEntries([
          { id: 7, position: 7, prevHash: '0'.repeat(64), hash: 'a'.repeat(64) },
          { id: 9, position: 8, prevHash: 'a'.repeat(64), hash: 'b'.repeat(64) },
        ]),
      keyOfScope: () => audit.keyOfScope('casus:3'),
      insertKey: () => audit.insertKey('casus:3', 'ab'.repeat(32)),
      deleteKeys: () => audit.deleteKeys(['casus:3', 'persoon:4']),
    },
  },
  'cases/queries': {
    module: cases,
    samples: {
      lastCaseNumber: () => cases.lastCaseNumber(2026),
      listCodes: () => cases.listCodes('partner', ['politie', 'gemeente']),
      accountActive: () => cases.accountActive(1),
    },
  },
  'convenant/queries': {
    module: convenant,
    samples: {
      insertQuestion: () =>
        convenant.insertQuestion({
          id: '00000000-0000-4000-8000-000000000001',
          day: '2026-11-29',
          words: '["hoe","lang"]',
          versionId: 1,
          article: '16',
          rank: 4,
        }),
      listQuestions: () => convenant.listQuestions(),
      questionById: () => convenant.questionById('00000000-0000-4000-8000-000000000001'),
      deleteQuestions: () => convenant.deleteQuestions(['00000000-0000-4000-8000-000000000001']),
      deleteQuestionsBefore: () => convenant.deleteQuestionsBefore('2026-09-01'),
      nameKeysAmong: () => convenant.nameKeysAmong(['jnsn', 'bkr']),
    },
  },
  'db/signal-facts': {
    module: signalFacts,
    samples: {
      refreshSignalFactsSql: () => signalFacts.refreshSignalFactsSql({ personId: 4 }),
      // Runs the query; its text is the one refreshSignalFactsSql renders.
      refreshSignalFacts: () => signalFacts.refreshSignalFactsSql({ caseId: 3 }),
    },
  },
  'demo/queries': {
    module: demo,
    samples: {
      mentortrajectInterventions: () => demo.mentortrajectInterventions(),
      firstGemeenten: () => demo.firstGemeenten(11),
    },
  },
  'evaluations/queries': {
    module: evaluations,
    samples: {
      responsesPerSource: () => evaluations.responsesPerSource(5),
      responsesPerPartner: () => evaluations.responsesPerPartner(5),
      analysedResponses: () => evaluations.analysedResponses(5),
      previousRound: () =>
        evaluations.previousRound('partners', 5, '2026-01-01', 2, {
          scope: { accountId: 1, regionIds: [1, 2] },
          province: false,
        }),
      pooledRounds: () =>
        evaluations.pooledRounds(5, '2026-01-01', '2026-12-31', {
          scope: { accountId: 1, regionIds: [1, 2] },
          province: false,
        }),
    },
  },
  'figures/queries': {
    module: figures,
    samples: {
      signalAges: () => figures.signalAges(range),
      signalKinds: () => figures.signalKinds({ ...range, regionId: null }),
      signalPlaces: () => figures.signalPlaces(range),
      anonymousRecords: () => figures.anonymousRecords(range),
      closedOutcomes: () => figures.closedOutcomes(range),
    },
  },
  'lists/queries': {
    module: lists,
    samples: { usesOfGemeente: () => lists.usesOfGemeente(9), usesOfRegion: () => lists.usesOfRegion(2) },
  },
  'mentoring/queries': {
    module: mentoring,
    samples: {
      attendedModules: () => mentoring.attendedModules(4),
      lastStatusDay: () => mentoring.lastStatusDay(4),
      occupiedPlaces: () => mentoring.occupiedPlaces(),
      sessionsOfMentor: () => mentoring.sessionsOfMentor(4),
      trajectoriesOfMentor: () => mentoring.trajectoriesOfMentor(4),
      dashboardTrajectories: () => mentoring.dashboardTrajectories(trajectoryRegions),
      mentorStatusHistory: () => mentoring.mentorStatusHistory(),
      trainingAttendance: () => mentoring.trainingAttendance(),
      activities: () => mentoring.activities(),
      contacts: () => mentoring.contacts(trajectoryRegions),
      supportMoments: () => mentoring.supportMoments(trajectoryRegions),
      trajectoryFacts: () => mentoring.trajectoryFacts(trajectoryRegions),
    },
  },
  'retention/queries': {
    module: retention,
    samples: {
      meetingsOfCases: () => retention.meetingsOfCases([3, 4]),
      deleteWegingenOfCases: () => retention.deleteWegingenOfCases([3, 4]),
      deleteOfCases: () => retention.deleteOfCases('casus_note', [3, 4]),
      deleteCases: () => retention.deleteCases([3, 4]),
      personsWithoutCase: () => retention.personsWithoutCase([5]),
      deleteOfPersons: () => retention.deleteOfPersons('person_correction', [5]),
      deletePersons: () => retention.deletePersons([5]),
      optimizeSearchIndex: (dialect) => retention.optimizeSearchIndex(dialect),
      blankTrajectoryNotes: () => retention.blankTrajectoryNotes('mentor_contact', [6]),
      blankTrajectoryStatusNotes: () => retention.blankTrajectoryStatusNotes([6]),
    },
  },
  'server/queries': {
    module: serverSessions,
    samples: {
      insertSession: () =>
        serverSessions.insertSession({
          id: 'sessie-1',
          tokenHash: 'ab'.repeat(32),
          accountId: 2,
          workstation: 'Werkplek 1',
          now: 1_780_000_000_000,
          expiresAt: 1_780_043_200_000,
          clientAddress: '192.0.2.7',
        }),
      sessionCheck: () => serverSessions.sessionCheck('ab'.repeat(32), ['id', 'region_ids', 'active'], 'policy'),
      sessionsByIds: () => serverSessions.sessionsByIds(['sessie-1', 'sessie-2']),
      openSession: (_dialect, manager) => serverSessions.openSession(manager, 'sessie-1'),
      endSession: () => serverSessions.endSession('sessie-1', 'logout', 1_780_000_000_000),
      endSessionsOfAccount: () => serverSessions.endSessionsOfAccount(2, 'deactivated', 1_780_000_000_000),
      countOpenSessions: () => serverSessions.countOpenSessions(),
      endOpenSessions: () => serverSessions.endOpenSessions('restore', 1_780_000_000_000),
      recordActivity: () => serverSessions.recordActivity('sessie-1', 1_780_000_000_000),
      saveKiosk: () => serverSessions.saveKiosk('sessie-1', null),
    },
  },
  'trajectories/queries': {
    module: trajectories,
    samples: {
      lastCodeOfYear: () => trajectories.lastCodeOfYear('2026'),
      lastTimelineDay: () => trajectories.lastTimelineDay(6),
      openTrajectoriesOfAction: () => trajectories.openTrajectoriesOfAction(8),
    },
  },
};

/** SQLite-only functions and syntax, with what to write instead. */
const FORBIDDEN: [RegExp, string][] = [
  [/\?/, 'a ? placeholder (use ${value} in sql``)'],
  [/\bstrftime\s*\(/i, 'strftime (dates are ISO text: substr, or choose per engine)'],
  [/\bjulianday\s*\(/i, 'julianday'],
  [/\bdate\s*\(/i, 'date()'],
  [/\bdatetime\s*\(/i, 'datetime()'],
  [/\bgroup_concat\s*\(/i, 'group_concat (string_agg on PostgreSQL)'],
  [/\bjson_(each|extract|group_array|object)\b/i, 'SQLite JSON functions'],
  [/\bifnull\s*\(/i, 'ifnull (coalesce)'],
  [/\biif\s*\(/i, 'iif (CASE)'],
  [/\binstr\s*\(/i, 'instr (strpos on PostgreSQL)'],
  [/\bprintf\s*\(/i, 'printf'],
  [/\btotal\s*\(/i, 'total() (coalesce(sum(x), 0))'],
  [/\bINSERT\s+OR\b/i, 'INSERT OR (ON CONFLICT)'],
  [/\bREPLACE\s+INTO\b/i, 'REPLACE INTO'],
  [/\bCOLLATE\s+NOCASE\b/i, 'COLLATE NOCASE (lower() on both)'],
  [/\browid\b/i, 'rowid'],
  [/\bLIMIT\s+-1\b/i, 'LIMIT -1'],
  [/\bPRAGMA\b/i, 'PRAGMA'],
  [/\blast_insert_rowid\s*\(|\bchanges\s*\(\s*\)/i, 'last_insert_rowid/changes (RETURNING)'],
  [/\bsqlite_\w+/i, 'sqlite_ tables or functions'],
  [/\bGLOB\b/i, 'GLOB'],
  [/\bMATCH\b/i, 'FTS5 MATCH'],
  [/\bAS\s+[a-z_]\w*[A-Z]\w*/, 'an unquoted camelCase alias (write AS "camelCase")'],
];

/** Database names of the boolean columns, from the entities: compared with 0/1 they fail on PostgreSQL. */
const BOOLEAN_COLUMNS = [
  ...new Set(
    (ENTITIES as EntitySchema[]).flatMap((entity) =>
      Object.entries(entity.options.columns)
        .filter(([, column]) => column?.type === 'boolean')
        .map(([property, column]) => column!.name ?? property),
    ),
  ),
];
const BOOLEAN_LITERAL = new RegExp(`\\b(?:${BOOLEAN_COLUMNS.join('|')})\\s*(?:=|<>|!=)\\s*[01]\\b`);

const rendered = Object.entries(MODULES).flatMap(([name, { samples }]) =>
  Object.entries(samples).map(([query, sample]) => ({
    label: `${name}: ${query}`,
    sqlite: sample('sqlite', managerFor('sqlite')),
    postgres: sample('postgres', managerFor('postgres')),
  })),
);

describe('portable raw SQL', () => {
  it('has a sample for every query a module exports', () => {
    for (const [name, { module, samples }] of Object.entries(MODULES)) {
      const exported = Object.entries(module)
        .filter(([, value]) => typeof value === 'function')
        .map(([key]) => key)
        .sort();
      expect(Object.keys(samples).sort(), name).toEqual(exported);
    }
  });

  it('knows the boolean columns it guards', () => {
    expect(BOOLEAN_COLUMNS).toEqual(expect.arrayContaining(['afgeschermd', 'case_record', 'active']));
    expect(BOOLEAN_LITERAL.test('c.afgeschermd = 0')).toBe(true);
    expect(BOOLEAN_LITERAL.test('c.afgeschermd = $1')).toBe(false);
  });

  it.each(rendered)('$label renders for PostgreSQL without SQLite-only SQL', ({ postgres }) => {
    if (postgres === null) return;
    const { text, params } = render(postgres, 'postgres');
    for (const [pattern, what] of FORBIDDEN) expect(pattern.test(text), `${what} in: ${text}`).toBe(false);
    expect(BOOLEAN_LITERAL.test(text), `a boolean column compared with 0 or 1 in: ${text}`).toBe(false);
    // $1…$n, each once and in order, one per value.
    const numbers = [...text.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
    expect(numbers).toEqual(params.map((_, index) => index + 1));
  });

  describe('on SQLite', () => {
    let db: Database;
    beforeAll(async () => {
      db = await openDatabase({ path: join(tempDir(), 'cter.db'), key: randomBytes(32), mode: 'create' });
    });
    afterAll(async () => {
      await db.close();
    });

    it.each(rendered)('$label compiles against the migrated schema', ({ sqlite }) => {
      expect(sqlite, 'every query has a SQLite form').not.toBeNull();
      const { text, params } = render(sqlite!, 'sqlite');
      expect(text).not.toMatch(/\$\d/);
      const statement = db.handle!.prepare(text);
      expect(statement.source).toBe(text);
      // Every value is bound to a placeholder of its own.
      expect(text.split('?').length - 1).toBe(params.length);
    });
  });

  describe('on PostgreSQL', () => {
    let store: PostgresStore;
    let db: Database;
    beforeAll(async () => {
      store = await createTestDatabase();
      db = await openDatabase(store);
    });
    afterAll(async () => {
      await db?.close();
      if (store) await dropTestDatabase(store);
    });

    // PREPARE parses and plans without running: tables, columns, functions and the type of every
    // parameter must be known to PostgreSQL, as they must when the service runs the query.
    it.each(rendered)('$label is accepted by PostgreSQL against the baseline', async ({ postgres }) => {
      if (postgres === null) return;
      const { text } = render(postgres, 'postgres');
      const runner = db.source.createQueryRunner();
      try {
        await runner.query(`PREPARE portable_check AS ${text}`);
        await runner.query('DEALLOCATE portable_check');
      } finally {
        await runner.release();
      }
    });
  });
});
