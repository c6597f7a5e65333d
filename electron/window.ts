import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_ORIGIN, secureWebPreferences } from './security/policy';
import type { KeyValueStore } from './settings/store';
import { DEFAULT_SIZE, MIN_SIZE, restoreBounds, type WindowBounds } from './windowBounds';

const BOUNDS_KEY = 'windowBounds';

export function createMainWindow(store: KeyValueStore, devServerUrl: string | undefined): BrowserWindow {
  const saved = restoreBounds(
    store.get(BOUNDS_KEY),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Cairn',
    backgroundColor: '#1b1d21',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const save = () => {
    const bounds: WindowBounds = { ...win.getNormalBounds(), maximized: win.isMaximized() };
    store.set(BOUNDS_KEY, bounds);
  };
  win.on('close', save);

  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
