import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { ChannelInput, ChannelName, ChannelOutput } from '#shared/ipc/contract';
import type { Result } from '#shared/ipc/result';
import { asWritable, type WritableDB } from '#electron/db/access';
import { dataFolderAtStart, type DataFolderAtStart } from '#electron/dataFolder/atStart';
import { AppSession } from '#electron/session/appSession';
import { createSettingsStore } from '#electron/settings/store';
import { createTestSecretStore } from './testSecretStore';

/**
 * The real main-process stack (vault, encrypted store, dispatcher) on a real SQLite file in a
 * fresh temp folder: what the app runs, minus Electron's transport and the OS key store.
 * Settings use `conf`, the library electron-store wraps.
 */
export interface TestApp {
  /** The data folder of the current run (a move chosen in Settings changes it at restart). */
  dir: string;
  dataFile: string;
  /** Stands in for Electron's folder picker: the folder it returns next (null: cancelled). */
  pickFolder: { next: string | null; asked: number };
  /**
   * Stands in for the system clipboard: what is on it, and what main has scheduled to run
   * later (the recovery key's clearing); a test runs those when it means time to have passed.
   */
  clipboard: { text: string; later: (() => void)[] };
  /** How often the window asked to restart Cairn. */
  restartsAsked: number;
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
  /** Electron's user-data folder: the default data folder, and where the pointer file lives. */
  dir?: string;
  now?: Date;
  /** 'unavailable' behaves like Linux with only the basic_text backend: a passphrase is needed. */
  osKeyStore?: 'available' | 'unavailable';
  /** Store size from which the start-up check runs in a worker; 0 checks every existing store in the background. */
  backgroundCheckFrom?: number;
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
  const userDataDir = options.dir ?? mkdtempSync(join(tmpdir(), 'cairn-test-'));
  let now = options.now ?? new Date('2026-03-02T09:00:00Z');
  const secretStore = createTestSecretStore(options.osKeyStore !== 'unavailable');
  const pickFolder: TestApp['pickFolder'] = { next: null, asked: 0 };
  const clipboard: TestApp['clipboard'] = { text: '', later: [] };
  // As main.ts does at each start: the data folder decided (a recorded move done) before the store opens.
  let location: DataFolderAtStart;
  const start = () => {
    location = dataFolderAtStart({ argv: [], env: {}, userDataDir, secretStore, now: () => now });
    return new AppSession({
      dataDir: location.dataDir,
      secretStore,
      settings: createSettingsStore(
        new Conf({ cwd: location.dataDir, configName: 'settings', projectName: 'cairn-test' }),
      ),
      now: () => now,
      appVersion: '0.0.0-test',
      clipboard: {
        writeText: (text) => void (clipboard.text = text),
        readText: () => clipboard.text,
        clear: () => void (clipboard.text = ''),
      },
      later: (task) => void clipboard.later.push(task),
      dataFolder: {
        location,
        pickFolder: async () => {
          pickFolder.asked += 1;
          return pickFolder.next;
        },
        restart: () => {
          app.restartsAsked += 1;
        },
      },
      backgroundCheckFrom: options.backgroundCheckFrom,
      // Every query any test makes is also checked to have changed nothing.
      checkQueriesWriteNothing: true,
    });
  };

  const session = start();
  const app: TestApp = {
    get dir() {
      return location.dataDir;
    },
    get dataFile() {
      return join(location.dataDir, 'cairn.sqlite');
    },
    pickFolder,
    clipboard,
    restartsAsked: 0,
    session,
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
      if (!options.dir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return app;
}
