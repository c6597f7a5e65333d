import type { ChannelName, ChannelOutput, Contract, ParsedInput } from '#shared/ipc/contract';
import type { SessionChannel } from '#shared/backups/contract';
import type { VaultChannel } from '#shared/vault/contract';
import type { DataFolderChannel } from '#shared/dataFolder/contract';
import { dataHandlers } from '../domains/data/handlers';
import { goalHandlers } from '../domains/goals/handlers';
import { assessmentHandlers } from '../domains/ladders/assessmentHandlers';
import { ladderHandlers } from '../domains/ladders/handlers';
import { mentoringHandlers } from '../domains/mentoring/handlers';
import { interviewHandlers } from '../domains/interviews/handlers';
import { scorecardHandlers } from '../domains/interviews/scorecardHandlers';
import { oneOnOnesHandlers } from '../domains/oneOnOnes/handlers';
import { peopleHandlers } from '../domains/people/handlers';
import { sampleHandlers } from '../domains/sample/handlers';
import { homeHandlers } from '../domains/home/handlers';
import { paletteHandlers } from '../domains/palette/handlers';
import { calendarFilesHandlers } from '../domains/calendarFiles/handlers';
import { evidenceHandlers } from '../domains/evidence/handlers';
import { questionHandlers } from '../domains/questions/handlers';
import { settingsHandlers } from '../settings/handlers';
import type { HandlerContext, QueryContext } from './context';

/** A query's handler is given a read-only store; a command's, a writable one (see db/access.ts). */
export type ContextOf<C extends StoreChannel> = Contract[C]['kind'] extends 'query' ? QueryContext : HandlerContext;
export type Handler<C extends StoreChannel> = (ctx: ContextOf<C>, input: ParsedInput<C>) => ChannelOutput<C>;
/** Channels answered by the open store; vault, backup and data-folder channels are the session's own. */
export type StoreChannel = Exclude<ChannelName, VaultChannel | SessionChannel | DataFolderChannel>;
export type HandlerMap<C extends StoreChannel = StoreChannel> = { [K in C]: Handler<K> };

/**
 * Every store channel's handler. The type demands one for each such channel of the
 * contract, so a contract entry without a handler breaks the build.
 */
export const handlers: HandlerMap = {
  ...settingsHandlers,
  ...peopleHandlers,
  ...dataHandlers,
  ...ladderHandlers,
  ...assessmentHandlers,
  ...goalHandlers,
  ...mentoringHandlers,
  ...interviewHandlers,
  ...scorecardHandlers,
  ...oneOnOnesHandlers,
  ...sampleHandlers,
  ...homeHandlers,
  ...paletteHandlers,
  ...calendarFilesHandlers,
  ...evidenceHandlers,
  ...questionHandlers,
};
