import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { BRIDGE_GLOBAL } from '#shared/ipc/bridge';
import { channelNames } from '#shared/ipc/contract';

/**
 * The real app in Electron: main process, preload, security settings and the built
 * renderer together. The browser suite (test/e2e) covers the screens; this checks what
 * only Electron can show: the window, the bridge and the sandbox.
 */
const appDir = resolve('.');
const mainEntry = join(appDir, 'out/main/index.js');

/**
 * The Electron executable if it is installed, else null. This repeats the lookup of
 * electron/index.js (path.txt, ELECTRON_OVERRIDE_DIST_PATH) instead of requiring it,
 * because requiring it tries to download a missing binary.
 */
function installedElectron(): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, executable ?? 'electron')
    : executable && join(packageDir, 'dist', executable);
  return candidate && existsSync(candidate) ? candidate : null;
}

const electronBinary = installedElectron();

const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/dist is missing; it could not be downloaded here). ' +
  'Fetch it with `npx install-electron` (`npx electron --version` checks it), then run `npm run build && xvfb-run npm run test:electron`.';

// The list reporter does not print skip reasons, so say it once, from the runner.
if (electronBinary === null && process.env.TEST_WORKER_INDEX === undefined) console.warn(`\n${SKIP_REASON}\n`);
test.skip(electronBinary === null, SKIP_REASON);

let dataDir: string;
let app: ElectronApplication;
let window: Page;

test.beforeEach(async () => {
  expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npm run build\` first`).toBe(true);
  dataDir = mkdtempSync(join(tmpdir(), 'cairn-electron-'));
  app = await electron.launch({
    // The app folder, not the file: Electron then reads package.json ("main":
    // out/main/index.js), so the app's name, version and user-data folder are the shipped ones.
    args: [appDir, `--data-dir=${join(dataDir, 'data')}`],
    env: {
      ...(process.env as Record<string, string>),
      // Keep Chromium's profile and the single-instance lock out of the real
      // ~/.config/Cairn, so a running Cairn neither blocks nor sees the test instance.
      XDG_CONFIG_HOME: join(dataDir, 'config'),
    },
  });
  window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('opens the Cairn window on the People navigation', async () => {
  await expect(window).toHaveTitle('Cairn');
  const nav = window.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'People' })).toBeVisible();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('keeps its data in the folder given by --data-dir', async () => {
  await expect(window.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect.poll(() => existsSync(join(dataDir, 'data', 'cairn.sqlite'))).toBe(true);
});

test('exposes only the bridge to the page (context isolation and sandbox)', async () => {
  // Page code runs in the window, which this Node-side file cannot name: use globalThis.
  const globals = await window.evaluate((name) => {
    const g = globalThis as Record<string, unknown>;
    const bridge = g[name];
    return {
      bridge: typeof bridge,
      bridgeFunctions:
        bridge && typeof bridge === 'object' ? Object.values(bridge).every((f) => typeof f === 'function') : false,
      require: typeof g.require,
      process: typeof g.process,
      module: typeof g.module,
      ipcRenderer: typeof g.ipcRenderer,
    };
  }, BRIDGE_GLOBAL);
  expect(globals).toEqual({
    bridge: 'object',
    bridgeFunctions: true,
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
  });
});

test('answers through the real IPC transport', async () => {
  type Bridge = Record<string, (input: unknown) => Promise<unknown>>;
  const exposed = await window.evaluate((name) => {
    const bridge = (globalThis as Record<string, unknown>)[name] as Bridge | undefined;
    return Object.keys(bridge ?? {});
  }, BRIDGE_GLOBAL);
  expect(exposed.sort()).toEqual([...channelNames, 'onChange'].sort());

  const teams = await window.evaluate((name) => {
    const bridge = (globalThis as Record<string, unknown>)[name] as Bridge;
    return bridge['teams.list']?.({});
  }, BRIDGE_GLOBAL);
  expect(teams).toEqual({ ok: true, value: [] });
});
