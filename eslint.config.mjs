// Lint rules, including the boundaries of ARCHITECTURE.md:
// renderer -> shared <- main, core free of electron, no literal UI text in JSX.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    files: ['src-main/**/*.ts', 'tests/**/*.ts', '*.config.*', '.ci/**/*.mjs'],
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
    files: ['src-main/core/**/*.ts', 'src-main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'core and the CLI run under plain Node: no electron.' }] },
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
