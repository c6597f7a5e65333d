import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '#shared/ipc/contract';
import { emptyPersonFields } from '#shared/people/model';
import { closeDatabase, openDatabase, type Db } from '#electron/db/open';
import { createDispatcher } from '#electron/ipc/dispatcher';
import { createSettingsStore } from '#electron/settings/store';
import { arrangeRole, ratingsFor } from '../support/interviews';

/**
 * Every erase path (a candidate, the sample team; a person in eraseAndLogs.test.ts) must leave
 * nothing readable in the file or its WAL once it answers. Checked on an unencrypted file:
 * with encryption the canary never reaches the disk readable, which would prove nothing.
 */
const CANARY = 'Okapi-Canary-55821';
let dir: string;
let db: Db;
let file: string;
let dispatch: ReturnType<typeof createDispatcher>;
const call = <C extends ChannelName>(channel: C, input: ChannelInput<C>): ChannelOutput<C> => {
  const result = dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
};
const onDisk = () =>
  Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-erase-paths-'));
  file = join(dir, 'plain.sqlite');
  db = openDatabase(file);
  const settings = createSettingsStore(new Conf({ cwd: dir, projectName: 'cairn-erase-paths' }));
  dispatch = createDispatcher({
    db,
    settings,
    now: () => new Date('2026-03-02T09:00:00Z'),
    dataFile: file,
    appVersion: 'test',
  });
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('erase leaves nothing in the file or the WAL', () => {
  it('erasing a candidate (by hand, or when their retention period ends) removes their name and scorecard evidence', () => {
    const { role, kit } = arrangeRole({ call });
    const bob = call('interviews.createInterviewer', { name: 'Bob', personId: null });
    const candidate = call('interviews.createCandidate', {
      roleId: role.id,
      fields: { name: `${CANARY} Name`, stage: 'Onsite', source: 'Referral' },
    });
    const { scorecardId } = call('interviews.addToPanel', {
      candidateId: candidate.id,
      kitId: kit.id,
      interviewerId: bob.id,
    });
    call('interviews.saveScorecard', {
      id: scorecardId,
      ratings: ratingsFor(kit, [3, 2], `Evidence ${CANARY}`),
      recommendation: 'yes',
      submit: true,
    });
    for (let i = 0; i < 20; i++) {
      call('interviews.createCandidate', {
        roleId: role.id,
        fields: { name: `Other ${i}`, stage: 'Onsite', source: '' },
      });
    }
    expect(onDisk().includes(CANARY)).toBe(true); // the check can see it when it is there

    call('interviews.eraseCandidate', { id: candidate.id, confirmName: `${CANARY} Name` });
    expect(onDisk().includes(CANARY)).toBe(false);
    closeDatabase(db);
    expect(readFileSync(file).includes(CANARY)).toBe(false);
  });

  it('removing the sample team leaves none of its names or notes', () => {
    call('sample.load', {});
    const sampleName = call('people.list', { status: 'all' })[0]!.name;
    expect(onDisk().includes(sampleName)).toBe(true);
    call('people.create', { ...emptyPersonFields, name: 'Kept Person' });
    call('sample.remove', {});
    expect(onDisk().includes(sampleName)).toBe(false);
  });
});
