import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '#electron/domains/oneOnOnes/search';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '#shared/oneOnOnes/model';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
let ada: string;
let grace: string;
const series = (personId: string, firstDate: string) => ({
  personId,
  cadence: 'weekly' as const,
  everyDays: null,
  firstDate,
  time: '09:00',
  timeZone: 'UTC',
});

beforeAll(() => {
  app = createTestApp({ now: new Date('2026-01-05T08:00:00Z') });
  ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada' }).id;
  grace = app.call('people.create', { ...emptyPersonFields, name: 'Grace' }).id;
  app.call('oneOnOnes.saveSeries', series(ada, '2026-01-05'));
  app.call('oneOnOnes.saveSeries', series(grace, '2026-01-06'));
  const hold = (personId: string, shared: string, priv: string, tags: string[]) => {
    const m = app.call('oneOnOnes.prep', { personId }).upcoming!;
    app.call('oneOnOnes.saveNotes', { meetingId: m.id, sharedNotes: shared, privateNotes: priv });
    app.call('oneOnOnes.saveDetails', { meetingId: m.id, mood: 3, tags });
    app.setNow(new Date(m.startsAt)); // held on its day
    app.call('oneOnOnes.hold', { meetingId: m.id });
    return m;
  };
  const m = hold(ada, 'Our 1:1 on the C++ migration went well :) café plans', 'Worried about burnout', ['delivery']);
  app.call('oneOnOnes.addItem', {
    meetingId: app.call('oneOnOnes.prep', { personId: ada }).upcoming!.id,
    kind: 'action',
    side: 'them',
    text: 'Write the migration plan',
    dueDate: null,
  });
  hold(ada, 'Career talk: staff engineer path and migration', '', ['career']);
  hold(grace, 'Grace leads the migration of the billing service', 'Private: salary question', []);
  expect(m.date).toBe('2026-01-05');
});
afterAll(() => app.close());

const search = (text: string, extra = {}) => app.call('oneOnOnes.search', { text, ...extra });

describe('notes search', () => {
  it('finds notes, agenda and actions with highlighted snippets, the most relevant first', () => {
    const hits = search('migration');
    // BM25 weighs a match in a shorter note more: the seven-word note first, then Grace's eight
    // words; the action (scored among items, where it is of average length) before the
    // eleven-word note.
    expect(hits.map((h) => `${h.personName} ${h.date} ${h.field}`)).toEqual([
      'Ada 2026-01-12 shared',
      'Grace 2026-01-06 shared',
      'Ada 2026-01-12 action',
      'Ada 2026-01-05 shared',
    ]);
    expect(hits[0]!.snippet).toContain(`${HIGHLIGHT_START}migration${HIGHLIGHT_END}`);
  });

  it('matches accents loosely, and the start of a word as it is typed', () => {
    expect(search('cafe')).toHaveLength(1);
    expect(search('MIGRATION')).toHaveLength(4);
    expect(search('migr')).toHaveLength(4);
    expect(search('m').length).toBeGreaterThanOrEqual(4);
    expect(search('migr')[0]!.snippet).toContain(`${HIGHLIGHT_START}migration${HIGHLIGHT_END}`);
    expect(search('migrations')).toEqual([]);
    expect(search('car tal').map((h) => h.date)).toEqual(['2026-01-12']);
  });

  it('leaves private notes out unless asked for them', () => {
    expect(search('burnout')).toEqual([]);
    expect(search('burnout', { includePrivate: true }).map((h) => h.field)).toEqual(['private']);
  });

  it('filters by person, date range and tag', () => {
    expect(search('migration', { personId: grace }).map((h) => h.personName)).toEqual(['Grace']);
    expect(search('migration', { from: '2026-01-06', to: '2026-01-06' }).map((h) => h.personName)).toEqual(['Grace']);
    expect(search('migration', { tag: 'career' }).map((h) => h.date)).toEqual(['2026-01-12', '2026-01-12']);
    expect(search('migration', { tag: 'delivery' }).map((h) => h.date)).toEqual(['2026-01-05']);
  });

  it('treats punctuation as text: 1:1, :), C++, "unclosed, *, AND, NEAR(', () => {
    expect(search('1:1').map((h) => h.date)).toEqual(['2026-01-05']);
    expect(search('C++').map((h) => h.date)).toContain('2026-01-05');
    expect(search(':)')).toEqual([]);
    expect(search('"unclosed')).toEqual([]);
    expect(search('*')).toEqual([]);
    expect(search('')).toEqual([]);
    // AND is a word to look for, not an operator
    expect(search('migration AND').map((h) => h.date)).toEqual(['2026-01-12']);
    expect(search('NEAR(migration')).toEqual([]);
    expect(toFtsQuery('a "b c')).toBe('"a"* "b"* "c"*');
    expect(toFtsQuery('  :) ** ')).toBeNull();
  });

  it('never errors, whatever is typed (fuzzed)', () => {
    const pieces = fc.constantFrom(
      '"',
      '*',
      ':',
      '(',
      ')',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      '^',
      '-',
      '+',
      '{',
      '}',
      ' ',
      'migration',
      '1:1',
      '\u0000',
      'é',
      '🙂',
      '\\',
      "'",
      '%',
      '_',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 500 }),
      fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
      fc.string({ unit: 'binary', maxLength: 500 }),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (t, includePrivate) => {
        const result = app.send('oneOnOnes.search', { text: t, includePrivate });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

it('a filtered search finds older matches behind more than 50 newer ones of other people', () => {
  const own = createTestApp({ now: new Date('2026-01-05T08:00:00Z') });
  try {
    const [old, busy] = ['Old', 'Busy'].map((name) => own.call('people.create', { ...emptyPersonFields, name }).id);
    own.call('oneOnOnes.saveSeries', series(old!, '2026-01-05'));
    own.call('oneOnOnes.saveSeries', series(busy!, '2026-01-06'));
    const holdWith = (personId: string, notes: string) => {
      const m = own.call('oneOnOnes.prep', { personId }).upcoming!;
      own.call('oneOnOnes.saveNotes', { meetingId: m.id, sharedNotes: notes, privateNotes: notes });
      own.setNow(new Date(m.startsAt)); // held on its day
      own.call('oneOnOnes.hold', { meetingId: m.id });
      return m;
    };
    const first = holdWith(old!, 'The rollout of the search index');
    for (let week = 0; week < 60; week++) holdWith(busy!, `Rollout week ${week}`);
    expect(own.call('oneOnOnes.search', { text: 'rollout' })).toHaveLength(50);
    const filtered = own.call('oneOnOnes.search', { text: 'rollout', personId: old!, includePrivate: true });
    expect(filtered.map((h) => [h.date, h.field])).toEqual([
      [first.date, 'shared'],
      [first.date, 'private'],
    ]);
    expect(own.call('oneOnOnes.search', { text: 'rollout', to: first.date }).map((h) => h.personName)).toEqual(['Old']);
  } finally {
    own.close();
  }
});
