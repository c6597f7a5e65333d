import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { ChannelInput, ChannelName, ChannelOutput } from '#shared/ipc/contract';
import type { Result } from '#shared/ipc/result';
import { asWritable, type WritableDB } from '#electron/db/access';
import { AppSession } from '#electron/session/appSession';
import { createSettingsStore } from '#electron/settings/store';
import { createTestSecretStore } from './testSecretStore';

/**
 * The real main-process stack (vault, encrypted store, dispatcher) on a real SQLite file in a
 * fresh temp folder: what the app runs, minus Electron's transport and the OS key store.
 * Settings use `conf`, the library electron-store wraps.
 */
export interface TestApp {
  dir: string;
  dataFile: string;
  /** The open store; throws while the vault is locked. */
  readonly db: WritableDB;
  session: AppSession;
  secretStore: ReturnType<typeof createTestSecretStore>;
  dispatch(channel: string, payload: unknown): Result<unknown>;
  /** Typed call that throws on a refusal, for arranging data. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): ChannelOutput<C>;
  /** Raw result, for asserting refusals. */
  send(channel: string, payload: unknown): Result<unknown>;
  /** Moves the clock the handlers see. */
  setNow(date: Date): void;
  /** Ends this run and starts a new one on the same folder, as quitting and relaunching would. */
  restart(): void;
  close(): void;
}

export interface TestAppOptions {
  dir?: string;
  now?: Date;
  /** 'unavailable' behaves like Linux with only the basic_text backend: a passphrase is needed. */
  osKeyStore?: 'available' | 'unavailable';
  /** Store size from which the start-up check runs in a worker; 0 checks every existing store in the background. */
  backgroundCheckFrom?: number;
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'cairn-test-'));
  let now = options.now ?? new Date('2026-03-02T09:00:00Z');
  const settings = createSettingsStore(new Conf({ cwd: dir, configName: 'settings', projectName: 'cairn-test' }));
  const secretStore = createTestSecretStore(options.osKeyStore !== 'unavailable');
  const start = () =>
    new AppSession({
      dataDir: dir,
      secretStore,
      settings,
      now: () => now,
      appVersion: '0.0.0-test',
      backgroundCheckFrom: options.backgroundCheckFrom,
      // Every query any test makes is also checked to have changed nothing.
      checkQueriesWriteNothing: true,
    });

  const app: TestApp = {
    dir,
    dataFile: join(dir, 'cairn.sqlite'),
    session: start(),
    secretStore,
    get db() {
      const db = app.session.database;
      if (!db) throw new Error('The test store is locked.');
      return asWritable(db);
    },
    dispatch: (channel, payload) => app.session.dispatch(channel, payload),
    send: (channel, payload) => app.session.dispatch(channel, payload),
    call: (channel, input) => {
      const result = app.session.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} refused: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    setNow: (date) => {
      now = date;
    },
    restart: () => {
      app.session.close();
      app.session = start();
    },
    close: () => {
      app.session.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  return app;
}
