import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/allowed-imports.mjs';
import conventions from './eslint-rules/opening-comment.mjs';

/*
 * Lint: typescript-eslint's recommended rules plus the boundaries that keep
 * the architecture honest (see README, "Design").
 */

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { conventions },
    rules: {
      'conventions/opening-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['**/*.{cjs,mjs,js}'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Benchmarks print their figures; tests may print why they skip.
    files: ['tests/**/*.ts', 'electron/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    // shared/: pure TypeScript for both sides — no Electron, no Node, no DOM, no other layer.
    files: ['shared/**/*.ts'],
    plugins: { layers },
    rules: {
      'layers/allowed-imports': ['error', { layer: 'shared/', folders: ['shared'], packages: ['zod', 'node-diff3'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    // The core runs under plain Node: never Electron, never a face (CLI, server, IPC, main, preload), never the renderer.
    files: ['electron/core/**/*.ts'],
    plugins: { layers },
    rules: {
      'layers/allowed-imports': [
        'error',
        {
          layer: 'electron/core/',
          folders: ['electron/core', 'shared', 'resources', 'package.json'],
          packages: ['*'],
          denyPackages: ['electron'],
          nodeBuiltins: true,
        },
      ],
    },
  },
  {
    // The renderer talks only to the typed API client: shared/, itself and its own npm libraries.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.mts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, layers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'layers/allowed-imports': [
        'error',
        {
          layer: 'renderer/',
          folders: ['renderer', 'shared'],
          packages: [
            'react',
            'react-dom',
            '@mantine/*',
            '@tiptap/*',
            '@tanstack/*',
            'dayjs',
            'i18next',
            'react-i18next',
            'd3-geo',
            'topojson-client',
            'topojson-specification',
            'world-atlas',
          ],
        },
      ],
    },
  },
  {
    // The command line reaches the core one way: operations through dispatch (electron/cli-commands/call.ts, over
    // core/api/), plus what opening a workspace takes. No repository, no SQL, no handler built by hand: a CLI module
    // importing anything else of electron/core/ fails lint. Also allowed: the reference data that words the output
    // (countries, status labels).
    files: ['electron/cli.ts', 'electron/cli-context.ts', 'electron/cli-secrets.ts', 'electron/cli-commands/**/*.ts'],
    plugins: { layers },
    rules: {
      'layers/allowed-imports': [
        'error',
        {
          layer: 'the command line',
          folders: [
            'shared',
            'electron/cli',
            'electron/cli-context',
            'electron/cli-secrets',
            'electron/cli-commands',
            'electron/core/api',
            'electron/core/workspace/workspace',
            'electron/core/workspace/data-dir',
            'electron/core/security/encryption-marker',
            'electron/core/db/cipher',
            'electron/core/recipients/countries',
            'electron/core/tracking/report-labels',
          ],
          packages: ['commander', 'zod'],
          nodeBuiltins: true,
        },
      ],
    },
  },
  {
    // zod as a namespace, as its docs write it: a named `z` is a namespace object that bundlers keep whole (all of
    // zod, its 40 locales included, 760 KB in the CLI bundle against 200 KB), evaluated at every start.
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'] > :matches(ImportSpecifier[imported.name='z'], ImportDefaultSpecifier)",
          message: "Write import * as z from 'zod'.",
        },
      ],
    },
  },
);
