// Apart from model.ts and its schemas: Home's mentoring panel (in the renderer's first script,
// shown as Cairn opens) names a pair's status, and the first script must not carry the schema
// library (test/e2e/build.output.spec.ts checks it).

export const PAIR_STATUSES = ['proposed', 'active', 'paused', 'ended'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];
export const PAIR_STATUS_LABELS: Record<PairStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  paused: 'Paused',
  ended: 'Ended',
};
/** Statuses that hold a mentor's slot and count as "the same pair" for duplicates. */
export const OPEN_STATUSES: readonly PairStatus[] = ['proposed', 'active', 'paused'];
