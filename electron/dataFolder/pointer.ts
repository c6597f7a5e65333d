import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../durableFiles';

/**
 * The pointer: which folder holds the data, and a move waiting for the next start. It lives
 * in Electron's user-data folder, outside the data folder it points to, so it can name
 * another one. It is only ever replaced whole (temporary file, flush, rename): a crash leaves
 * the old pointer or the new, so a start always finds one folder with the whole store.
 */
export const POINTER_FILE_NAME = 'data-location.json';

const lastMoveSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('moved'), from: z.string(), at: z.string(), oldCopyRemoved: z.boolean() }),
  z.object({ outcome: z.literal('failed'), to: z.string(), reason: z.string(), at: z.string() }),
]);

const pointerSchema = z.object({
  /** Absent: the data is in the user-data folder itself. */
  dataDir: z.string().optional(),
  pendingMove: z.object({ from: z.string(), to: z.string(), requestedAt: z.string() }).optional(),
  lastMove: lastMoveSchema.optional(),
});
export type Pointer = z.infer<typeof pointerSchema>;

export function pointerPath(userDataDir: string): string {
  return join(userDataDir, POINTER_FILE_NAME);
}

/**
 * The pointer, or an empty one when there is none. One that does not parse is treated as
 * empty too: the data then opens from the default folder, and nothing is moved or deleted.
 */
export function readPointer(userDataDir: string): Pointer {
  const path = pointerPath(userDataDir);
  if (!existsSync(path)) return {};
  try {
    const parsed = pointerSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function writePointer(userDataDir: string, pointer: Pointer): void {
  mkdirSync(userDataDir, { recursive: true });
  writeFileAtomically(pointerPath(userDataDir), `${JSON.stringify(pointer, null, 2)}\n`, 0o600);
}
