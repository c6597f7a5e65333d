import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering of docs/ARCHITECTURE.md is enforced by eslint.config.js (its rule is
 * eslint/layering.js). These cases lint code as if it were a file at the given path, so they
 * prove the real config catches each forbidden import (and lets a clean file through).
 */
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`ESLint could not parse ${filePath}: ${fatal[0]?.message}`);
  return result.messages
    .filter((m) => m.ruleId === 'cairn/layering' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('lint layering: shared/', () => {
  it('reports an import of the main process', async () => {
    const problems = await restrictedImports(
      'shared/x.ts',
      "import { openDatabase } from '../electron/db/open';\nexport const f = openDatabase;\n",
    );
    expect(problems).not.toEqual([]);
  });

  it('reports a climb out of shared/ from a subfolder', async () => {
    const problems = await restrictedImports(
      'shared/ipc/x.ts',
      "import { a } from '../../electron/log';\nexport const f = a;\n",
    );
    expect(problems).not.toEqual([]);
  });

  it('reports a climb out of shared/ to any other folder', async () => {
    const problems = await restrictedImports(
      'shared/people/x.ts',
      "import { a } from '../../test/support/a';\nexport const f = a;\n",
    );
    expect(problems).not.toEqual([]);
  });

  it('reports a type-only import of the renderer', async () => {
    const problems = await restrictedImports(
      'shared/x.ts',
      "import type { A } from '../renderer/src/App';\nexport type B = A;\n",
    );
    expect(problems).not.toEqual([]);
  });

  it.each(['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'electron', 'react', 'node:fs', 'fs'])(
    'reports the package %s',
    async (pkg) => {
      const problems = await restrictedImports('shared/x.ts', `import * as m from '${pkg}';\nexport const f = m;\n`);
      expect(problems).not.toEqual([]);
    },
  );

  it('lets a file import zod and other shared/ files', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { y } from './y';",
      "import { model } from '../people/model';",
      'export const schema = z.object({ y: z.literal(y), model: z.literal(model) });',
      '',
    ].join('\n');
    expect(await restrictedImports('shared/x.ts', code.replace("'../people/model'", "'./people/model'"))).toEqual([]);
    expect(await restrictedImports('shared/goals/x.ts', code)).toEqual([]);
  });
  it('reports an import of the main process or the renderer through a path alias', async () => {
    for (const specifier of ['#electron/db/open', '#renderer/App']) {
      const problems = await restrictedImports(
        'shared/x.ts',
        `import { a } from '${specifier}';\nexport const f = a;\n`,
      );
      expect(problems, specifier).not.toEqual([]);
    }
  });
});

describe('lint layering: renderer/', () => {
  it('reports an import of the main process through its path alias', async () => {
    const problems = await restrictedImports(
      'renderer/src/x.ts',
      "import { createLogger } from '#electron/log';\nexport const f = createLogger;\n",
    );
    expect(problems).not.toEqual([]);
  });

  it('reports an import of the main process by relative path', async () => {
    const problems = await restrictedImports(
      'renderer/src/x.ts',
      "import { createLogger } from '../../electron/log';\nexport const f = createLogger;\n",
    );
    expect(problems).not.toEqual([]);
  });

  it.each(['node:fs', 'electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'electron-store', 'path'])(
    'reports the module %s',
    async (pkg) => {
      const problems = await restrictedImports(
        'renderer/src/features/x.tsx',
        `import * as m from '${pkg}';\nexport const f = m;\n`,
      );
      expect(problems).not.toEqual([]);
    },
  );

  it('lets a component import React, shared/ and its own folder', async () => {
    const code = [
      "import { useState } from 'react';",
      "import type { CairnBridge } from '../../shared/ipc/bridge';",
      "import { sections } from './sections';",
      'export function useBridge(b: CairnBridge) {',
      '  const [s] = useState(sections);',
      '  return [b, s] as const;',
      '}',
      '',
    ].join('\n');
    expect(await restrictedImports('renderer/src/x.tsx', code)).toEqual([]);
  });
});

describe('lint layering: resolves where an import lands, not how it is spelt', () => {
  it('lets shared/ climb out and back into shared/, which a count of ../ would refuse', async () => {
    const code = "import { RELATIONSHIPS } from '../../shared/people/model';\nexport const f = RELATIONSHIPS;\n";
    expect(await restrictedImports('shared/people/x.ts', code)).toEqual([]);
  });

  it('reports a deep relative path that lands in electron/', async () => {
    const problems = await restrictedImports(
      'renderer/src/features/people/x.ts',
      "import { a } from '../../../../electron/log';\nexport const f = a;\n",
    );
    expect(problems).toEqual(['The renderer reaches the main process only through window.cairn (shared/ipc).']);
  });
});

describe('lint layering: who may import whom', () => {
  it.each([
    ['electron/x.ts', '#renderer/App', "The main process never imports the window's code"],
    ['electron/domains/people/x.ts', '../../session/appSession', "the app's lifecycle, window and key"],
    ['electron/ipc/x.ts', '../domains/people/queries', 'The dispatcher and the database layer know no domain'],
    ['shared/ipc/x.ts', '../people/model', "shared/'s core"],
    ['shared/format/x.ts', '#shared/goals/model', "shared/'s core"],
    ['renderer/src/components/x.tsx', '../features/people/PersonForm', 'A design-system component knows no feature'],
    ['renderer/src/api/x.ts', '#renderer/features/people/PersonForm', 'The request client knows no screen'],
  ])('%s may not import %s', async (file, specifier, words) => {
    const problems = await restrictedImports(file, `import { a } from '${specifier}';\nexport const f = a;\n`);
    expect(problems.join(' ')).toContain(words);
  });

  it.each([
    ['electron/ipc/handlers.ts', '../domains/people/handlers'],
    ['shared/ipc/contract.ts', '../people/contract'],
    ['electron/db/migrations/099_x.ts', '../../domains/questions/starterBank'],
    ['electron/domains/home/x.ts', '../goals/queries'],
    ['renderer/src/features/people/x.tsx', '#renderer/components/Field'],
  ])(
    '%s may import %s (a registry, a migration seeding its data, or the allowed direction)',
    async (file, specifier) => {
      expect(await restrictedImports(file, `import { a } from '${specifier}';\nexport const f = a;\n`)).toEqual([]);
    },
  );
});

describe('lint: no-console', () => {
  it('reports console in app code but not in tests', async () => {
    const code = "console.log('hi');\n";
    const app = await eslint.lintText(code, { filePath: 'electron/x.ts' });
    const test = await eslint.lintText(code, { filePath: 'test/unit/x.test.ts' });
    expect(app[0]?.messages.map((m) => m.ruleId)).toContain('no-console');
    expect(test[0]?.messages.map((m) => m.ruleId)).not.toContain('no-console');
  });
});

describe('lint: no network in app code', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const messagesFor = async (code: string, filePath: string) =>
    (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);

  it.each([
    ["import https from 'node:https';\nexport const a = https;\n", 'electron/x.ts', 'no-restricted-imports'],
    ["import { net } from 'electron';\nexport const a = net;\n", 'electron/x.ts', 'no-restricted-imports'],
    ["export const a = () => fetch('https://example.com');\n", 'renderer/src/x.ts', 'no-restricted-globals'],
    [
      "export const a = () => navigator.sendBeacon('https://example.com');\n",
      'renderer/src/x.ts',
      'no-restricted-properties',
    ],
    ["export const a = () => new WebSocket('wss://example.com');\n", 'shared/x.ts', 'no-restricted-globals'],
  ])('reports %j in %s', async (code, file, rule) => {
    expect(await messagesFor(code, file)).toContain(rule);
  });
});
