import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFolderChannel } from '#shared/dataFolder/contract';
import type { DataFolderStatus } from '#shared/dataFolder/model';
import { fail, ok, type Result } from '#shared/ipc/result';
import { failureOf, validateRequest } from '../ipc/validate';
import { conflict, invalid } from '../ipc/domainError';
import { syncDirectory } from '../durableFiles';
import type { DataFolderAtStart } from './atStart';
import { CAIRN_ENTRIES } from './cairnEntries';
import { refusalForTarget } from './checkTarget';
import { readPointer, writePointer } from './pointer';

/** What choosing the data folder needs from Electron: its folder picker and a relaunch. */
export interface DataFolderOptions {
  location: DataFolderAtStart;
  /** The system's folder picker (tests: a stand-in returning a temp folder); null when cancelled. */
  pickFolder: () => Promise<string | null>;
  /** Quits and starts again (app.relaunch + quit). */
  restart: () => void;
}

const CHOSEN_AT_START = 'Your data folder was set when Cairn was started, so it cannot be changed here.';

/**
 * Settings' side of the data folder: it only records a move (the pointer file); the copy
 * itself runs at the next start (moveAtStart.ts), before the store is opened. The window
 * never names a folder of its own: it can only ask to move to the one the picker just gave.
 */
export class DataFolderChannels {
  private picked: string | null = null;

  constructor(
    private readonly options: DataFolderOptions,
    private readonly now: () => Date,
  ) {}

  /** The app's entry (Electron's IPC and the browser harness): the picker is asynchronous. */
  async request(channel: DataFolderChannel, payload: unknown): Promise<Result<unknown>> {
    if (channel !== 'dataFolder.choose') return this.dispatch(channel, payload);
    const request = validateRequest(channel, payload);
    if (!request.ok) return request.result;
    return this.choose().then(ok, (error: unknown) => failureOf(channel, error));
  }

  /** Synchronous, for everything but the picker. */
  dispatch(channel: DataFolderChannel, payload: unknown): Result<unknown> {
    const request = validateRequest(channel, payload);
    if (!request.ok) return request.result;
    try {
      switch (channel) {
        case 'dataFolder.status':
          return ok(this.status());
        case 'dataFolder.choose':
          return fail('invalid_input', 'The folder picker opens only from the Cairn window.');
        case 'dataFolder.scheduleMove':
          return ok(this.scheduleMove((request.input as { folder: string }).folder));
        case 'dataFolder.cancelMove':
          return ok(this.cancelMove());
        case 'dataFolder.removeOldCopy':
          return ok(this.removeOldCopy());
        case 'dataFolder.restart':
          return ok(this.restart());
      }
    } catch (error) {
      return failureOf(channel, error);
    }
  }

  private get current(): string {
    return this.options.location.dataDir;
  }

  status(): DataFolderStatus {
    const pointer = readPointer(this.options.location.userDataDir);
    return {
      folder: this.current,
      chosenAtStart: this.options.location.chosenAtStart,
      pendingMove: pointer.pendingMove ? { to: pointer.pendingMove.to } : null,
      lastMove: pointer.lastMove ?? null,
    };
  }

  async choose(): Promise<{ folder: string } | null> {
    if (this.options.location.chosenAtStart) throw conflict(CHOSEN_AT_START);
    const folder = await this.options.pickFolder();
    if (folder === null) return null;
    const refusal = refusalForTarget(this.current, folder);
    if (refusal) throw invalid(refusal, 'folder');
    this.picked = folder;
    return { folder };
  }

  scheduleMove(folder: string): DataFolderStatus {
    if (this.options.location.chosenAtStart) throw conflict(CHOSEN_AT_START);
    if (folder !== this.picked) throw invalid('Choose the folder with “Move data…” first.', 'folder');
    const refusal = refusalForTarget(this.current, folder);
    if (refusal) throw invalid(refusal, 'folder');
    const pointer = readPointer(this.options.location.userDataDir);
    writePointer(this.options.location.userDataDir, {
      dataDir: pointer.dataDir,
      pendingMove: { from: this.current, to: folder, requestedAt: this.now().toISOString() },
      // The note about an old copy stays until it is removed; a failure is replaced by this attempt.
      lastMove: pointer.lastMove?.outcome === 'moved' ? pointer.lastMove : undefined,
    });
    return this.status();
  }

  cancelMove(): DataFolderStatus {
    const { pendingMove: _cancelled, ...rest } = readPointer(this.options.location.userDataDir);
    writePointer(this.options.location.userDataDir, rest);
    this.picked = null;
    return this.status();
  }

  /** Deletes Cairn's own files from the folder the data moved away from, nothing else in it. */
  removeOldCopy(): DataFolderStatus {
    const pointer = readPointer(this.options.location.userDataDir);
    const last = pointer.lastMove;
    if (last?.outcome !== 'moved' || last.oldCopyRemoved)
      throw conflict('There is no old copy of your data to remove.');
    if (this.options.location.chosenAtStart || last.from === this.current) {
      throw conflict('Cairn is using that folder now, so its data cannot be removed.');
    }
    for (const name of CAIRN_ENTRIES) rmSync(join(last.from, name), { recursive: true, force: true });
    syncDirectory(last.from);
    writePointer(this.options.location.userDataDir, { ...pointer, lastMove: { ...last, oldCopyRemoved: true } });
    return this.status();
  }

  restart(): null {
    this.options.restart();
    return null;
  }
}
