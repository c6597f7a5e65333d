import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '#shared/format';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * A full export edited by hand must not import and then break a screen: every row is held to
 * the rules its own channel applies, and the file is refused with table, row and field.
 * The sample team gives real rows of every kind (submitted scorecards, ladders, held 1:1s).
 */
type Rows = Record<string, unknown>[];
interface ExportFile {
  tables: Record<string, Rows>;
  noteSeals?: Record<string, unknown>;
  [key: string]: unknown;
}

let source: TestApp;
let exported: string;
const now = new Date('2026-12-03T09:00:00Z');

beforeAll(() => {
  source = createTestApp({ now });
  source.call('sample.load', {});
  exported = source.call('data.exportAll', {}).json;
});
afterAll(() => source.close());

/** The export, changed by `edit`, imported into a fresh store; the fresh store is returned too. */
function importEdited(edit: (file: ExportFile) => void) {
  const file = JSON.parse(exported) as ExportFile;
  edit(file);
  const target = createTestApp({ now });
  try {
    const result = target.send('data.importAll', { json: JSON.stringify(file) });
    const people = (target.call('people.list', { status: 'all' }) as unknown[]).length;
    return { result, people };
  } finally {
    target.close();
  }
}

const refusedWith = (...words: string[]) => ({
  ok: false,
  error: {
    code: 'invalid_input',
    field: 'json',
    message: expect.stringMatching(new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*'))),
  },
});

/** The index (0-based) of the first row matching, and the row. */
function find(file: ExportFile, table: string, match: (row: Record<string, unknown>) => boolean) {
  const rows = file.tables[table]!;
  const index = rows.findIndex(match);
  if (index < 0) throw new Error(`no matching row in ${table}`);
  return { index, row: rows[index]!, number: index + 1 };
}

describe('importing a full export edited by hand', () => {
  it('imports the untouched export of a whole team: the rules refuse nothing Cairn wrote', () => {
    const { result, people } = importEdited(() => {});
    expect(result).toMatchObject({ ok: true });
    expect(people).toBeGreaterThan(0);
  });

  it('refuses a scorecard marked submitted with no recommendation, importing nothing', () => {
    let where = '';
    const { result, people } = importEdited((file) => {
      const card = find(file, 'scorecards', (r) => r.status === 'submitted');
      card.row.recommendation = null;
      where = `Scorecard ${card.number} for “`;
    });
    expect(result).toMatchObject(refusedWith(where, ': its recommendation is marked submitted', 'recommendation'));
    expect(people).toBe(0);
  });

  it('refuses a scorecard marked submitted with no submitted date', () => {
    let where = '';
    const { result } = importEdited((file) => {
      const card = find(file, 'scorecards', (r) => r.status === 'submitted');
      card.row.submitted_at = null;
      where = `Scorecard ${card.number} for “`;
    });
    expect(result).toMatchObject(refusedWith(where, ': its submitted date is missing'));
  });

  it('refuses a submitted scorecard whose score was removed', () => {
    const { result } = importEdited((file) => {
      const card = find(file, 'scorecards', (r) => r.status === 'submitted');
      find(file, 'scorecard_ratings', (r) => r.scorecard_id === card.row.id).row.score = null;
    });
    expect(result).toMatchObject(refusedWith('Scorecard ', ': its status is marked submitted'));
  });

  it('refuses a ladder document of {}', () => {
    let where = '';
    const { result, people } = importEdited((file) => {
      const version = find(file, 'ladder_versions', () => true);
      version.row.doc = '{}';
      where = `Version ${String(version.row.number)} of the ladder “`;
    });
    expect(result).toMatchObject(refusedWith(where, ', its ladder: ladder name is required'));
    expect(people).toBe(0);
  });

  it('refuses a read-only 1:1 whose notes were rewritten with no edit stamp, and names which notes', () => {
    let where = '';
    const { result, people } = importEdited((file) => {
      const meetings = file.tables.oo_meetings!;
      // A held meeting with a later held one for the same person is read-only in Cairn.
      const locked = find(
        file,
        'oo_meetings',
        (m) =>
          m.status === 'held' &&
          m.unlocked_at === null &&
          meetings.some(
            (later) =>
              later.person_id === m.person_id && later.status === 'held' && String(later.date) > String(m.date),
          ),
      );
      locked.row.private_notes = `${String(locked.row.private_notes)} (rewritten later)`;
      where = `The 1:1 on ${formatDate(String(locked.row.slot_date), { year: 'always' })} with `;
    });
    expect(result).toMatchObject(
      refusedWith(where, ': its private notes are not the notes Cairn exported', 'read-only'),
    );
    expect(people).toBe(0);
  });

  it('accepts rewritten notes of a 1:1 that is still open to edits', () => {
    const { result } = importEdited((file) => {
      const open = find(file, 'oo_meetings', (m) => m.status === 'scheduled');
      open.row.shared_notes = 'Typed before the meeting';
    });
    expect(result).toMatchObject({ ok: true });
  });

  it("refuses an action pointing at another person's 1:1", () => {
    const { result } = importEdited((file) => {
      const item = find(file, 'oo_items', (i) => i.origin_meeting_id !== null);
      const other = find(file, 'oo_meetings', (m) => m.person_id !== item.row.person_id);
      item.row.origin_meeting_id = other.row.id;
    });
    expect(result).toMatchObject(
      refusedWith("of Amara Osei's 1:1s (record ", ': its source 1:1 points at', 'another person'),
    );
  });

  it('refuses values no form accepts: an unknown relationship, a date that is no day, a mood of 9, a JSON column that is not a list', () => {
    expect(
      importEdited((file) => {
        find(file, 'people', () => true).row.relationship = 'boss';
      }).result,
    ).toMatchObject(refusedWith('Person 1 (“', '”), its relationship: choose a relationship from the list.'));
    expect(
      importEdited((file) => {
        find(file, 'goals', () => true).row.due_date = '2026-02-30';
      }).result,
    ).toMatchObject(refusedWith('Goal 1 (“', ', its due date: enter a real date'));
    expect(
      importEdited((file) => {
        find(file, 'oo_meetings', (m) => m.status === 'scheduled').row.mood = 9;
      }).result,
    ).toMatchObject(refusedWith('The 1:1 on ', ', its mood: ', 'mood from 1 to 5'));
    expect(
      importEdited((file) => {
        find(file, 'oo_templates', () => true).row.items = '{"a":1}';
      }).result,
    ).toMatchObject(refusedWith('1:1 template 1 (“', ', its agenda: '));
  });

  it('counts rows from 1 in every message that names a row', () => {
    const { result } = importEdited((file) => {
      file.tables.people![1]!.nickname = 'x';
    });
    expect(result).toMatchObject(refusedWith('Person 2 (“', 'has a field Cairn does not know (“nickname”)'));
  });
});
