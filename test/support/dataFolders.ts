import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cairnFilesIn } from '#electron/dataFolder/copyEntries';
import { emptyPersonFields } from '#shared/people/model';
import type { TestApp } from './testApp';

/** A fresh empty folder, as the folder picker would return after "New folder". */
export function newFolder(prefix = 'cairn-target-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every Cairn file of a folder with its SHA-256: two equal fingerprints are the same data, byte for byte. */
export function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    cairnFilesIn(dir)
      .filter((file) => !file.endsWith('-shm'))
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}

/** A person and a backup: something typed, and a file in a sub-folder, that a move must carry. */
export function fillWithData(app: TestApp, name = 'Priya Raman'): void {
  app.call('people.create', { ...emptyPersonFields, name });
  app.call('backups.create', {});
}

export function peopleNames(app: TestApp): string[] {
  return app.call('people.list', {}).map((p) => p.name);
}

/** Chooses `folder` in the picker stand-in and records the move, as Settings does. */
export async function scheduleMoveTo(app: TestApp, folder: string): Promise<void> {
  app.pickFolder.next = folder;
  const chosen = await app.session.request('dataFolder.choose', {});
  if (!chosen.ok) throw new Error(`choose refused: ${chosen.error.message}`);
  const scheduled = app.send('dataFolder.scheduleMove', { folder });
  if (!scheduled.ok) throw new Error(`scheduleMove refused: ${scheduled.error.message}`);
}
