import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { STARTER_BANK } from '#electron/domains/questions/starterBank';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/questions', name), 'utf8');

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-12-01T08:00:00Z') });
});
afterEach(() => app.close());

const importFile = (fileName: string, text: string, language: string | null = null, commit = true) =>
  app.call('questions.import', { fileName, text, language, commit });
const count = () => app.db.prepare('SELECT count(*) FROM qb_questions').pluck().get() as number;

describe('question banks', () => {
  it('start with our starter bank, in categories', () => {
    expect(count()).toBe(STARTER_BANK.length);
    expect(app.call('questions.categories', {})).toEqual([
      'career',
      'delivery',
      'feedback',
      'growth',
      'team',
      'wellbeing',
    ]);
  });

  it('a multilingual JSON bank: the chosen language with its categories; duplicates merged', () => {
    const json = fixture('multilingual.json');
    const none = importFile('bank.json', json, null, false);
    expect(none.languages).toEqual(['de', 'en']);
    expect(none.problems[0]!.message).toBe('This bank is in several languages (de and en): choose one to import.');
    const wrong = importFile('bank.json', json, 'fr');
    expect(wrong.problems[0]!.message).toBe(
      'This bank has no questions in "fr": choose one of its languages, de or en.',
    );
    expect(count()).toBe(STARTER_BANK.length);

    const german = importFile('bank.json', json, 'de');
    expect(german).toMatchObject({ imported: 3, mergedInFile: 1, alreadyInBank: 0, problems: [] });
    expect(app.call('questions.list', { category: 'karriere' }).map((q) => q.text)).toEqual([
      'Was möchtest du als Nächstes lernen?',
      'Auf welches Projekt bist du dieses Jahr stolz?',
    ]);
    // Again: nothing new, everything recognised.
    expect(importFile('bank.json', json, 'de')).toMatchObject({ imported: 0, alreadyInBank: 3 });
  });

  it('CSV and Markdown lists; an empty question refuses the file with its line', () => {
    const refused = importFile('with-empty.csv', fixture('with-empty.csv'));
    expect(refused.problems).toEqual([
      { line: 4, message: 'The question in column 1 (“question”) is empty: write the question, or delete the line.' },
    ]);
    expect(refused.imported).toBe(0);
    expect(importFile('bank.csv', fixture('bank.csv'))).toMatchObject({ imported: 2 });
    const md = importFile('bank.md', fixture('bank.md'));
    expect(md).toMatchObject({ imported: 3, mergedInFile: 1 });
    expect(app.call('questions.list', { search: 'helped' })).toMatchObject([{ category: 'team', source: 'bank.md' }]);
    const emptyItem = importFile('x.md', '## Team\n- \n');
    expect(emptyItem.problems).toEqual([
      { line: 2, message: 'This list item has no question: write the question after the dash, or delete the line.' },
    ]);
  });

  it('star and edit; an edit cannot make a duplicate', () => {
    const [first, second] = app.call('questions.list', {});
    app.call('questions.update', { id: second!.id, starred: true, category: 'Growth' });
    expect(app.call('questions.list', { starredOnly: true })).toMatchObject([
      { id: second!.id, starred: true, category: 'growth' },
    ]);
    const r = app.send('questions.update', { id: second!.id, text: `${first!.text.toUpperCase()}  ` });
    expect(r.ok).toBe(false);
  });

  it('"Ask a question…" gives each meeting one the person has not been asked, in rotation; a template draws from a category', () => {
    const personId = app.call('people.create', { ...emptyPersonFields, name: 'Priya Sharma' }).id;
    weeklySeries(app, personId, { firstDate: '2026-12-01' });
    const meetingId = app.call('oneOnOnes.prep', { personId }).upcoming!.id;
    const careers = STARTER_BANK.filter((q) => q.category === 'career').map((q) => q.text);
    const asked: string[] = [];
    for (let i = 0; i < careers.length + 1; i += 1) {
      app.setNow(new Date(Date.parse('2026-12-01T08:00:00Z') + i * 60_000));
      asked.push(app.call('questions.ask', { meetingId, category: 'career' }).question.text);
    }
    // Every career question once, then the rotation starts again with the one asked longest ago.
    expect(asked).toEqual([...careers, careers[0]]);
    const agenda = app.call('oneOnOnes.meeting', { meetingId }).items.map((i) => i.text);
    expect(agenda).toEqual(expect.arrayContaining(careers));

    const template = app.call('oneOnOnes.saveTemplate', {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Check-in',
      items: ['How was your week?', 'Question from wellbeing'],
    });
    const after = app.call('oneOnOnes.applyTemplate', { meetingId, templateId: template.id }).items.map((i) => i.text);
    expect(after).toContain('How was your week?');
    expect(after).toContain(STARTER_BANK.find((q) => q.category === 'wellbeing')!.text);
    expect(after).not.toContain('Question from wellbeing');
  });
});
