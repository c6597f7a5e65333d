import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract } from '#shared/ipc/contract';
import { ERROR_CODES } from '#shared/ipc/result';
import { emptyPersonFields } from '#shared/people/model';
import { snapshotAllTables } from '../support/dbSnapshot';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
  // Some data, so that junk aimed at existing rows has something to damage.
  const team = app.call('teams.create', { name: 'Seed team', description: '' });
  app.call('people.create', { ...emptyPersonFields, name: 'Seed person', teamId: team.id });
});
afterAll(() => app.close());

/** Every table's full contents: the fuzzed calls must leave this unchanged. */
const snapshot = () => snapshotAllTables(app.db);

const junk = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.string(), fc.anything()),
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), extra: fc.anything() }),
  fc.record({ name: fc.string({ maxLength: 300 }), unknownKey: fc.anything() }),
);

describe('every channel refuses malformed input clearly and writes nothing', () => {
  it.each(channelNames)('%s', (channel) => {
    const before = snapshot();
    fc.assert(
      fc.property(junk, (payload) => {
        fc.pre(!contract[channel].input.safeParse(payload).success);
        const result = app.send(channel, payload);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 150 },
    );
    expect(snapshot()).toBe(before);
  });

  it('answers an unknown channel with an error, not a crash', () => {
    expect(app.send('people.dropAll', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(app.send('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(app.send('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('rolls back a handler that fails half-way', () => {
    const before = snapshot();
    const result = app.send('teams.update', { id: crypto.randomUUID(), fields: { name: 'Ghost', description: '' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'id' } });
    expect(snapshot()).toBe(before);
  });
});
