import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from '../durableFiles';
import { join } from 'node:path';
import { z } from 'zod';

export const KEY_FILE_NAME = 'cairn.key.json';

const wrappedSchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
});

const keyFileSchema = z.discriminatedUnion('protection', [
  z.object({ format: z.literal('cairn-key'), version: z.literal(1), protection: z.literal('os'), sealed: z.string() }),
  z.object({
    format: z.literal('cairn-key'),
    version: z.literal(1),
    protection: z.literal('passphrase'),
    wrapped: wrappedSchema,
  }),
]);
export type KeyFile = z.infer<typeof keyFileSchema>;

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEY_FILE_NAME);
}

/** The sealed key beside the data file, or null when absent or unreadable. */
export function readKeyFile(dataDir: string): KeyFile | null {
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) return null;
  try {
    const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written to a temporary name, flushed and renamed, so a crash never leaves half a key file. */
export function writeKeyFile(dataDir: string, file: KeyFile): void {
  writeFileAtomically(keyFilePath(dataDir), `${JSON.stringify(file, null, 2)}\n`, 0o600);
}
