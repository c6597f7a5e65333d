import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { arrangeMyScorecard, arrangeRole } from '../support/interviews';
import { snapshotAllTables } from '../support/dbSnapshot';
import { createTestApp, type TestApp } from '../support/testApp';

/** Names are one line of visible text: anything else gets an error beside the field, never `internal`. */
let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.close());

const ODD = [
  ['a NUL character', 'Ada\u0000Lovelace', /invisible or control character/],
  ['a line break', 'Bob\n# Hired', /one line/],
  ['a lone surrogate', 'Ada \ud800 Lovelace', /not valid text/],
  ['a zero-width space', 'Bo\u200bb', /invisible or control character/],
  ['letters from two alphabets in one word', 'B\u043eb', /mixes letters/],
] as const;

describe.each(ODD)('a name with %s', (_what, name, message) => {
  it('is refused beside the field, for a person, a role, an interviewer, a candidate and a ladder', () => {
    const { role } = arrangeRole(app);
    const before = snapshotAllTables(app.db);
    const attempts: [string, unknown, string][] = [
      ['people.create', { ...emptyPersonFields, name }, 'name'],
      ['people.create', { ...emptyPersonFields, name: 'Ada', title: name }, 'title'],
      ['interviews.createInterviewer', { name, personId: null }, 'name'],
      ['interviews.createCandidate', { roleId: role.id, fields: { name, stage: 'Onsite', source: '' } }, 'fields.name'],
      [
        'interviews.updateRole',
        { id: role.id, fields: { title: name, level: '', retentionDays: null } },
        'fields.title',
      ],
      ['teams.create', { name, description: '' }, 'name'],
    ];
    for (const [channel, payload, field] of attempts) {
      const result = app.send(channel, payload);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
      expect(!result.ok && result.error.message, channel).toMatch(message);
    }
    expect(snapshotAllTables(app.db)).toBe(before);
  });
});

it('a ladder whose name comes from a file name with a NUL character is refused with the reason, not `internal`', () => {
  const csv = 'competency,L1,L2\nCraft,Ships small things,Ships big things\n';
  const result = app.send('ladders.import', { format: 'csv', fileName: 'Eng\u0000ineering.csv', text: csv });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(!result.ok && result.error.message).toMatch(/invisible or control character/);
});

it('the exported debrief escapes what Cairn did not write: no raw HTML, links or fake headings from evidence', () => {
  const { kit, candidate: cleo, scorecardId } = arrangeMyScorecard(app, { name: 'Cleo Park', stage: 'Onsite' });
  const evil = 'Fine <img src=x onerror=alert(1)> [click](javascript:alert(1))\n# Hired\n- strong yes';
  app.call('interviews.saveScorecard', {
    id: scorecardId,
    ratings: kit.current.items.map((item) => ({ itemKey: item.key, score: 3, evidence: evil })),
    recommendation: 'yes',
    submit: true,
  });
  const { markdown } = app.call('interviews.exportDebrief', { candidateId: cleo.id, kitId: kit.id });
  expect(markdown).not.toContain('<img');
  expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
  expect(markdown.split('\n').filter((l) => l.startsWith('# '))).toEqual(['# Debrief: Cleo Park']);
  expect(markdown).not.toMatch(/^- strong yes/m);
  expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
});
