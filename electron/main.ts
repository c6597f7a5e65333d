import { join } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, session, shell } from 'electron';
import { electronNotifier } from './reminders/electronNotifier';
import ElectronStore from 'electron-store';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { dataFolderAtStart } from './dataFolder/atStart';
import { missingDataFolderMessage } from './dataFolder/missingFolder';
import { NewerDatabaseError } from './db/migrate';
import { registerIpc } from './ipc/register';
import { createLogger } from './log';
import { hardenContents, hardenSession } from './security/harden';
import { isSafeExternalUrl } from './security/policy';
import { AppSession } from './session/appSession';
import { createSettingsStore } from './settings/store';
import { electronSecretStore } from './vault/electronSecretStore';
import { createMainWindow } from './window';

const log = createLogger('main');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let appSession: AppSession | null = null;

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
  const secretStore = electronSecretStore();
  const now = () => new Date();
  // Before anything opens the store: a move chosen in Settings is finished (or undone) here.
  const location = dataFolderAtStart({
    argv: process.argv,
    env: process.env,
    userDataDir: app.getPath('userData'),
    secretStore,
    now,
  });
  const { dataDir } = location;
  const missing = missingDataFolderMessage(location);
  if (missing) {
    dialog.showErrorBox('Cairn cannot find your data', missing);
    app.exit(1);
    return;
  }
  const kv = new ElectronStore({ name: 'settings', cwd: dataDir });
  try {
    appSession = new AppSession({
      dataDir,
      secretStore,
      settings: createSettingsStore(kv),
      now,
      appVersion: app.getVersion(),
      clipboard,
      dataFolder: { location, pickFolder, restart },
    });
  } catch (error) {
    const message =
      error instanceof NewerDatabaseError
        ? error.message
        : `Cairn could not open its data in ${dataDir}. Nothing was changed.`;
    log.error(`open failed: ${error instanceof Error ? error.name : 'unknown'}`);
    dialog.showErrorBox('Cairn cannot start', message);
    app.exit(1);
    return;
  }
  const running = appSession;
  // request, not dispatch: a write that arrives while a large store is still being checked waits without blocking the main thread.
  const dispatch = (channel: string, payload: unknown) => running.request(channel, payload);
  registerIpc(ipcMain, dispatch, devServerUrl);
  serveRenderer(join(import.meta.dirname, '../renderer'));
  createMainWindow(kv, devServerUrl);
  // Hourly: is a backup due? Daily: store upkeep (see AppSession.runMaintenance).
  repeat('scheduled backup', () => running.runScheduledBackup(), MINUTE, HOUR);
  repeat('maintenance', () => running.runMaintenance(), 5 * MINUTE, DAY);
  // Every minute: 1:1 preparation, things due, drafts left; each shown once (see electron/reminders).
  repeat('reminders', () => running.runReminders(electronNotifier, openRoute), 30_000, MINUTE);
}

/** The system's folder picker, over the Cairn window; null when the user cancels. */
async function pickFolder(): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Choose where Cairn keeps your data',
    buttonLabel: 'Use this folder',
    properties: ['openDirectory', 'createDirectory'],
  };
  const window = BrowserWindow.getAllWindows()[0];
  const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

/** Starts Cairn again, so that a move recorded in Settings happens now (at start, before the store opens). */
function restart(): void {
  app.relaunch();
  app.quit();
}

/** A click on a reminder: bring the window forward on the reminder's screen (routes are Cairn's own). */
function openRoute(route: string): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  void window.webContents.executeJavaScript(`location.hash = ${JSON.stringify(`#${route}`)}`);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Runs `task` once after `firstAfterMs`, then every `everyMs`; a failure is logged (no data in it) and tried again next time. */
function repeat(label: string, task: () => void, firstAfterMs: number, everyMs: number): void {
  const attempt = () => {
    try {
      task();
    } catch (error) {
      log.error(`${label} failed: ${error instanceof Error ? error.name : 'unknown'}`);
    }
  };
  setTimeout(attempt, firstAfterMs);
  setInterval(attempt, everyMs);
}

app.whenReady().then(start, (error: unknown) => {
  log.error(`start failed: ${error instanceof Error ? error.name : 'unknown'}`);
  app.exit(1);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  appSession?.close();
  appSession = null;
});
