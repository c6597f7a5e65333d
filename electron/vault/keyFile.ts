import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** Written to a temporary name and renamed, so a crash never leaves half a key file. */
export function writeKeyFile(dataDir: string, file: KeyFile): void {
  const path = keyFilePath(dataDir);
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
