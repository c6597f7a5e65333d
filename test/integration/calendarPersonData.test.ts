import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/testApp';

/** The e-mail address a calendar file named someone by is theirs: in their export, gone with erase. */
const ics = readFileSync(join(__dirname, '../fixtures/calendars/ours/google-1on1s.ics'), 'utf8');
const EMAIL = 'priya.sharma@example.com';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-12-01T08:00:00Z') });
});
afterEach(() => app.close());

it("a calendar attendee's e-mail address is in the person's export and in what erase removes", () => {
  app.call('calendarFiles.importSeries', { ics, commit: true });
  const priya = app.call('people.list', {}).find((p) => p.name === 'Priya Sharma')!;

  const exported = app.call('people.export', { id: priya.id });
  expect(JSON.parse(exported.json).calendar).toMatchObject({
    emailAddresses: [EMAIL],
    series: { uid: '4q0c9v1l2m3n4o5p6q7r8s9t0u@google.com' },
    exceptions: expect.arrayContaining([expect.objectContaining({ date: '2026-12-22', kind: 'skipped' })]),
  });
  expect(exported.markdown).toContain(`- E-mail: ${EMAIL}`);
  // Nobody else's export carries it.
  for (const other of app.call('people.list', {}).filter((p) => p.id !== priya.id))
    expect(app.call('people.export', { id: other.id }).json).not.toContain(EMAIL);

  const count = app.call('people.erasePreview', { id: priya.id });
  expect(JSON.stringify(count)).toMatch(/e-mail address from a calendar file/);
  app.call('people.erase', { id: priya.id, confirmName: 'Priya Sharma' });
  expect(app.db.prepare('SELECT count(*) FROM cal_addresses WHERE email = ?').pluck().get(EMAIL)).toBe(0);
});
