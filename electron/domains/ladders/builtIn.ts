import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuiltInLadder, LadderDoc } from '#shared/ladders/model';
import { importCairn } from './import/cairn';

/**
 * The ladders shipped in resources/ladders, written by us as starting points. The folder is
 * found by walking up from this module: the source tree and the built app (out/main, inside
 * the asar) sit at different depths below the app root.
 */
function ladderDir(): string | undefined {
  let dir = import.meta.dirname;
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(dir, 'resources', 'ladders');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

let cache: { key: string; doc: LadderDoc }[] | undefined;

function load(): { key: string; doc: LadderDoc }[] {
  if (cache) return cache;
  const dir = ladderDir();
  const files = dir
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : [];
  cache = files.flatMap((file) => {
    const outcome = importCairn(readFileSync(join(dir!, file), 'utf8'));
    return 'ladder' in outcome ? [{ key: file.replace(/\.yaml$/, ''), doc: outcome.ladder }] : [];
  });
  return cache;
}

export function builtInLadders(): BuiltInLadder[] {
  return load().map(({ key, doc }) => ({ key, name: doc.name, description: doc.description }));
}

export function builtInLadder(key: string): LadderDoc | undefined {
  return load().find((l) => l.key === key)?.doc;
}
