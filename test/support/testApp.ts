import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { closeDatabase, openDatabase, type Db } from '../../electron/db/open';
import type { HandlerContext } from '../../electron/ipc/context';
import { createDispatcher, type Dispatch } from '../../electron/ipc/dispatcher';
import { createSettingsStore } from '../../electron/settings/store';

/**
 * The real main-process stack on a real SQLite file in a fresh temp folder: what the app
 * runs, minus Electron's transport. Settings use `conf`, the library electron-store wraps.
 */
export interface TestApp {
  dir: string;
  dataFile: string;
  db: Db;
  dispatch: Dispatch;
  /** Typed call that throws on a refusal, for arranging data. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): ChannelOutput<C>;
  /** Raw result, for asserting refusals. */
  send(channel: string, payload: unknown): Result<unknown>;
  /** Moves the clock the handlers see. */
  setNow(date: Date): void;
  /** Closes and reopens the file, as quitting and starting the app would. */
  restart(): void;
  close(): void;
}

export function createTestApp(options: { dir?: string; now?: Date } = {}): TestApp {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'cairn-test-'));
  const dataFile = join(dir, 'cairn.sqlite');
  let now = options.now ?? new Date('2026-03-02T09:00:00Z');
  const settings = createSettingsStore(new Conf({ cwd: dir, configName: 'settings', projectName: 'cairn-test' }));

  const app = {} as TestApp;
  const boot = () => {
    const db = openDatabase(dataFile);
    const ctx: HandlerContext = { db, settings, now: () => now, dataFile, appVersion: '0.0.0-test' };
    app.db = db;
    app.dispatch = createDispatcher(ctx);
  };
  boot();
  Object.assign(app, {
    dir,
    dataFile,
    send: (channel: string, payload: unknown) => app.dispatch(channel, payload),
    call: (channel: string, input: unknown) => {
      const result = app.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} refused: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    setNow: (date: Date) => {
      now = date;
    },
    restart: () => {
      closeDatabase(app.db);
      boot();
    },
    close: () => {
      closeDatabase(app.db);
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  });
  return app;
}
