import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '#shared/ipc/contract';
import { CHANGES_EVENT, CHANNEL_PREFIX } from '#shared/ipc/channelName';
import { commandChanges } from '#shared/ipc/changes';
import { CONTENT_SECURITY_POLICY } from '#electron/security/policy';
import { builtMain } from '../support/builtApp';
import { APP_PAGE, bootMain, type BootedMain } from '../support/bootMain';
import { SECURE_WINDOW_BASELINE } from '../support/securityBaseline';

/**
 * The built main bundle (out/main/index.js), booted in a Node process with Electron's API
 * replaced by a recording stand-in (test/support/electronStandIn): the one test in which
 * electron/main.ts actually runs, since the Electron binary cannot be had here.
 */
interface Report {
  singleInstanceLock: number;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolSchemes: string[];
  ipcChannels: string[];
  windows: { options: { webPreferences: Record<string, unknown> }; loadedUrl: string | null }[];
  permissionHandlersSet: boolean;
  permissionGranted: boolean;
  permissionCheck: boolean;
  webContentsCreatedListeners: number;
  willQuitListeners: number;
  timers: { kind: 'timeout' | 'interval'; ms: number }[];
  errorBoxes: unknown[];
  exitCodes: number[];
}

let main: BootedMain;
let dataDir: string;
const ask = <T>(message: Record<string, unknown>) => main.ask<T>(message);
const invoke = (channel: string, payload: unknown, frameUrl = APP_PAGE, topFrame = true) =>
  main.invoke(channel, payload, frameUrl, topFrame);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cairn-boot-'));
  main = await bootMain({ CAIRN_DATA_DIR: dataDir, STAND_IN_USER_DATA: dataDir });
}, 240_000);

afterAll(() => {
  main?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the built main process, booted against a recording stand-in for Electron', () => {
  it('takes the single-instance lock and shows no error at start', async () => {
    const report = await ask<Report>({ type: 'report' });
    expect(report.singleInstanceLock).toBe(1);
    expect(report.errorBoxes).toEqual([]);
    expect(report.exitCodes).toEqual([]);
  });

  it('registers app:// as a secure standard scheme and serves the built page with the CSP', async () => {
    const report = await ask<Report>({ type: 'report' });
    expect(report.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(report.protocolSchemes).toEqual(['app']);
    const page = await ask<{ status: number; headers: Record<string, string>; body: string }>({
      type: 'serve',
      scheme: 'app',
      url: APP_PAGE,
    });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<div id="root">');
    const escape = await ask<{ status: number }>({ type: 'serve', scheme: 'app', url: 'app://cairn/../package.json' });
    expect(escape.status).toBe(404);
  });

  it('registers every channel of the contract, each behind the sender check, and nothing else', async () => {
    const report = await ask<Report>({ type: 'report' });
    expect([...report.ipcChannels].sort()).toEqual(channelNames.map((n) => `${CHANNEL_PREFIX}${n}`).sort());
    for (const name of channelNames) {
      const fromElsewhere = await invoke(name, {}, 'https://example.com/');
      const fromAFrame = await invoke(name, {}, APP_PAGE, false);
      for (const answer of [fromElsewhere, fromAFrame]) {
        expect('unregistered' in answer ? `${name} unregistered` : answer.result.error?.code).toBe('forbidden');
      }
    }
  });

  it('answers its own window, and tells it which domains a command changed', async () => {
    const status = await invoke('vault.status', {});
    expect(!('unregistered' in status) && status.result).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    const created = await invoke('teams.create', { name: 'Platform', description: '' });
    expect(!('unregistered' in created) && created.result.ok).toBe(true);
    expect(!('unregistered' in created) && created.sent).toEqual([
      { channel: CHANGES_EVENT, args: [commandChanges('teams.create')] },
    ]);
  });

  it('opens one window with the secure web preferences and a preload file that is in the build', async () => {
    const { windows } = await ask<Report>({ type: 'report' });
    expect(windows).toHaveLength(1);
    const [win] = windows;
    expect(win!.loadedUrl).toBe(APP_PAGE);
    const prefs = win!.options.webPreferences;
    expect(prefs).toMatchObject(SECURE_WINDOW_BASELINE);
    const preload = String(prefs.preload);
    expect(dirname(preload)).toBe(join(dirname(builtMain), '../preload'));
    expect(existsSync(preload), `preload ${preload} is not in the build`).toBe(true);
  });

  it('hardens every web contents and the session: no navigation away, no new windows, no permissions', async () => {
    const report = await ask<Report>({ type: 'report' });
    expect(report.permissionHandlersSet).toBe(true);
    expect(report.permissionGranted).toBe(false);
    expect(report.permissionCheck).toBe(false);
    expect(report.webContentsCreatedListeners).toBe(1);
    const hardened = await ask<{ blocksOutside: boolean; allowsOwnPages: boolean; newWindow: unknown }>({
      type: 'harden',
    });
    expect(hardened).toEqual({ blocksOutside: true, allowsOwnPages: true, newWindow: { action: 'deny' } });
  });

  it('schedules the backup check hourly, upkeep daily and reminders every minute', async () => {
    const { timers } = await ask<Report>({ type: 'report' });
    const MINUTE = 60_000;
    expect(timers).toEqual([
      { kind: 'timeout', ms: MINUTE },
      { kind: 'interval', ms: 60 * MINUTE },
      { kind: 'timeout', ms: 5 * MINUTE },
      { kind: 'interval', ms: 24 * 60 * MINUTE },
      { kind: 'timeout', ms: 30_000 },
      { kind: 'interval', ms: MINUTE },
    ]);
  });

  it('keeps a data folder given at start (CAIRN_DATA_DIR): Settings cannot move it, and no picker opens', async () => {
    const status = await invoke('dataFolder.status', {});
    expect(!('unregistered' in status) && status.result).toMatchObject({
      ok: true,
      value: { folder: dataDir, chosenAtStart: true, pendingMove: null },
    });
    const choose = await invoke('dataFolder.choose', {});
    expect(!('unregistered' in choose) && choose.result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await ask<{ openDialogs: unknown[] }>({ type: 'report' })).openDialogs).toEqual([]);
  });

  it('closes the store when quitting: its write-ahead log is folded in and requests are refused', async () => {
    expect(existsSync(join(dataDir, 'cairn.sqlite-wal'))).toBe(true);
    await ask({ type: 'quit' });
    expect(existsSync(join(dataDir, 'cairn.sqlite-wal'))).toBe(false);
    const after = await invoke('people.list', {});
    expect(!('unregistered' in after) && after.result).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});
