// Lint config: recommended rules for JS/TS, the rules of hooks for the renderer, no console and
// no network in app code, and the layering of docs/ARCHITECTURE.md ("Layers and who may import
// whom"), enforced by a local rule (eslint/layering.js) that resolves each import to the file it
// names. Not type-aware on purpose: `tsc` already type-checks, and this keeps `npm run lint` fast.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import cairnLayering from './eslint/layering.js';

const SOURCE = '{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

const SOURCE_GLOBS = [`electron/**/*.${SOURCE}`, `shared/**/*.${SOURCE}`, `renderer/**/*.${SOURCE}`];

export default defineConfig(
  {
    name: 'cairn/ignores',
    ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', '.cache/'],
  },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'cairn/defaults',
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding that must exist but is deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  {
    name: 'cairn/renderer/browser',
    files: [`renderer/**/*.${SOURCE}`, `test/components/**/*.${SOURCE}`],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    // Hooks live in .ts files too (useRequest.ts, stores), so the rules cover both.
    name: 'cairn/renderer/react-hooks',
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },

  {
    // The app has a logger (electron/log.ts); tests and scripts may print.
    name: 'cairn/app/no-console',
    files: [`electron/**/*.${SOURCE}`, `shared/**/*.${SOURCE}`, `renderer/**/*.${SOURCE}`],
    rules: { 'no-console': 'error' },
  },

  {
    // Nothing leaves the machine (docs/ARCHITECTURE.md, Invariants): no network API in app code, on either side.
    name: 'cairn/app/no-network',
    files: [`electron/**/*.${SOURCE}`, `shared/**/*.${SOURCE}`, `renderer/**/*.${SOURCE}`],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'Cairn makes no network requests (docs/ARCHITECTURE.md: nothing leaves the machine).',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: 'Cairn makes no network requests.' },
        { object: 'window', property: 'fetch', message: 'Cairn makes no network requests.' },
      ],
    },
  },

  {
    name: 'cairn/electron/no-network-modules',
    files: [`electron/**/*.${SOURCE}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['net', 'netLog'], message: 'Cairn makes no network requests.' }],
          patterns: [
            {
              regex: '^(node:)?(http|https|http2|net|tls|dgram|dns)$|^(undici|got|axios|node-fetch)(/|$)',
              message: 'Cairn makes no network requests (docs/ARCHITECTURE.md: nothing leaves the machine).',
            },
          ],
        },
      ],
    },
  },

  {
    // One rule for when a form shows an error (renderer/src/components/useCheckedForm.ts):
    // a form calling react-hook-form's useForm directly would follow another.
    name: 'cairn/renderer/one-form-rule',
    files: [`renderer/**/*.${SOURCE}`],
    ignores: ['renderer/src/components/useCheckedForm.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-hook-form',
              importNames: ['useForm'],
              message: 'Use useSavingForm or useCheckedForm (#renderer/components): one rule for when errors show.',
            },
          ],
        },
      ],
    },
  },

  {
    name: 'cairn/layering',
    files: SOURCE_GLOBS,
    plugins: { cairn: cairnLayering },
    rules: { 'cairn/layering': 'error' },
  },
);
