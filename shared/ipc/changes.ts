import type { channelNameList } from './channelNames';

type ChannelName = (typeof channelNameList)[number];

/**
 * The kinds of data a screen can show. A command that commits says which it changed; a screen
 * that read any of them asks again (renderer/src/api/useRequest.ts). Most are a channel
 * prefix: `goals.create` changes `goals`, `goals.list` reads it.
 */
export const DOMAINS = [
  'people',
  'teams',
  'ladders',
  'assessments',
  'goals',
  'mentoring',
  'interviews',
  'oneOnOnes',
  'evidence',
  'settings',
  'backups',
] as const;
export type Domain = (typeof DOMAINS)[number];

export { CHANGES_EVENT } from './channelName';

const isDomain = (name: string): name is Domain => (DOMAINS as readonly string[]).includes(name);
const prefixOf = (channel: string) => channel.slice(0, channel.indexOf('.'));

/**
 * Commands whose writes reach past their own prefix. Anything that opens, replaces or fills
 * the whole store changes everything; erasing a person cascades into every domain about them.
 */
const COMMAND_CHANGES: Partial<Record<ChannelName, readonly Domain[]>> = {
  'people.create': ['people', 'teams'],
  'people.update': ['people', 'teams'],
  'people.archive': ['people', 'teams'],
  'people.restore': ['people', 'teams'],
  'people.erase': DOMAINS,
  'teams.update': ['teams', 'people'],
  'teams.delete': ['teams', 'people'],
  'interviews.eraseCandidate': ['interviews'],
  'dataFolder.choose': [],
  'dataFolder.scheduleMove': ['settings'],
  'dataFolder.cancelMove': ['settings'],
  'dataFolder.removeOldCopy': ['settings'],
  'dataFolder.restart': [],
};

/**
 * What a query reads, by prefix, beyond its own domain (names of people appear on almost
 * every screen). A prefix not listed here (home, palette, sample, data, app) is taken to
 * read everything: a screen refreshing too often is slower, one refreshing too seldom is wrong.
 */
const READS_BY_PREFIX: Partial<Record<string, readonly Domain[]>> = {
  people: ['people', 'teams', 'ladders'],
  teams: ['teams', 'people'],
  ladders: ['ladders'],
  assessments: ['assessments', 'ladders', 'people', 'oneOnOnes', 'evidence'],
  goals: ['goals', 'ladders', 'people'],
  mentoring: ['mentoring', 'people', 'ladders', 'assessments'],
  interviews: ['interviews', 'people'],
  oneOnOnes: ['oneOnOnes', 'people'],
  evidence: ['evidence', 'people', 'ladders', 'oneOnOnes', 'assessments'],
  settings: ['settings'],
  backups: ['backups'],
  vault: [],
  store: [],
  // Where the data lives is shown in Settings beside the settings themselves.
  dataFolder: ['settings'],
};

/** Queries that read more than their prefix says. */
const QUERY_READS: Partial<Record<ChannelName, readonly Domain[]>> = {
  'people.erasePreview': DOMAINS,
  'people.export': DOMAINS,
};

/**
 * The domains a command changes. Which channels are commands is the contract's to say
 * (./changesAfter.ts asks it); this file stays free of the schema library, because the
 * renderer's first script imports it.
 */
export function commandChanges(channel: string): readonly Domain[] {
  const prefix = prefixOf(channel);
  return COMMAND_CHANGES[channel as ChannelName] ?? (isDomain(prefix) ? [prefix] : DOMAINS);
}

/** The domains a query's answer depends on. */
export function readsOf(channel: string): readonly Domain[] {
  return QUERY_READS[channel as ChannelName] ?? READS_BY_PREFIX[prefixOf(channel)] ?? DOMAINS;
}
