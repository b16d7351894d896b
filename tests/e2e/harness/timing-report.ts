// Sums the per-test phases a run with CTER_E2E_TIMING=1 recorded (timing.ts) from the JSON report:
//   npx tsx tests/e2e/harness/timing-report.ts [test-results/e2e/results.json] [slowest=15]
// Per project: the tests, their summed duration and each phase's share; then the slowest tests.
// `before-fixture` is Playwright's own start of a test (browser context, page) before the fixture.
import { readFileSync } from 'node:fs';
import { TIMING_ANNOTATION } from './timing';

interface Result {
  duration: number;
  startTime: string;
  status: string;
  annotations?: { type: string; description?: string }[];
}
interface SpecTest {
  projectName: string;
  annotations?: { type: string; description?: string }[];
  results: Result[];
}
interface Spec {
  title: string;
  file: string;
  tests: SpecTest[];
}
interface Suite {
  specs?: Spec[];
  suites?: Suite[];
}

interface Row {
  project: string;
  title: string;
  duration: number;
  status: string;
  phases: Record<string, number>;
}

function rows(suite: Suite, out: Row[] = []): Row[] {
  for (const spec of suite.specs ?? [])
    for (const test of spec.tests) {
      const result = test.results.at(-1);
      if (!result) continue;
      const note = [...(result.annotations ?? []), ...(test.annotations ?? [])].find(
        (a) => a.type === TIMING_ANNOTATION,
      );
      const phases: Record<string, number> = note?.description ? JSON.parse(note.description) : {};
      const fixtureStart = phases['fixture-start'];
      delete phases['fixture-start'];
      if (fixtureStart) phases['before-fixture'] = fixtureStart - Date.parse(result.startTime);
      out.push({
        project: test.projectName,
        title: `${spec.file} › ${spec.title}`,
        duration: result.duration,
        status: result.status,
        phases,
      });
    }
  for (const child of suite.suites ?? []) rows(child, out);
  return out;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const file = process.argv[2] ?? 'test-results/e2e/results.json';
const slowest = Number(process.argv[3] ?? 15);
const all = rows(JSON.parse(readFileSync(file, 'utf8')) as Suite);
for (const project of [...new Set(all.map((r) => r.project))]) {
  const mine = all.filter((r) => r.project === project);
  const total = mine.reduce((sum, r) => sum + r.duration, 0);
  const sums = new Map<string, number>();
  for (const r of mine)
    for (const [phase, ms] of Object.entries(r.phases)) sums.set(phase, (sums.get(phase) ?? 0) + ms);
  console.info(`\n${project}: ${mine.length} tests, ${s(total)} of test time (mean ${s(total / mine.length)})`);
  for (const [phase, ms] of [...sums].sort((a, b) => a[0].localeCompare(b[0])))
    console.info(
      `  ${phase.padEnd(22)} ${s(ms).padStart(9)}  ${((100 * ms) / total).toFixed(0).padStart(3)} %  mean ${s(ms / mine.length)}`,
    );
}
console.info(`\nslowest ${slowest}:`);
for (const r of [...all].sort((a, b) => b.duration - a.duration).slice(0, slowest)) {
  const phases = Object.entries(r.phases)
    .map(([phase, ms]) => `${phase} ${s(ms)}`)
    .join(', ');
  console.info(`  ${s(r.duration).padStart(8)} [${r.project}] ${r.status} ${r.title}\n           ${phases}`);
}
