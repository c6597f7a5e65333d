import type { z } from 'zod';
import { goalsContract } from '../goals/contract';
import { laddersContract } from '../ladders/contract';
import { mentoringContract } from '../mentoring/contract';
import { interviewsContract } from '../interviews/contract';
import { oneOnOnesContract } from '../oneOnOnes/contract';
import { peopleContract } from '../people/contract';
import { settingsContract } from '../settings/model';
import { vaultContract } from '../vault/contract';
import { backupsContract } from '../backups/contract';
import { dataFolderContract } from '../dataFolder/contract';
import { dataContract } from '../data/contract';
import { sampleContract } from '../sample/contract';
import { homeContract } from '../home/contract';
import { paletteContract } from '../palette/contract';
import { calendarFilesContract } from '../calendarFiles/contract';
import { evidenceContract } from '../evidence/contract';
import { questionsContract } from '../questions/contract';
import type { ChannelSpec } from './channel';
import { channelNameList } from './channelNames';

/**
 * The one map of every request the window may make. Main's handlers, the preload bridge and
 * the renderer's client are all derived from it; a channel missing here cannot be called.
 * A domain adds its entries by spreading its own contract in.
 */
export const contract = {
  ...vaultContract,
  ...backupsContract,
  ...dataFolderContract,
  ...settingsContract,
  ...peopleContract,
  ...dataContract,
  ...laddersContract,
  ...goalsContract,
  ...mentoringContract,
  ...interviewsContract,
  ...oneOnOnesContract,
  ...sampleContract,
  ...homeContract,
  ...paletteContract,
  ...calendarFilesContract,
  ...evidenceContract,
  ...questionsContract,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames: readonly ChannelName[] = channelNameList;

/**
 * The preload's list (channelNames.ts) names exactly the contract's channels. A channel in the
 * contract but not in the list fails here with its name in the error: add it to the list.
 * (One listed but not in the contract fails at `channelNames` above.)
 */
type Unlisted = Exclude<ChannelName, (typeof channelNameList)[number]>;
export const everyChannelListed: [Unlisted] extends [never] ? true : Unlisted = true;

export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Contract[C] extends ChannelSpec<z.ZodType, infer O> ? O : never;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

/** A known channel whose handler only reads (see `query` in ./channel). */
export function isQueryChannel(name: string): boolean {
  return isChannelName(name) && contract[name].kind === 'query';
}

export const queryChannelNames = channelNames.filter(isQueryChannel);
