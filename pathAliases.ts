import { fileURLToPath } from 'node:url';

/**
 * The import aliases of tsconfig.json's `paths`, for Vite and Vitest: `#shared/…` from
 * either process, `#electron/…` and `#renderer/…` from tests. tsc, tsx and Playwright read
 * tsconfig.json itself; keep the two lists the same.
 */
const folder = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const pathAliases = [
  { find: /^#shared\//, replacement: folder('./shared/') },
  { find: /^#electron\//, replacement: folder('./electron/') },
  { find: /^#renderer\//, replacement: folder('./renderer/src/') },
];
