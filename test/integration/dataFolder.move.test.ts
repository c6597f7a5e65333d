import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFolderAtStart } from '#electron/dataFolder/atStart';
import { MOVE_MARKER } from '#electron/dataFolder/cairnEntries';
import { POINTER_FILE_NAME, readPointer } from '#electron/dataFolder/pointer';
import { damagePages, pagesOf } from '../support/damage';
import { fillWithData, fingerprint, newFolder, peopleNames, scheduleMoveTo } from '../support/dataFolders';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * Choosing another data folder in Settings and the move at the next start, on real folders
 * and the real store: only Electron's folder picker is stood in for (TestApp.pickFolder).
 */
const apps: TestApp[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const folder of folders.splice(0)) {
    if (existsSync(folder)) chmodSync(folder, 0o700);
    rmSync(folder, { recursive: true, force: true });
  }
});

function appWithData(options: Parameters<typeof createTestApp>[0] = {}): TestApp {
  const app = createTestApp(options);
  apps.push(app);
  if (app.call('vault.status', {}).state === 'unlocked') fillWithData(app);
  return app;
}
function target(): string {
  const folder = newFolder();
  folders.push(folder);
  return folder;
}
/** An app with a person and a backup, and a move to a fresh folder recorded in Settings. */
async function appMovingTo(): Promise<{ app: TestApp; to: string }> {
  const app = appWithData();
  const to = target();
  await scheduleMoveTo(app, to);
  return { app, to };
}
/** A folder Cairn cannot write to: read-only for a user; for root (who may write anywhere), a kernel folder. */
function unwritableFolder(): string {
  if (process.getuid?.() === 0) return '/proc/1';
  const folder = target();
  chmodSync(folder, 0o500);
  return folder;
}

describe('choosing the data folder in Settings', () => {
  it('moves everything at the next start, keeps the old copy whole, and can remove it later', async () => {
    const { app, to } = await appMovingTo();
    const oldFolder = app.dir;
    expect(app.call('dataFolder.status', {})).toMatchObject({ folder: oldFolder, pendingMove: { to }, lastMove: null });
    expect(app.call('dataFolder.restart', {})).toBeNull();
    expect(app.restartsAsked).toBe(1);

    app.session.close();
    const before = fingerprint(oldFolder);
    app.restart();

    expect(app.dir).toBe(to);
    expect(peopleNames(app)).toEqual(['Priya Raman']);
    expect(app.call('backups.list', {})).toHaveLength(1);
    expect(fingerprint(oldFolder)).toEqual(before);
    expect(existsSync(join(to, MOVE_MARKER))).toBe(false);
    const status = app.call('dataFolder.status', {});
    expect(status).toMatchObject({ folder: to, pendingMove: null, lastMove: { outcome: 'moved', from: oldFolder } });

    // Saved after the move: it is in the new folder.
    app.call('people.create', { ...(await import('#shared/people/model')).emptyPersonFields, name: 'Amara Obi' });
    app.restart();
    expect(peopleNames(app).sort()).toEqual(['Amara Obi', 'Priya Raman']);

    writeFileSync(join(oldFolder, 'my-notes.txt'), 'not Cairn’s');
    app.call('dataFolder.removeOldCopy', {});
    expect(readdirSync(oldFolder).sort()).toEqual(['my-notes.txt', POINTER_FILE_NAME].sort());
    expect(app.call('dataFolder.status', {}).lastMove).toMatchObject({ outcome: 'moved', oldCopyRemoved: true });
    expect(app.send('dataFolder.removeOldCopy', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses, in words, a folder it cannot use, and records nothing', async () => {
    const app = appWithData();
    const inside = join(app.dir, 'inside');
    mkdirSync(inside);
    const other = createTestApp({ dir: target() });
    other.close();
    const withBackups = target();
    mkdirSync(join(withBackups, 'backups'));
    const cases: [string, RegExp][] = [
      [app.dir, /already in this folder/],
      [inside, /inside the folder your data is in now/],
      [other.dir, /already holds Cairn data/],
      [withBackups, /already has “backups”/],
      [unwritableFolder(), /cannot save files in this folder/],
    ];
    for (const [folder, message] of cases) {
      app.pickFolder.next = folder;
      const answer = await app.session.request('dataFolder.choose', {});
      expect(answer, folder).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'folder' } });
      expect(answer.ok ? '' : answer.error.message).toMatch(message);
      expect(app.send('dataFolder.scheduleMove', { folder })).toMatchObject({ ok: false });
    }
    expect(readPointer(app.dir)).toEqual({});
  });

  it('does nothing when the picker is cancelled, and moves only to the folder the picker gave', async () => {
    const app = appWithData();
    app.pickFolder.next = null;
    expect(await app.session.request('dataFolder.choose', {})).toEqual({ ok: true, value: null });
    const elsewhere = target();
    expect(app.send('dataFolder.scheduleMove', { folder: elsewhere })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'folder' },
    });
    await scheduleMoveTo(app, target());
    app.call('dataFolder.cancelMove', {});
    app.restart();
    expect(readPointer(app.dir)).toEqual({});
    expect(peopleNames(app)).toEqual(['Priya Raman']);
  });

  it('leaves a move recorded in Settings waiting while a folder is given at start', async () => {
    const { app, to } = await appMovingTo();
    app.session.close();
    const given = dataFolderAtStart({
      argv: [],
      env: { CAIRN_DATA_DIR: app.dir },
      userDataDir: app.dir,
      secretStore: app.secretStore,
      now: () => new Date(),
    });
    expect(given).toMatchObject({ dataDir: app.dir, chosenAtStart: true });
    expect(readdirSync(to)).toEqual([]);
    expect(readPointer(app.dir).pendingMove?.to).toBe(to);
  });
});

describe('a move that cannot be done at start keeps the old folder and says why', () => {
  it('the folder came to hold another Cairn’s data: left untouched, nothing moved', async () => {
    const { app, to } = await appMovingTo();
    const other = createTestApp({ dir: to });
    fillWithData(other, 'Someone else');
    other.session.close();
    const theirs = fingerprint(to);
    app.restart();
    expect(fingerprint(to)).toEqual(theirs);
    expect(peopleNames(app)).toEqual(['Priya Raman']);
    expect(app.call('dataFolder.status', {})).toMatchObject({
      pendingMove: null,
      lastMove: { outcome: 'failed', to, reason: expect.stringMatching(/already holds Cairn data/) },
    });
  });

  it('the folder went away (a drive unplugged): the data stays where it was', async () => {
    const { app, to } = await appMovingTo();
    rmSync(to, { recursive: true });
    app.restart();
    expect(app.call('dataFolder.status', {}).lastMove).toMatchObject({ outcome: 'failed', reason: /no longer exists/ });
    expect(peopleNames(app)).toEqual(['Priya Raman']);
  });

  it('a copy that does not match the original: the partial copy is removed', async () => {
    const { app, to } = await appMovingTo();
    app.session.close();
    const before = fingerprint(app.dir);
    const location = dataFolderAtStart({
      argv: [],
      env: {},
      userDataDir: app.dir,
      secretStore: app.secretStore,
      now: () => new Date(),
      // A disk that wrote something else than it was given.
      afterStep: (step) => {
        if (step === 'copied') writeFileSync(join(to, 'cairn.sqlite'), 'not the data', { flag: 'r+' });
      },
    });
    expect(location.dataDir).toBe(app.dir);
    expect(readdirSync(to)).toEqual([]);
    expect(fingerprint(app.dir)).toEqual(before);
    expect(readPointer(app.dir).lastMove).toMatchObject({ outcome: 'failed', reason: /did not match the original/ });
    app.restart();
    expect(peopleNames(app)).toEqual(['Priya Raman']);
  });

  it('a store already damaged is not moved: its copy fails the check with its key', async () => {
    const app = appWithData();
    const pages = pagesOf(app.db, 'people');
    const to = target();
    await scheduleMoveTo(app, to);
    app.session.close();
    damagePages(app.dataFile, pages);
    dataFolderAtStart({ argv: [], env: {}, userDataDir: app.dir, secretStore: app.secretStore, now: () => new Date() });
    expect(readdirSync(to)).toEqual([]);
    expect(readPointer(app.dir)).toMatchObject({ lastMove: { outcome: 'failed', reason: /did not pass its check/ } });
    expect(readPointer(app.dir).dataDir).toBeUndefined();
  });

  it('with a passphrase (no key before unlocking) the copy is compared byte for byte, then opens', async () => {
    const app = createTestApp({ osKeyStore: 'unavailable' });
    apps.push(app);
    app.call('vault.createWithPassphrase', { passphrase: 'correct horse battery' });
    fillWithData(app);
    const to = target();
    await scheduleMoveTo(app, to);
    app.restart();
    expect(app.dir).toBe(to);
    app.call('vault.unlock', { passphrase: 'correct horse battery' });
    expect(peopleNames(app)).toEqual(['Priya Raman']);
  });
});
