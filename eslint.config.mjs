// Lint rules, including the boundaries of ARCHITECTURE.md:
// renderer -> shared <- main, core free of electron, no literal UI text in JSX,
// and the layers of each side (BOUNDARIES below, checked by eslint/boundaries.mjs).
import { existsSync } from 'node:fs';
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/boundaries.mjs';

const mainOnly = [
  { name: 'electron', message: 'Only src-main/electron and the preload may import electron.' },
  { name: 'typeorm', message: 'The database lives in src-main/core.' },
  { name: 'better-sqlite3-multiple-ciphers', message: 'The database lives in src-main/core.' },
];
const VISIBLE_ATTRIBUTES = 'aria-label|aria-description|aria-valuetext|title|alt|placeholder|label|helperText';
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
  message: 'No Node built-ins outside src-main.',
};

// ---- Boundaries: which folder may import which (eslint/boundaries.mjs explains the globs) ----
// Paths are repo paths without .ts/.tsx; the first layer whose `files` match a file decides.

// The shared layers of core: any core feature may use them.
const CORE_SHARED = [
  'src-main/core/db/**', // database, entities, migrations
  'src-main/core/access/**', // need-to-know scope: what a caller may see
  'src-main/core/audit/audit-log',
  'src-main/core/server/{queries,after-restore}', // server_session rows: accounts and restores end them too
  'src-main/core/{fs,export,workspace}/**',
  'src-main/core/{clock,logger,platform,handlers,workspace,router}',
];

// Declared seams: a core feature (or core's own top-level module) that uses another feature's
// module, 'from -> feature/module', each with why. Everything else between features is refused.
// Taken from the tree as it was when the rule came in; prune it as features are untangled.
const SEAMS = {
  'backup -> session/session-service': 'type of the session service the handlers act through',
  'backup -> vault/credentials': "a restore of a server dump checks the beheerder against the dump's verifier",
  'backup -> vault/keyfile': 'a backup carries the key-slot file beside the database',
  'backup -> vault/vault': 'a restore opens the copy with its vault',
  'cases -> lists/reference-data': 'codes are checked against the reference lists',
  'cases -> persons/person-service': 'a case shows and links its persons',
  'cases -> policy/policy': 'the retention term comes from the policy',
  'cases -> search/case-search': 'type of the search index that changes keep current',
  'convenant -> persons/names':
    "a reported covenant question masks the words that sound like a stored name (the name keys' phonetic key)",
  'meetings -> cases/case-service': 'types Actor and CaseService',
  'meetings -> lists/reference-data': 'codes are checked against the reference lists',
  'meetings -> signals/signal-service': 'type of the signal service',
  'persons -> search/case-search': 'type of the search index that a corrected name updates',
  'mentoring -> lists/codes': 'a new training module gets its code from its label as a list value does',
  'print -> meetings/meeting-view': 'printing a meeting checks it is visible',
  'print -> session/setup-service': 'type of the set-up service',
  'retention -> audit/shred': 'destruction shreds the personal details in audit entries',
  'retention -> backup/copies': 'destruction removes backup copies past the term',
  'retention -> cases/case-service': 'retention terms of cases',
  'retention -> meetings/meeting-view': 'minutes are redacted from their parsed form',
  'retention -> meetings/minutes-hash': 'redacted minutes keep a valid hash',
  'retention -> search/case-search': 'type of the search index that destroyed cases leave',
  'rights -> audit/shred': 'an inzage shows the sealed reasons of audit entries',
  'rights -> cases/dossier': 'an inzage contains the dossier',
  'rights -> persons/person-service': 'an inzage shows the person',
  'server -> accounts/account-service': 'a server log-in builds the session user',
  'server -> policy/policy': 'the idle lock of a server session comes from the policy',
  'server -> vault/vault': 'a server log-in finds the account by its normalised name',
  'session -> accounts/account-service': 'log-in builds the session user',
  'session -> app/preferences': 'type of the preferences store',
  'session -> demo/seed': 'set-up may seed the demo dataset',
  'session -> policy/policy': 'the lock timeout comes from the policy',
  'session -> vault/recovery-key': 'set-up makes the recovery key',
  'session -> vault/vault': 'set-up and unlock go through the vault',
  'signals -> cases/case-service': 'types Actor and CaseService',
  'signals -> lists/reference-data': 'codes are checked against the reference lists',
  'signals -> persons/person-service': 'a signal creates or finds its person',
  'signals -> search/case-search': 'type of the search index',
  'trajectories -> lists/reference-data': 'codes are checked against the reference lists',
  'trajectories -> mentoring/mentor-service': 'a trajectory is matched to a mentor of the project',
  'trajectories -> mentoring/views': "places a mentor has left, and the names on a trajectory's history",
  'vault -> accounts/account-service': 'a password reset with the recovery key gives the account a new key slot',
  'workspace -> accounts/password-check': 'the workspace holds the password checker',
  'workspace -> backup/restore-journal': 'opening the workspace settles an interrupted restore',
  'workspace -> vault/credentials': 'the workspace picks how accounts prove their password (key slots or verifiers)',
  'workspace -> vault/throttle': 'the workspace hands out the log-in throttle',
  'workspace -> vault/vault': 'the workspace holds the vault',
};

// Imports that break a layer today and are being fixed elsewhere, 'file -> target': why/who.
// The rule reports an entry that is no longer needed, so this list only shrinks.
const KNOWN_EXCEPTIONS = {};

// The renderer layers hold once src-renderer is split into kit/, features/ and shell/. Until the
// move they would fail on every file, so they switch on when src-renderer/kit exists (or, to try
// them early, with CTER_RENDERER_LAYERS=1).
const RENDERER_LAYERS_ON =
  existsSync(new URL('./src-renderer/kit', import.meta.url)) || process.env.CTER_RENDERER_LAYERS === '1';
const RENDERER_LAYERS = [
  {
    name: 'renderer kit',
    files: 'src-renderer/kit/**',
    allow: ['src-renderer/{kit,i18n}/**', 'src-shared/**'],
    why: 'the kit is the bottom of the renderer; it knows no feature and no shell.',
  },
  {
    name: 'renderer feature',
    files: 'src-renderer/features/<feature>/**',
    allow: [
      'src-renderer/features/<feature>/**',
      'src-renderer/features/*/index',
      'src-renderer/{kit,i18n}/**',
      'src-shared/**',
    ],
    why: "a feature uses the kit and other features' index only, never the shell or their insides.",
  },
  {
    name: 'renderer shell',
    files: 'src-renderer/shell/**',
    allow: [
      'src-renderer/shell/**',
      'src-renderer/features/*/{index,routes}',
      'src-renderer/{kit,i18n}/**',
      'src-shared/**',
    ],
    why: 'the shell assembles features through their routes (pages, loaded on demand) and index, not their insides.',
  },
  {
    name: 'renderer entry',
    files: 'src-renderer/main',
    allow: ['src-renderer/{shell,kit,i18n}/**', 'src-shared/**'],
    why: 'the entry starts the shell.',
  },
];

const BOUNDARIES = [
  {
    name: 'shared domain',
    files: 'src-shared/domain/**',
    allow: 'src-shared/domain/**',
    why: 'the domain is pure rules; the ipc contract is built on it, not the other way round.',
  },
  {
    name: 'shared',
    files: 'src-shared/**',
    allow: 'src-shared/**',
    why: 'src-shared is used by both processes and knows neither.',
  },
  {
    name: 'migration test',
    files: 'src-main/core/db/migrations/**/*.test',
    allow: ['src-main/core/**', 'src-shared/**'],
    why: 'tests of migrations run them against live core.',
  },
  {
    name: 'migration',
    files: 'src-main/core/db/migrations/**',
    allow: 'src-main/core/db/migrations/**',
    why: 'a released migration is frozen: live code may change under it.',
  },
  {
    name: 'core composition',
    files: ['src-main/core/core', 'src-main/core/demo/**'],
    allow: ['src-main/core/**', 'src-shared/**'],
    why: 'core.ts and the demo dataset may use all of core, but nothing outside it.',
  },
  {
    name: 'core feature',
    files: ['src-main/core/<feature>/**', 'src-main/core/<feature>'],
    allow: ['src-main/core/<feature>/**', ...CORE_SHARED, 'src-shared/**'],
    seams: SEAMS,
    why: "a core feature uses the shared layers, and another feature's module only through a seam.",
  },
  {
    name: 'server',
    files: 'src-main/server/**',
    allow: ['src-main/server/**', 'src-main/core/{core,logger,router}', 'src-shared/**'],
    why: 'the CTER server is a transport in front of core: it builds one with createCore and calls its dispatch, never a service.',
  },
  {
    name: 'core host',
    files: 'src-main/core-host/**',
    allow: ['src-main/core-host/**', 'src-main/core/{core,clock,logger,platform,router}', 'src-shared/**'],
    why: "runs core in a worker thread and speaks for it (createCore there, dispatch, events and the platform's calls across), never a service.",
  },
  {
    name: 'team client',
    files: 'src-main/team/**',
    allow: ['src-main/team/**', 'src-shared/**'],
    why: "main's client of the CTER server (team mode): the network and the remote bridge, on the shared contract only; never core's services.",
  },
  ...(RENDERER_LAYERS_ON ? RENDERER_LAYERS : []),
  {
    name: 'renderer',
    files: 'src-renderer/**',
    allow: ['src-renderer/**', 'src-shared/**'],
    why: 'the renderer reaches main only through the bridge.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src-*/**/*.{ts,tsx}'],
    plugins: { boundaries },
    rules: { 'boundaries/layers': ['error', { layers: BOUNDARIES, exceptions: KNOWN_EXCEPTIONS }] },
  },
  {
    files: ['src-main/**/*.ts', 'tests/**/*.ts', '*.config.*', '.ci/**/*.mjs', 'eslint/**/*.mjs', 'build/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: mainOnly, patterns: [nodeBuiltins] }],
      // Every text a user sees comes from i18n/*.json: no literal text between JSX tags, and no
      // literal in the attributes that are read out or shown.
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: `JSXAttribute[name.name=/^(${VISIBLE_ATTRIBUTES})$/] > Literal`,
          message: 'User-visible attribute text must come from i18n (t()).',
        },
      ],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: mainOnly, patterns: [nodeBuiltins] }] },
  },
  {
    // Playwright's setViewportSize returns before the page has laid itself out at the new size (its
    // resize event and the media queries' change events come after): a check right after it reads the
    // old layout about one time in ten. The harness's resizeWindow waits for both.
    files: ['tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/harness/sizes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='setViewportSize']",
          message: 'Resize with resizeWindow (tests/e2e/harness/sizes.ts): it waits until the page is laid out.',
        },
      ],
    },
  },
  {
    files: [
      'src-main/core/**/*.ts',
      'src-main/core-host/**/*.ts',
      'src-main/cli/**/*.ts',
      'src-main/server/**/*.ts',
      'src-main/team/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'core, its worker host, the CLI, the server and the team client run under plain Node: no electron.',
            },
          ],
        },
      ],
    },
  },
  {
    // A released migration is frozen: besides its own folder (see BOUNDARIES) only typeorm and Node.
    files: ['src-main/core/db/migrations/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!typeorm$|node:|\\.)', message: 'A migration imports only typeorm and node:*.' }] },
      ],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: mainOnly.slice(1),
          patterns: [nodeBuiltins, { group: ['zod', '**/core/**'], message: 'The sandboxed preload stays minimal.' }],
        },
      ],
    },
  },
);
