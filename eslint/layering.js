// The layering rule: which part of Cairn may import which. Every import is resolved to the
// file it names (through a path alias of tsconfig.json or a relative path), so the rule
// judges where an import lands, not how many `../` it spells. docs/ARCHITECTURE.md
// ("Layers and who may import whom") explains each boundary.
import { existsSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** tsconfig.json `paths` (and pathAliases.ts): keep the three lists the same. */
const ALIASES = [
  ['#shared/', 'shared/'],
  ['#electron/', 'electron/'],
  ['#renderer/', 'renderer/src/'],
];

const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));
const MAIN_PROCESS_PACKAGES = /^(electron|electron-store|better-sqlite3(-[^/]+)?)(\/|$)/;

/** The file an extensionless path names, as TypeScript would find it; the path itself if none exists (yet). */
function realFile(absolute) {
  for (const candidate of [absolute, ...['.ts', '.tsx', '.js', '.mjs', '/index.ts'].map((e) => absolute + e)])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return absolute;
}

const fromRoot = (absolute) => relative(ROOT, realFile(absolute)).split(sep).join('/');

/** What a specifier names: a repository file (as a path from the root), a Node built-in, or a package. */
export function resolveImport(specifier, fromFile) {
  for (const [alias, folder] of ALIASES)
    if (specifier.startsWith(alias))
      return { kind: 'file', path: fromRoot(resolve(ROOT, folder + specifier.slice(alias.length))) };
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..')
    return { kind: 'file', path: fromRoot(resolve(dirname(resolve(ROOT, fromFile)), specifier)) };
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]))
    return { kind: 'builtin', name: specifier };
  const parts = specifier.split('/');
  return { kind: 'package', name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

const under =
  (...folders) =>
  (path) =>
    folders.some((f) => path === f.replace(/\/$/, '') || path.startsWith(f));
const isOutside = (folder) => (path) => !path.startsWith(folder);

/** What every domain builds on: the IPC contract machinery, field schemas, formatting, rules, Markdown, dates. */
const SHARED_CORE = [
  'shared/ipc/',
  'shared/schemas/',
  'shared/format/',
  'shared/rules/',
  'shared/markdown/',
  'shared/calendar.ts',
];

/**
 * Each boundary: the files it applies to, what they may not import, and why. `except`
 * names the files that are the one sanctioned crossing (a registry that lists every domain).
 */
const BOUNDARIES = [
  {
    files: under('shared/'),
    forbids: (t) => (t.kind === 'file' ? isOutside('shared/')(t.path) : t.kind === 'builtin'),
    message: 'shared/ runs on both sides: it imports only other shared/ files (and zod, luxon).',
  },
  {
    files: under('shared/'),
    forbids: (t) => t.kind === 'package' && !['zod', 'luxon'].includes(t.name),
    message: "shared/ runs on both sides: the only packages it may use are 'zod' and 'luxon' (dates).",
  },
  {
    files: under('renderer/'),
    forbids: (t) => t.kind === 'file' && under('electron/')(t.path),
    message: 'The renderer reaches the main process only through window.cairn (shared/ipc).',
  },
  {
    files: under('renderer/'),
    forbids: (t) => t.kind === 'package' && MAIN_PROCESS_PACKAGES.test(t.name),
    message: 'Main-process module: the renderer reaches it only through window.cairn.',
  },
  {
    files: under('renderer/'),
    forbids: (t) => t.kind === 'builtin',
    message: 'The renderer is sandboxed: Node modules are not available in it.',
  },
  {
    files: under('electron/'),
    forbids: (t) => t.kind === 'file' && under('renderer/')(t.path),
    message: "The main process never imports the window's code; what both need lives in shared/.",
  },
  {
    files: under('renderer/src/components/'),
    forbids: (t) => t.kind === 'file' && under('renderer/src/features/')(t.path),
    message: 'A design-system component knows no feature: features compose components, not the reverse.',
  },
  {
    files: under('renderer/src/api/'),
    forbids: (t) => t.kind === 'file' && under('renderer/src/features/', 'renderer/src/components/')(t.path),
    message: 'The request client knows no screen: screens use it, not the reverse.',
  },
  {
    files: under(...SHARED_CORE),
    except: ['shared/ipc/contract.ts'],
    forbids: (t) => t.kind === 'file' && !under(...SHARED_CORE)(t.path),
    message:
      "shared/'s core (ipc, schemas, format, rules, markdown, calendar) knows no domain; only shared/ipc/contract.ts gathers the domains' contracts.",
  },
  {
    files: under('electron/ipc/', 'electron/db/'),
    except: ['electron/ipc/handlers.ts', 'electron/db/migrations/'],
    forbids: (t) => t.kind === 'file' && under('electron/domains/')(t.path),
    message:
      "The dispatcher and the database layer know no domain; only electron/ipc/handlers.ts gathers the domains' handlers.",
  },
  {
    files: under('electron/domains/'),
    forbids: (t) =>
      t.kind === 'file' &&
      under(
        'electron/session/',
        'electron/main.ts',
        'electron/window.ts',
        'electron/preload.ts',
        'electron/vault/',
      )(t.path),
    message:
      "A domain answers requests through its handlers' context; the app's lifecycle, window and key are not its business.",
  },
];

/** Which boundary an import from `file` to `specifier` crosses, if any. */
export function crossedBoundary(file, specifier) {
  const target = resolveImport(specifier, file);
  return BOUNDARIES.find(
    (b) => b.files(file) && !(b.except ?? []).some((e) => file === e || file.startsWith(e)) && b.forbids(target),
  );
}

export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports stay within the layers of docs/ARCHITECTURE.md.' },
    schema: [],
  },
  create(context) {
    const file = relative(ROOT, context.filename).split(sep).join('/');
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const boundary = crossedBoundary(file, node.source.value);
      if (boundary) context.report({ node: node.source, message: boundary.message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { layering: layeringRule } };
