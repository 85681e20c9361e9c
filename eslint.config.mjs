// Lint: typescript-eslint's recommended rules plus the boundaries that keep
// the architecture honest (see README, "Design").
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
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
    // shared/: pure TypeScript for both sides — no Electron, no Node, no DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeOnly, '../electron/*', '../renderer/*', '**/electron/**', '**/renderer/**'],
              message: 'shared/ must stay free of Electron, Node, the DOM and the other layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    // The core runs under plain Node: it never imports Electron.
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', '**/renderer/**'], message: 'electron/core must not import Electron or the renderer; pass what it needs in.' }] },
      ],
    },
  },
  {
    // The renderer talks only to the typed API client: no Node, no Electron, no main-process code.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', ...nodeOnly, '**/electron/**'], message: 'The renderer must not use Node, Electron or main-process code.' }] },
      ],
    },
  },
);
