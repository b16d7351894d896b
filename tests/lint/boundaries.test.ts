// The import boundaries of eslint.config.mjs (rule `boundaries/layers`, eslint/boundaries.mjs): for
// every layer a deliberate violation must be reported and an allowed import must not. The files are
// synthetic (lintText with a path); the renderer layers are switched on with their flag, as they are
// off until src-renderer/kit exists.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundaryOptions, RULE } from './boundary-options';
import { importGraph } from './import-graph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;

beforeAll(() => {
  // Read when eslint.config.mjs is first loaded, which is by this process's first lint below.
  process.env.CTER_RENDERER_LAYERS = '1';
  eslint = new ESLint({ cwd: ROOT });
});

/** The boundary messages for `file` importing `specifier` (each way of importing can be asked for). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const importing = (specifier: string) => `import { value } from '${specifier}';\nexport const copy = value;\n`;

/** [importing file, specifier, allowed?] */
type Case = [file: string, specifier: string, allowed: boolean];

const CASES: Record<string, Case[]> = {
  'src-shared/domain imports only the domain': [
    ['src-shared/domain/x.ts', './casus', true],
    ['src-shared/domain/x.ts', '../ipc/contract', false],
    ['src-shared/domain/x.ts', '../i18n/messages', false],
    ['src-shared/domain/disclosure/x.ts', '../../../src-main/core/clock', false],
  ],
  'src-shared imports neither main nor renderer': [
    ['src-shared/ipc/x.ts', '../domain/casus', true],
    ['src-shared/ipc/x.ts', './contract', true],
    ['src-shared/ipc/x.ts', '../../src-main/core/clock', false],
    ['src-shared/i18n/x.ts', '../../src-renderer/i18n', false],
  ],
  'a migration imports only its own folder': [
    ['src-main/core/db/migrations/0099-x.ts', './0001-initial', true],
    ['src-main/core/db/migrations/0099-x.ts', '.', true],
    ['src-main/core/db/migrations/0099-x.ts', '../signal-facts', false],
    ['src-main/core/db/migrations/0099-x.ts', '../entities/account', false],
    ['src-main/core/db/migrations/0099-x.ts', '../../../../src-shared/domain/casus', false],
    // Its test runs it against live core.
    ['src-main/core/db/migrations/0099-x.test.ts', '../database', true],
    ['src-main/core/db/migrations/0099-x.test.ts', '../../audit/shred', true],
    ['src-main/core/db/migrations/0099-x.test.ts', '../../../electron/main', false],
  ],
  'core.ts and demo use all of core, nothing outside it': [
    ['src-main/core/core.ts', './session/session-service', true],
    ['src-main/core/demo/x.ts', '../cases/dossier', true],
    ['src-main/core/demo/x.ts', '../../../src-shared/domain/casus', true],
    ['src-main/core/demo/x.ts', '../../electron/main', false],
    ['src-main/core/core.ts', '../cli/main', false],
  ],
  'a core feature uses shared layers, own folder, and seams': [
    ['src-main/core/meetings/x.ts', './agenda', true],
    ['src-main/core/meetings/x.ts', '../db/entities/meeting', true],
    ['src-main/core/meetings/x.ts', '../access/scope', true],
    ['src-main/core/meetings/x.ts', '../evaluations/round-service', false],
    ['src-main/core/meetings/x.ts', '../audit/audit-log', true],
    ['src-main/core/meetings/x.ts', '../fs/atomic', true],
    ['src-main/core/meetings/x.ts', '../export/csv', true],
    ['src-main/core/meetings/x.ts', '../clock', true],
    ['src-main/core/meetings/x.ts', '../workspace', true],
    ['src-main/core/meetings/x.ts', '../../../src-shared/ipc/contract', true],
    ['src-main/core/meetings/x.ts', '../cases/case-service', true], // a declared seam
    ['src-main/core/meetings/x.ts', '../cases/dossier', false], // no seam
    ['src-main/core/meetings/x.ts', '../audit/shred', false], // audit-log is shared, shred is not
    ['src-main/core/meetings/x.ts', '../demo/seed', false],
    ['src-main/core/meetings/x.ts', '../core', false],
    ['src-main/core/meetings/x.ts', '../../electron/main', false],
    ['src-main/core/meetings/x.ts', '../../../src-renderer/i18n', false],
    ['src-main/core/workspace.ts', './vault/vault', true], // a seam of a top-level module
    ['src-main/core/workspace.ts', './demo/seed', false],
    ['src-main/core/clock.ts', './meetings/agenda', false],
  ],
  'the CTER server reaches core through createCore and dispatch': [
    ['src-main/server/x.ts', './config', true],
    ['src-main/server/x.ts', '../core/core', true],
    ['src-main/server/x.ts', '../core/router', true],
    ['src-main/server/x.ts', '../../src-shared/ipc/errors', true],
    ['src-main/server/x.ts', '../core/cases/case-service', false],
    ['src-main/server/x.ts', '../core/server/server-sessions', false],
    ['src-main/server/x.ts', '../electron/main', false],
  ],
  'the core host runs core in its worker through createCore, never a service': [
    ['src-main/core-host/x.ts', './protocol', true],
    ['src-main/core-host/x.ts', '../core/core', true],
    ['src-main/core-host/x.ts', '../core/platform', true],
    ['src-main/core-host/x.ts', '../../src-shared/ipc/errors', true],
    ['src-main/core-host/x.ts', '../core/cases/case-service', false],
    ['src-main/core-host/x.ts', '../core/workspace', false],
    ['src-main/core-host/x.ts', '../electron/main', false],
  ],
  "main's team client is a network client on the shared contract, never core": [
    ['src-main/team/x.ts', './client', true],
    ['src-main/team/x.ts', '../../src-shared/ipc/contract', true],
    ['src-main/team/x.ts', '../../src-shared/domain/server-address', true],
    ['src-main/team/x.ts', '../core/core', false],
    ['src-main/team/x.ts', '../core/cases/case-service', false],
    ['src-main/team/x.ts', '../electron/main', false],
  ],
  'the renderer kit knows no feature and no shell': [
    ['src-renderer/kit/x.tsx', './DataTable', true],
    ['src-renderer/kit/print/x.tsx', '../bridge', true],
    ['src-renderer/kit/x.tsx', '../i18n', true],
    ['src-renderer/kit/x.tsx', '../../src-shared/domain/casus', true],
    ['src-renderer/kit/x.tsx', '../features/cases/index', false],
    ['src-renderer/kit/x.tsx', '../shell/App', false],
  ],
  "a renderer feature uses the kit and other features' index": [
    ['src-renderer/features/cases/x.tsx', './CaseList', true],
    ['src-renderer/features/cases/parts/x.tsx', '../CaseList', true],
    ['src-renderer/features/cases/x.tsx', '../../kit/bridge', true],
    ['src-renderer/features/cases/x.tsx', '../../i18n', true],
    ['src-renderer/features/cases/x.tsx', '../persons/index', true],
    ['src-renderer/features/cases/x.tsx', '../../../src-shared/ipc/contract', true],
    ['src-renderer/features/cases/x.tsx', '../persons/PersonCard', false],
    ['src-renderer/features/cases/x.tsx', '../search/routes', false],
    ['src-renderer/features/cases/x.tsx', '../../shell/App', false],
    ['src-renderer/features/cases/x.tsx', '../../../src-main/core/clock', false],
  ],
  'the renderer shell uses kit and features through their routes and index': [
    ['src-renderer/shell/x.tsx', './Navigation', true],
    ['src-renderer/shell/x.tsx', '../features/cases/index', true],
    ['src-renderer/shell/x.tsx', '../features/cases/routes', true],
    ['src-renderer/shell/x.tsx', '../kit/theme', true],
    ['src-renderer/shell/x.tsx', '../features/cases/DossierPage', false],
  ],
  'the renderer entry starts the shell': [
    ['src-renderer/main.tsx', './shell/App', true],
    ['src-renderer/main.tsx', './i18n', true],
    ['src-renderer/main.tsx', './features/cases/index', false],
  ],
  'the renderer reaches main only through the bridge': [
    ['src-renderer/app/x.tsx', '../features/cases/DossierPage', true],
    ['src-renderer/app/x.tsx', '../../src-main/core/clock', false],
    ['src-renderer/app/x.tsx', '../../src-main/electron/main', false],
  ],
};

describe.each(Object.entries(CASES))('%s', (_layer, cases) => {
  it.each(cases)('%s imports %s: allowed %s', async (file, specifier, allowed) => {
    const errors = await boundaryErrors(file, importing(specifier));
    if (allowed) expect(errors).toEqual([]);
    else expect(errors).toEqual([expect.stringContaining('may not import')]);
  });
});

describe('every way of importing is checked', () => {
  const file = 'src-main/core/meetings/x.ts';
  it.each([
    ['import', "import { toPersonView } from '../persons/person-service';\nexport const a = toPersonView;"],
    ['import type', "import type { PersonView } from '../persons/person-service';\nexport type A = PersonView;"],
    ['side-effect import', "import '../persons/person-service';"],
    ['re-export', "export { toPersonView } from '../persons/person-service';"],
    ['export *', "export * from '../persons/person-service';"],
    ['dynamic import', "export const load = () => import('../persons/person-service');"],
    ['import() type', "export type A = import('../persons/person-service').PersonView;"],
  ])('%s', async (_how, code) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  });
});

describe('known exceptions', () => {
  it('silence exactly the listed import', async () => {
    const file = 'src-shared/domain/x.ts';
    const { layers } = await boundaryOptions(eslint, file);
    const exceptions = { 'src-shared/domain/x -> src-shared/ipc/contract': 'an example exception' };
    const excepting = new ESLint({
      cwd: ROOT,
      overrideConfig: { files: ['src-shared/**/*.ts'], rules: { [RULE]: ['error', { layers, exceptions }] } },
    });
    const errorsOf = async (code: string) =>
      (await excepting.lintText(code, { filePath: file }))[0]!.messages
        .filter((m) => m.ruleId === RULE)
        .map((m) => m.message);
    expect(await errorsOf(importing('../ipc/contract'))).toEqual([]);
    const errors = await errorsOf(importing('../ipc/errors'));
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('may not import src-shared/ipc/errors'),
        // ... and the listed import is gone, so its entry is stale.
        expect.stringContaining("'src-shared/domain/x -> src-shared/ipc/contract' is no longer needed"),
      ]),
    );
  });

  it('name files that exist', async () => {
    const exceptions = Object.keys((await boundaryOptions(eslint, 'src-shared/domain/casus.ts')).exceptions);
    const missing = exceptions
      .map((key) => key.split(' -> ')[0]!)
      .filter((file) => !existsSync(`${ROOT}/${file}.ts`) && !existsSync(`${ROOT}/${file}.tsx`));
    expect(missing).toEqual([]);
  });
});

describe('the seams table', () => {
  it('lists only seams the tree uses, so it shrinks as features are untangled', async () => {
    const { layers } = await boundaryOptions(eslint, 'src-main/core/cases/case-service.ts');
    const seams = layers.find((layer) => layer.seams)!.seams!;
    const used = new Set<string>();
    for (const { from, to } of importGraph(ROOT, ['src-main/core']).edges) {
      const fromFeature = /^src-main\/core\/([^/.]+)/.exec(from)?.[1];
      const target = to.replace(/^src-main\/core\//, '').replace(/\.tsx?$/, '');
      used.add(`${fromFeature} -> ${target}`);
    }
    expect(Object.keys(seams).filter((seam) => !used.has(seam))).toEqual([]);
  });
});
