// Issue 8's figure: the analysis of a round with 5,000 responses to a 60-question template (aim
// < 200 ms): figures per question and dimension, the breakdown per partner organisation with
// suppression, and the response rate. Measured twice: the pure analysis on responses in memory,
// and the whole evaluations:analysis call through the router (reading and parsing the rows too).
// Both are also reported in CPU time, which a busy build machine does not inflate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertAccount } from '../../src-main/core/accounts/account-service';
import { createCore } from '../../src-main/core/core';
import { memoryLogger } from '../../src-main/core/logger';
import { analyseResponses, shownSets, type AnalysedResponse } from '../../src-shared/domain/evaluation-analysis';
import { responseRate } from '../../src-shared/domain/evaluation-response';
import { partnerBreakdown } from '../../src-shared/domain/evaluation-groups';
import type { Answers } from '../../src-shared/domain/questionnaire-answers';
import { templateSchema, type TemplateInput } from '../../src-shared/domain/questionnaire';
import { timeRuns, type BenchSuite } from './bench';

const PASSWORD = 'meting van de evaluaties 2026';
const RESPONSES = 5_000;
const PARTNERS = ['gemeente', 'politie', 'om', 'reclassering', 'rvdk', 'ggz', 'zvh', 'onderwijs'];
const DIMENSIONS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9'];

/** 60 questions: 42 statements, 2 matrices of 6 items, 6 single and 4 multiple choice, 3 numbers, 3 open. */
export function benchTemplate(): TemplateInput {
  const jaNee = [
    { code: 'ja', label: 'Ja' },
    { code: 'nee', label: 'Nee' },
  ];
  const options = ['a', 'b', 'c', 'd', 'e'].map((code) => ({ code, label: `Optie ${code}` }));
  const vragen: unknown[] = [];
  for (let i = 0; i < 42; i++) {
    if (i % 7 === 0) vragen.push({ id: `k${i / 7}`, type: 'keuze', tekst: `Keuze ${i / 7}`, opties: jaNee });
    vragen.push({
      id: `l${i}`,
      type: 'likert5',
      tekst: `Stelling ${i} (fictief)`,
      dimensie: DIMENSIONS[i % DIMENSIONS.length],
      nvt: i % 5 === 0,
      omgekeerd: i % 7 === 3,
      // Every sixth statement depends on the single-choice question before it.
      ...(i % 6 === 5 && i > 6 ? { toonAls: { vraag: `k${Math.floor(i / 7) % 6}`, waarden: ['ja'] } } : {}),
    });
  }
  for (let m = 0; m < 2; m++) {
    vragen.push({
      id: `m${m}`,
      type: 'matrix',
      tekst: `Matrix ${m}`,
      dimensie: DIMENSIONS[m],
      items: Array.from({ length: 6 }, (_, i) => ({ id: `i${i}`, tekst: `Item ${i}` })),
    });
  }
  for (let i = 0; i < 4; i++)
    vragen.push({ id: `mk${i}`, type: 'meerkeuze', tekst: `Meerkeuze ${i}`, opties: options });
  for (let i = 0; i < 3; i++) vragen.push({ id: `g${i}`, type: 'getal', tekst: `Getal ${i}`, min: 0, max: 100 });
  for (let i = 0; i < 3; i++) vragen.push({ id: `o${i}`, type: 'open', tekst: `Open ${i}` });
  return {
    formaat: 'cter-vragenlijst/1',
    sleutel: 'bench',
    titel: 'Benchmarkvragenlijst (fictief)',
    dimensies: DIMENSIONS.map((code) => ({ code, naam: `Dimensie ${code}` })),
    secties: [0, 1, 2].map((s) => ({ id: `s${s}`, titel: `Sectie ${s}`, vragen: vragen.slice(s * 20, s * 20 + 20) })),
  } as TemplateInput;
}

/** Deterministic answers: a small linear congruential generator, so every run measures the same data. */
export function benchResponses(count = RESPONSES): AnalysedResponse[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const scale = () => (rnd() < 0.04 ? 'nvt' : 1 + Math.floor(rnd() * 5));
  return Array.from({ length: count }, () => {
    const answers: Answers = {};
    for (let i = 0; i < 42; i++) {
      if (rnd() < 0.95) answers[`l${i}`] = i % 5 === 0 ? scale() : 1 + Math.floor(rnd() * 5);
    }
    for (let k = 0; k < 6; k++) answers[`k${k}`] = rnd() < 0.6 ? 'ja' : 'nee';
    for (let m = 0; m < 2; m++) {
      answers[`m${m}`] = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`i${i}`, 1 + Math.floor(rnd() * 5)]));
    }
    for (let i = 0; i < 4; i++) answers[`mk${i}`] = ['a', 'b', 'c', 'd', 'e'].filter(() => rnd() < 0.3);
    for (let i = 0; i < 3; i++) answers[`g${i}`] = Math.floor(rnd() * 101);
    for (let i = 0; i < 3; i++)
      if (rnd() < 0.3) answers[`o${i}`] = `Voorbeeld — fictief antwoord ${Math.floor(rnd() * 1000)}`;
    return { partner: PARTNERS[Math.floor(rnd() * PARTNERS.length)]!, answers };
  });
}

/**
 * Like timeRuns, in CPU time of this process (core runs in it too): on a shared build machine the
 * wall clock also counts the time other processes had the cores.
 */
async function cpuRuns(times: number, fn: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return samples;
}

export const suite: BenchSuite = {
  name: 'evaluaties',
  async run() {
    const template = templateSchema.parse(benchTemplate());
    const responses = benchResponses();
    const targets = PARTNERS.map((partner) => ({ partner, invited: 1_000 }));
    const analyse = () => {
      const shown = shownSets(template, responses);
      analyseResponses(template, responses, shown);
      partnerBreakdown(template, responses, shown);
      responseRate(targets, responses);
    };
    const pure = await timeRuns(30, analyse);
    const cpu = await cpuRuns(30, analyse);

    const dir = mkdtempSync(join(tmpdir(), 'cter-bench-evaluaties-'));
    const path = join(dir, 'cter.db');
    const core = createCore({
      dataDir: dir,
      databasePath: path,
      resourcesDir: join(__dirname, '../../resources'),
      appVersion: 'bench',
      logger: memoryLogger(),
      idleCheckMs: 0,
    });
    try {
      await core.setup.createDatabase(path, {
        demo: false,
        username: 'beheer',
        password: PASSWORD,
        displayName: 'Beheer',
      });
      const ws = core.workspace;
      const slot = await ws.vault().addPasswordSlot(ws.requireOpen().key, 'regisseur', PASSWORD);
      await ws.transaction((m) =>
        insertAccount(m, new Date(), {
          username: 'regisseur',
          displayName: 'Regisseur',
          roles: ['procesregisseur'],
          regionIds: [1],
          keySlotId: slot,
          mustChangePassword: false,
        }),
      );
      await core.sessions.end('logout');
      await core.dispatch('session:login', { username: 'regisseur', password: PASSWORD });
      const saved = await core.dispatch('evaluations:save-template', { template: benchTemplate() });
      if (!saved.ok) throw new Error(saved.error.code);
      const templateId = (saved.value as { template: { id: number } }).template.id;
      const round = await core.dispatch('evaluations:save-round', {
        titel: 'Benchronde (fictief)',
        templateId,
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        anonymity: 'anoniem-dag',
        targetGroups: targets,
      });
      if (!round.ok) throw new Error(round.error.code);
      const roundId = (round.value as { id: number }).id;
      const insert = ws
        .requireOpen()
        .database.handle!.prepare(
          `INSERT INTO eval_response (round_id, source, partner, submitted_on, answers) VALUES (?, 'papier', ?, '2026-06-01', ?)`,
        );
      ws.requireOpen().database.handle!.transaction(() => {
        for (const r of responses) insert.run(roundId, r.partner, JSON.stringify(r.answers));
      })();
      const call = async () => {
        const result = await core.dispatch('evaluations:analysis', { roundId });
        if (!result.ok) throw new Error(result.error.code);
      };
      const routed = await timeRuns(20, call);
      const routedCpu = await cpuRuns(20, call);
      return [
        {
          name: 'evaluations: analysis, 5,000 responses × 60 questions',
          unit: 'ms',
          samples: pure,
          target: { max: 200 },
        },
        {
          name: 'evaluations: the same analysis, CPU time',
          unit: 'ms',
          samples: cpu,
          target: { max: 200 },
        },
        {
          name: 'evaluations: evaluations:analysis via router (read + parse + analyse)',
          unit: 'ms',
          samples: routed,
          target: { max: 500 },
        },
        {
          name: 'evaluations: evaluations:analysis via router, CPU time',
          unit: 'ms',
          samples: routedCpu,
          target: { max: 500 },
        },
      ];
    } finally {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
