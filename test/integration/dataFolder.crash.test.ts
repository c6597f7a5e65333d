import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MOVE_MARKER } from '#electron/dataFolder/cairnEntries';
import { MOVE_STEPS, type MoveStep } from '#electron/dataFolder/moveAtStart';
import { readPointer } from '#electron/dataFolder/pointer';
import { closeDatabase, openDatabase } from '#electron/db/open';
import { unsealOsKey } from '#electron/vault/osKey';
import { fillWithData, fingerprint, newFolder, peopleNames, scheduleMoveTo } from '../support/dataFolders';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * A move killed (SIGKILL, in a child process running the real move code) right after each of
 * its steps: the folder the pointer names then holds the whole store, the old folder is
 * unchanged, and the next start finishes the move.
 */
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

function killMoveAfter(userDataDir: string, key: string, step: MoveStep): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/moveKilledAtStep.ts', userDataDir, key, step],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`not killed after ${step}: ${output.slice(0, 500)}`)),
    );
  });
}

/** The people in the store of `dir`, opened as Cairn opens it: whole and usable, or this throws. */
function peopleIn(dir: string, key: string): string[] {
  const db = openDatabase(join(dir, 'cairn.sqlite'), { key });
  try {
    return db.prepare('SELECT name FROM people').pluck().all() as string[];
  } finally {
    closeDatabase(db);
  }
}

describe('a move killed between its steps', () => {
  it.each(MOVE_STEPS)(
    'after “%s”: a whole store in use, the old one unchanged, finished at the next start',
    async (step) => {
      const app: TestApp = createTestApp();
      const userData = app.dir;
      const to = newFolder();
      cleanup.push(() => {
        app.close();
        rmSync(to, { recursive: true, force: true });
      });
      fillWithData(app);
      await scheduleMoveTo(app, to);
      const key = unsealOsKey(userData, app.secretStore)!;
      app.session.close();
      const before = fingerprint(userData);

      await killMoveAfter(userData, key, step);

      const pointer = readPointer(userData);
      const inUse = pointer.dataDir ?? userData;
      const switched = MOVE_STEPS.indexOf(step) >= MOVE_STEPS.indexOf('switched');
      expect(inUse).toBe(switched ? to : userData);
      expect(Boolean(pointer.pendingMove)).toBe(!switched);
      expect(peopleIn(inUse, key)).toEqual(['Priya Raman']);
      expect(fingerprint(userData)).toEqual(before);

      app.restart();
      expect(app.dir).toBe(to);
      expect(peopleNames(app)).toEqual(['Priya Raman']);
      expect(existsSync(join(to, MOVE_MARKER))).toBe(false);
      expect(readdirSync(to)).toContain('backups');
      expect(app.call('dataFolder.status', {}).lastMove).toMatchObject({ outcome: 'moved', from: userData });
    },
  );
});
