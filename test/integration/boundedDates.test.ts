import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { snapshotAllTables } from '../support/dbSnapshot';
import { createTestApp, type TestApp } from '../support/testApp';

/** Every date Cairn accepts lies in a range it can compute with (1900-2200); the rest get a field error. */
let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.close());

it('refuses a weekly series starting late in year 9999 (skipping a meeting of one once blocked Cairn for minutes)', () => {
  const person = app.call('people.create', { ...emptyPersonFields, name: 'Ada' });
  const before = snapshotAllTables(app.db);
  const series = {
    personId: person.id,
    cadence: 'weekly',
    everyDays: null,
    time: '10:00',
    timeZone: 'Europe/London',
  };
  for (const firstDate of ['9999-12-20', '2201-01-01', '1899-12-31']) {
    expect(app.send('oneOnOnes.saveSeries', { ...series, firstDate })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'firstDate',
        message: expect.stringContaining('year between 1900 and 2200'),
      },
    });
  }
  expect(app.send('people.create', { ...emptyPersonFields, name: 'Bo', startDate: '9999-01-01' })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', field: 'startDate' },
  });
  expect(snapshotAllTables(app.db)).toBe(before);
  // The last year accepted still works end to end: a meeting in it can be skipped.
  app.call('oneOnOnes.saveSeries', { ...series, firstDate: '2200-12-20' } as never);
  const prep = app.call('oneOnOnes.prep', { personId: person.id }) as { upcoming: { id: string } | null };
  expect(prep.upcoming).not.toBeNull();
  expect(app.call('oneOnOnes.skip', { meetingId: prep.upcoming!.id })).toMatchObject({ status: 'skipped' });
});
