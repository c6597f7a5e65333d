import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, StoreStatus } from '#shared/backups/model';
import { isSessionChannel } from '#shared/backups/contract';
import { isDataFolderChannel } from '#shared/dataFolder/contract';
import { listBackups } from '../backup/backupFiles';
import { isQueryChannel } from '#shared/ipc/contract';
import { fail, ok, type Result } from '#shared/ipc/result';
import type { Reminder } from '#shared/reminders/model';
import { isVaultChannel } from '#shared/vault/contract';
import { setAside } from '../backup/restoreFile';
import { DataFolderChannels, type DataFolderOptions } from '../dataFolder/channels';
import { dataFilePath } from '../dataLocation';
import { WrongKeyError } from '../db/cipher';
import { NewerDatabaseError } from '../db/migrate';
import { alreadyPassed, type IntegrityCheck } from '../db/integrityCheck';
import { closeDatabase, DamagedDatabaseError, openStore, type Db } from '../db/open';
import { asWritable } from '../db/access';
import { purgeDeletedPersonData } from '../domains/personData';
import { conflict, DomainError } from '../ipc/domainError';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { failureOf, validateRequest } from '../ipc/validate';
import { createLogger } from '../log';
import type { Notifier } from '../reminders/notifier';
import { runReminders } from '../reminders/run';
import type { SettingsStore } from '../settings/store';
import type { SecretStore } from '../vault/secretStore';
import { Vault } from '../vault/vault';
import { ownHandlers, type OwnChannel, type OwnHandlerMap } from './ownChannels';
import { runScheduledBackup } from './scheduledBackup';
import { unrefLater, type Later, type SystemClipboard } from './secretClipboard';

const log = createLogger('session');

export interface SessionOptions {
  dataDir: string;
  secretStore: SecretStore;
  settings: SettingsStore;
  now: () => Date;
  appVersion: string;
  /** The system clipboard: the first-run screen's Copy puts the recovery key there (secretClipboard.ts). */
  clipboard: SystemClipboard;
  /** Schedules the clipboard's clearing; tests run it when they choose. Default: a timer. */
  later?: Later;
  /** Where the data lives and how to choose another folder (Settings → Your data). */
  dataFolder: DataFolderOptions;
  /** Store size from which the start-up check runs in the background (tests: 0 = always). */
  backgroundCheckFrom?: number;
  /** Tests: fail any query channel that changes a row (see createDispatcher). */
  checkQueriesWriteNothing?: boolean;
}

const DAMAGED_REFUSAL = 'The data file is damaged: restore a backup first.';

/**
 * One run of Cairn's main side: the vault that holds the key, the store once unlocked, its
 * backups. Electron's IPC and the test harness both send every request here, so what is
 * tested is what ships. Until unlocked only vault requests are answered; a store found
 * damaged at start is set aside (never reset) and the user is offered a backup.
 *
 * A large store is checked for damage in the background (openStore): queries and commands
 * are answered at once, the commands' writes held in the WAL until the verdict so that
 * nothing is written on top of a file that may be damaged (integrityCheck.ts,
 * holdWritesInWal). What would write the file itself waits for the verdict: an erase's
 * checkpoint (whenVerified), backups, upkeep, the vault's requests. If the check fails, the
 * store is set aside with its WAL as if found at open (what was saved meanwhile is in that
 * copy, not in the backup the user restores), the next command is refused, and the window,
 * which asks `store.awaitCheck`, shows the damaged-file screen.
 */
export class AppSession {
  readonly dataFile: string;
  readonly backupDir: string;
  private readonly vault: Vault;
  private db: Db | null = null;
  private store: Dispatch | null = null;
  private damage: { damagedFile: string } | null = null;
  private check: IntegrityCheck | null = null;
  private readonly own: OwnHandlerMap;
  private readonly dataFolder: DataFolderChannels;

  constructor(private readonly options: SessionOptions) {
    this.dataFile = dataFilePath(options.dataDir);
    this.backupDir = join(options.dataDir, 'backups');
    mkdirSync(this.backupDir, { recursive: true });
    this.vault = new Vault({
      dataDir: options.dataDir,
      dataFile: this.dataFile,
      backupDir: this.backupDir,
      secretStore: options.secretStore,
      now: options.now,
    });
    this.dataFolder = new DataFolderChannels(options.dataFolder, options.now);
    this.own = ownHandlers({
      vault: this.vault,
      dataFile: this.dataFile,
      backupDir: this.backupDir,
      settings: options.settings,
      now: options.now,
      clipboard: options.clipboard,
      later: options.later ?? unrefLater,
      currentDb: () => this.db,
      storeStatus: () => this.storeStatus(),
      startEmpty: () => {
        if (!this.damage) throw conflict('The data file is not damaged; there is nothing to start over from.');
        this.damage = null;
        return this.storeStatus();
      },
      closeForRestore: () => {
        this.closeStore();
        this.damage = null;
      },
    });
    this.openIfUnlocked();
  }

  /** The open store, for tests; null while locked or damaged. */
  get database(): Db | null {
    return this.db;
  }

  /** Where the start-up check of the open store is: 'pending' while it runs in the background. */
  get checkState(): IntegrityCheck['state'] | null {
    return this.check?.state ?? null;
  }

  /** Resolves once the start-up check has finished and its outcome has been acted on. */
  async whenChecked(): Promise<void> {
    const check = this.check;
    if (!check) return;
    check.start();
    await check.settled;
    if (this.check === check) this.settleCheck();
  }

  /**
   * Synchronous: a request that must wait for the start-up check blocks until the worker
   * answers (Atomics.wait). Tests call this; the app calls `request`.
   */
  dispatch(channel: string, payload: unknown): Result<unknown> {
    this.noticeFailedCheck();
    // Answered locked or open: the pointer file is not in the store.
    if (isDataFolderChannel(channel)) return this.dataFolder.dispatch(channel, payload);
    if (isVaultChannel(channel) || isSessionChannel(channel)) {
      if (!isQueryChannel(channel)) this.settleCheck();
      return this.sessionRequest(channel, payload);
    }
    if (!this.store) {
      const request = validateRequest(channel, payload);
      if (!request.ok) return request.result;
      // Settings live beside the store, not in it: the lock and damaged-file screens need the theme.
      if (request.channel === 'settings.get') return ok(this.options.settings.get());
      return this.damage ? fail('locked', DAMAGED_REFUSAL) : fail('locked', 'Cairn is locked: unlock it to continue.');
    }
    return this.store(channel, payload);
  }

  /**
   * What Electron's IPC (and the browser harness standing in for it) calls. Keeping one
   * synchronous dispatch path (handlers, transactions, the test harness's hundreds of calls
   * all stay as they are) and waiting *here* for the check, asynchronously, keeps the main
   * thread free for the window while a decade of data is checked: by the time dispatch runs,
   * the verdict is known and nothing blocks. Queries never wait.
   */
  async request(channel: string, payload: unknown): Promise<Result<unknown>> {
    if (isDataFolderChannel(channel)) return this.dataFolder.request(channel, payload);
    const check = this.check;
    // The vault's and the session's own requests (backups, restore) wait; the store's commands do not.
    const waits =
      !isQueryChannel(channel) && (isVaultChannel(channel) || isSessionChannel(channel) || !check?.holdsWrites);
    if (check?.state === 'pending' && waits) {
      // The window asks store.awaitCheck as it opens: that wait must not start the check early.
      if (channel !== 'store.awaitCheck') check.start();
      await check.settled;
    }
    const result = this.dispatch(channel, payload);
    // The check's worker starts once the window's first request to the store is answered,
    // not while the window is still asking for its first screen (integrityCheck.ts).
    const pending = this.check;
    if (pending?.state === 'pending' && !isVaultChannel(channel) && !isSessionChannel(channel)) {
      setImmediate(() => pending.start());
    }
    return result;
  }

  /** Called by the app's timer: a backup when the schedule says one is due, then pruning. */
  runScheduledBackup(): BackupInfo | null {
    const key = this.vault.currentKey();
    // Not before the start-up check has passed: pruning must never trade a good old backup for a copy of damage.
    if (!this.db || !key || this.check?.state !== 'passed') return null;
    return runScheduledBackup(this.db, key, this.backupDir, this.options.settings, this.options.now);
  }

  /**
   * Called by the app's timer every minute: shows the reminders due now that never fired.
   * Nothing at all while Cairn is locked (there is no open store to read them from), nor
   * before the start-up check has passed.
   */
  runReminders(notifier: Notifier, open: (route: string) => void): Reminder[] {
    if (!this.db || this.check?.state !== 'passed') return [];
    return runReminders(asWritable(this.db), this.options.settings.get(), this.options.now(), notifier, open);
  }

  /**
   * Daily upkeep, from the app's timer: merges the search indexes, which drops the words of
   * deleted and typed-over text for good and keeps search fast over the years (measured on a
   * decade: searching items went from 320 to 120 µs).
   */
  runMaintenance(): void {
    // It writes (index merges), so not on a store whose start-up check has not passed.
    if (this.db && this.check?.state === 'passed') purgeDeletedPersonData(asWritable(this.db));
  }

  /** Closes and reopens the store with the same key, as quitting and starting again would. */
  reopen(): void {
    this.closeStore();
    this.openIfUnlocked();
  }

  close(): void {
    this.closeStore();
  }

  private sessionRequest(channel: OwnChannel, payload: unknown): Result<unknown> {
    const request = validateRequest(channel, payload);
    if (!request.ok) return request.result;
    try {
      // Validated against this channel's schema just above: the input has the handler's type.
      const handler = this.own[channel] as (input: unknown) => unknown;
      const value = handler(request.input);
      this.openIfUnlocked();
      return ok(value);
    } catch (error) {
      if (error instanceof NewerDatabaseError) return fail('conflict', error.message);
      return failureOf(channel, error);
    }
  }

  private storeStatus(): StoreStatus {
    return this.damage
      ? { state: 'damaged', damagedFile: this.damage.damagedFile, backups: listBackups(this.backupDir) }
      : { state: 'open' };
  }

  private openIfUnlocked(): void {
    const key = this.vault.currentKey();
    if (!key || this.db || this.damage) return;
    try {
      const opened = openStore(this.dataFile, {
        key,
        backupDir: this.backupDir,
        backgroundCheckFrom: this.options.backgroundCheckFrom,
      });
      this.db = opened.db;
      this.check = opened.check;
    } catch (error) {
      // The key came from the vault, so a file it cannot read is damaged, not foreign.
      if (!(error instanceof DamagedDatabaseError || error instanceof WrongKeyError)) throw error;
      this.damage = { damagedFile: setAside(this.dataFile, this.options.dataDir, this.options.now()) };
      log.warn('data file failed its check at start and was set aside');
      return;
    }
    this.store = createDispatcher(
      {
        db: this.db,
        settings: this.options.settings,
        now: this.options.now,
        dataFile: this.dataFile,
        appVersion: this.options.appVersion,
        // Before a checkpoint writes the data file itself: wait for the verdict.
        whenVerified: () => {
          if (this.settleCheck() === 'damaged') throw new DomainError('locked', DAMAGED_REFUSAL);
        },
      },
      undefined,
      {
        // Waits only if the check cannot hold writes in the WAL (then as before issue 18).
        beforeCommand: () => {
          const verdict = this.check?.holdsWrites === false ? this.settleCheck() : this.check?.state;
          if (verdict === 'damaged') throw new DomainError('locked', DAMAGED_REFUSAL);
        },
        checkQueriesWriteNothing: this.options.checkQueriesWriteNothing,
      },
    );
    const check = this.check;
    if (check?.state === 'pending') {
      // Act on the verdict as soon as it comes, not only at the next request.
      void check.settled.then(() => {
        if (this.check === check) this.settleCheck();
      });
    }
  }

  /**
   * The verdict of the start-up check, waiting for it if it is still running; a failed
   * check sets the store aside exactly as a failure at open does.
   */
  private settleCheck(): 'passed' | 'damaged' | null {
    if (!this.check) return null;
    const verdict = this.check.verdict();
    if (verdict === 'damaged') {
      this.setDamagedAside();
    } else if (this.check.durationMs !== null) {
      log.info(`start-up check passed in the background (${this.check.durationMs} ms)`);
      this.check = alreadyPassed(); // said once; the worker is done
    }
    return verdict;
  }

  /** Never waits: acts on a verdict of damage the worker has already given. */
  private noticeFailedCheck(): void {
    if (this.check?.state === 'damaged') this.setDamagedAside();
  }

  private setDamagedAside(): void {
    const check = this.check;
    this.check = null;
    this.store = null;
    // Closed without PRAGMA optimize, which may write: nothing is written to a damaged file.
    // The store first, then the check's WAL guard: so neither close folds the WAL in.
    this.db?.close();
    check?.dispose();
    this.db = null;
    this.damage = { damagedFile: setAside(this.dataFile, this.options.dataDir, this.options.now()) };
    log.warn('data file failed its background check and was set aside');
  }

  private closeStore(): void {
    const check = this.check;
    // PRAGMA optimize may write, so only on a store whose check has passed. Closed before the
    // check is disposed: while it is pending, its guard keeps this close from checkpointing
    // (the held commits stay in the WAL, and are checked again at the next start).
    if (this.db) {
      if (check?.state === 'passed') closeDatabase(this.db);
      else this.db.close();
    }
    check?.dispose();
    this.db = null;
    this.store = null;
    this.check = null;
  }
}
