import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { bootMain, type BootedMain, type InvokeAnswer } from '../support/bootMain';

/**
 * electron/main.ts's side of moving the data folder, in the built bundle with the Electron
 * stand-in: the system folder picker (dialog.showOpenDialog) behind dataFolder.choose, the
 * relaunch behind dataFolder.restart, and at the next start the move done before the store
 * opens, from the pointer in Electron's user-data folder.
 */
const userData = mkdtempSync(join(tmpdir(), 'cairn-boot-userdata-'));
const picked = mkdtempSync(join(tmpdir(), 'cairn-boot-picked-'));
const running: BootedMain[] = [];
afterAll(() => {
  for (const main of running) main.kill();
  rmSync(userData, { recursive: true, force: true });
  rmSync(picked, { recursive: true, force: true });
});

function valueOf(answer: InvokeAnswer): unknown {
  if ('unregistered' in answer) throw new Error('channel not registered');
  if (!answer.result.ok) throw new Error(`refused: ${answer.result.error?.message}`);
  return answer.result.value;
}

it('moves the data to the folder the system picker gave, at the next start', async () => {
  const env = { STAND_IN_USER_DATA: userData, STAND_IN_PICKED_FOLDER: picked };
  const first = await bootMain(env);
  running.push(first);
  valueOf(await first.invoke('vault.recoveryKeyStored', {}));
  valueOf(await first.invoke('people.create', { ...emptyPersonFields, name: 'Priya Raman' }));
  expect(valueOf(await first.invoke('dataFolder.choose', {}))).toEqual({ folder: picked });
  const report = await first.ask<{ openDialogs: { properties: string[]; withWindow: boolean }[] }>({ type: 'report' });
  expect(report.openDialogs).toEqual([{ properties: ['openDirectory', 'createDirectory'], withWindow: true }]);
  valueOf(await first.invoke('dataFolder.scheduleMove', { folder: picked }));
  expect(readdirSync(picked)).toEqual([]);
  valueOf(await first.invoke('dataFolder.restart', {}));
  expect(await first.ask({ type: 'report' })).toMatchObject({ relaunches: 1, quitCalls: 1 });
  first.kill();

  const second = await bootMain(env);
  running.push(second);
  expect(valueOf(await second.invoke('dataFolder.status', {}))).toMatchObject({
    folder: picked,
    chosenAtStart: false,
    lastMove: { outcome: 'moved', from: userData },
  });
  const people = valueOf(await second.invoke('people.list', {})) as { name: string }[];
  expect(people.map((p) => p.name)).toEqual(['Priya Raman']);
  expect(readdirSync(picked)).toEqual(expect.arrayContaining(['cairn.sqlite', 'cairn.key.json', 'backups']));
}, 240_000);
