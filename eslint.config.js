// Lint config: recommended rules for JS/TS, the rules of hooks for the renderer, and the
// layering of ENGINEERING.md enforced with `no-restricted-imports`:
//   shared/   imports only from shared/ and the package 'zod';
//   renderer/ never imports the main process (electron/, 'electron', native or Node modules).
// Not type-aware on purpose: `tsc` already type-checks, and this keeps `npm run lint` fast.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SOURCE = '{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/** Node's built-in modules by bare name (`fs`, `path`, ...); `node:*` is caught separately. */
const bareBuiltins = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const builtinsRegex = `^(node:.*|(${bareBuiltins.map(escapeRegex).join('|')})(/.*)?)$`;

/**
 * A specifier that reaches a top-level `electron/` or `renderer/` folder: through its path
 * alias (`#electron/…`, `#renderer/…`, tsconfig.json) or a relative path naming it.
 */
const mainOrRendererPath = '^(#(electron|renderer)/|\\.{1,2}/(.*/)?(electron|renderer)(/|$))';

/**
 * shared/ may climb out of its own subfolder but not out of shared/ itself. ESLint options
 * cannot depend on the file's location, so there is one block per folder depth: a file
 * `depth` folders below shared/ may use at most `depth` `..` segments in an import.
 */
const MAX_SHARED_DEPTH = 8;
function sharedLayering(depth) {
  const tooManyParents = `^(?:.*?(?:^|/)\\.\\.(?=/|$)){${depth + 1}}`;
  return {
    name: `cairn/layering/shared-depth-${depth}`,
    // The deepest block also covers anything below it, so no file goes unchecked.
    files: [`shared/${'*/'.repeat(depth)}${depth === MAX_SHARED_DEPTH ? '**/' : ''}*.${SOURCE}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: tooManyParents,
              message: 'shared/ imports only from shared/ (ENGINEERING.md: Layout).',
            },
            {
              regex: mainOrRendererPath,
              message: 'shared/ must not import the main process or the renderer.',
            },
            {
              // Allow-list: relative paths (checked above), zod and luxon (pure date maths); every other package,
              // Node built-in or `node:` module is refused.
              regex: '^(?!\\.{1,2}(/|$)|#shared/|(zod|luxon)(/|$))',
              message: "shared/ runs on both sides: it may use only 'zod', 'luxon' (dates) and other shared/ files.",
            },
          ],
        },
      ],
    },
  };
}

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
    // Principle 2: nothing leaves the machine. No network API in app code, on either side.
    name: 'cairn/app/no-network',
    files: [`electron/**/*.${SOURCE}`, `shared/**/*.${SOURCE}`, `renderer/**/*.${SOURCE}`],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'Cairn makes no network requests (PRODUCT.md, principle 2).',
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
              message: 'Cairn makes no network requests (PRODUCT.md, principle 2).',
            },
          ],
        },
      ],
    },
  },

  Array.from({ length: MAX_SHARED_DEPTH + 1 }, (_, depth) => sharedLayering(depth)),

  {
    name: 'cairn/layering/renderer',
    files: [`renderer/**/*.${SOURCE}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: mainOrRendererPath.replaceAll('(electron|renderer)', 'electron'),
              message: 'The renderer reaches the main process only through window.cairn (shared/ipc).',
            },
            {
              // better-sqlite3 and its SQLCipher build, better-sqlite3-multiple-ciphers.
              regex: '^(electron|electron-store|better-sqlite3(-[^/]+)?)(/|$)',
              message: 'Main-process module: the renderer reaches it only through window.cairn.',
            },
            {
              regex: builtinsRegex,
              message: 'The renderer is sandboxed: Node modules are not available in it.',
            },
          ],
        },
      ],
    },
  },
);
