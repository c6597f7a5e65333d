import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { dataFilePath, resolveDataDir } from './dataLocation';
import { NewerDatabaseError } from './db/migrate';
import { closeDatabase, openDatabase, type Db } from './db/open';
import { createDispatcher } from './ipc/dispatcher';
import { registerIpc } from './ipc/register';
import { createLogger } from './log';
import { hardenContents, hardenSession } from './security/harden';
import { isSafeExternalUrl } from './security/policy';
import { createSettingsStore } from './settings/store';
import { createMainWindow } from './window';

const log = createLogger('main');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let db: Db | null = null;

registerAppScheme();

// One process owns the SQLite file: a second launch focuses the first window instead.
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('web-contents-created', (_event, contents) => {
  hardenContents(
    contents,
    (url) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
    },
    devServerUrl,
  );
});

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  const dataFile = dataFilePath(dataDir);
  try {
    db = openDatabase(dataFile);
  } catch (error) {
    const message =
      error instanceof NewerDatabaseError
        ? error.message
        : `Cairn could not open its data file at ${dataFile}. It was not changed.`;
    log.error(`open failed: ${error instanceof Error ? error.name : 'unknown'}`);
    dialog.showErrorBox('Cairn cannot start', message);
    app.exit(1);
    return;
  }
  const kv = new ElectronStore({ name: 'settings', cwd: dataDir });
  const settings = createSettingsStore(kv);
  const dispatch = createDispatcher({
    db,
    settings,
    now: () => new Date(),
    dataFile,
    appVersion: app.getVersion(),
  });
  registerIpc(ipcMain, dispatch, devServerUrl);
  serveRenderer(join(import.meta.dirname, '../renderer'));
  createMainWindow(kv, devServerUrl);
}

app.whenReady().then(start, (error: unknown) => {
  log.error(`start failed: ${error instanceof Error ? error.name : 'unknown'}`);
  app.exit(1);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  if (db) closeDatabase(db);
  db = null;
});
