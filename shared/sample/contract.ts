import { z } from 'zod';
import { command, query } from '../ipc/channel';

/** What the sample team is doing in this store right now. */
export interface SampleStatus {
  /** True while rows loaded from the sample are in the store. */
  loaded: boolean;
  /** Rows the sample wrote that are still here (people, teams and other top-level records). */
  rows: number;
  /** Loading is offered only into a store without people, so sample and real data never mix. */
  canLoad: boolean;
}

export interface SampleLoadResult {
  people: number;
  teams: number;
}

const none = z.strictObject({});

export const sampleContract = {
  'sample.status': query<SampleStatus>()(none),
  /** Refused (conflict) when the store already has people. */
  'sample.load': command<SampleLoadResult>()(none),
  /**
   * Deletes exactly what sample.load wrote, and what hangs off it. `kept` counts sample rows
   * left because the user's own data uses them (e.g. a sample ladder their assessment uses).
   */
  'sample.remove': command<{ removed: number; kept: number }>()(none),
};
