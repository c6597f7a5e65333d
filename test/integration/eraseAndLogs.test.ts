import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { closeDatabase, openDatabase, type Db } from '#electron/db/open';
import { createDispatcher } from '#electron/ipc/dispatcher';
import { defaultLogSink, setLogSink, type LogSink } from '#electron/log';
import { createSettingsStore } from '#electron/settings/store';
import { createTestApp } from '../support/testApp';

const CANARY = 'Quokka-Canary-99173';
const CANARY_EMAIL = 'quokka.canary.99173@example.com';
/** As the search index stores it: one lower-case token. */
const TOKEN = 'zyxquokkatoken';
/** A word that was in their notes once and was typed over before the erase. */
const EARLIER_TOKEN = 'wombatdrafttoken';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-erase-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Erase is checked on an unencrypted file: with encryption on, the canary never reaches the
 * disk readable at all, which would prove nothing about what erase leaves behind.
 */
it('erasing a person leaves no trace of them, their notes or the search index in the file or the WAL', () => {
  const file = join(dir, 'plain.sqlite');
  const db: Db = openDatabase(file);
  const settings = createSettingsStore(new Conf({ cwd: dir, projectName: 'cairn-erase' }));
  const dispatch = createDispatcher({ db, settings, now: () => new Date(), dataFile: file, appVersion: 'test' });
  const call = (channel: string, payload: unknown) => {
    const result = dispatch(channel, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string };
  };
  const person = call('people.create', { ...emptyPersonFields, name: `${CANARY} Name`, title: `${CANARY} title` });
  // Their 1:1s: notes and agenda text are in the tables and in the full-text index.
  call('oneOnOnes.saveSeries', {
    personId: person.id,
    cadence: 'weekly',
    everyDays: null,
    firstDate: '2026-03-03',
    time: '10:00',
    timeZone: 'Europe/London',
  });
  const prep = dispatch('oneOnOnes.prep', { personId: person.id });
  if (!prep.ok) throw new Error(prep.error.message);
  const meetingId = (prep.value as { upcoming: { id: string } }).upcoming.id;
  // Earlier autosaved versions: the index drops their words without rewriting pages on the spot,
  // so erase must purge them too.
  for (let i = 0; i < 5; i++) {
    call('oneOnOnes.saveNotes', {
      meetingId,
      sharedNotes: `Draft ${i} ${EARLIER_TOKEN}`,
      privateNotes: `Private draft ${i} ${EARLIER_TOKEN}`,
    });
  }
  call('oneOnOnes.saveNotes', {
    meetingId,
    sharedNotes: `Shared ${CANARY} notes ${TOKEN}`,
    privateNotes: `Private ${CANARY} ${TOKEN}`,
  });
  call('oneOnOnes.addItem', { meetingId, kind: 'agenda', side: 'them', text: `Agenda ${CANARY}`, dueDate: null });
  // Their evidence log: a passage of private notes logged with a free tag, then reworded.
  const evidence = call('evidence.log', {
    personId: person.id,
    source: { kind: 'one_on_one', id: meetingId, notes: 'private' },
    fields: {
      happened: `Evidence ${CANARY} ${EARLIER_TOKEN}`,
      shows: `Shows ${TOKEN}`,
      seenOn: '2026-03-03',
      competencyIds: [`${CANARY}-tag`],
      private: true,
      shareable: '',
    },
  });
  call('evidence.update', {
    id: evidence.id,
    fields: {
      happened: `Evidence ${CANARY}`,
      shows: `Shows ${TOKEN}`,
      seenOn: '2026-03-03',
      competencyIds: [`${CANARY}-tag`],
      private: true,
      shareable: `Shareable ${CANARY}`,
    },
  });
  const evidenceHits = () => dispatch('evidence.list', { personId: person.id, text: TOKEN });
  expect(JSON.stringify(evidenceHits())).toContain(CANARY);
  for (let i = 0; i < 20; i++) call('people.create', { ...emptyPersonFields, name: `Other ${i}` });
  const searchHits = () => dispatch('oneOnOnes.search', { text: CANARY, includePrivate: true });
  expect(JSON.stringify(searchHits())).toContain(CANARY);
  const onDisk = () =>
    Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
  expect(onDisk().includes(CANARY)).toBe(true); // the check can see it when it is there
  expect(onDisk().includes(TOKEN)).toBe(true);
  expect(onDisk().includes(EARLIER_TOKEN)).toBe(true); // typed over, yet still in the index

  // The address a calendar file named them by: personal data like their name.
  const calendar = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cairn tests//EN',
    'BEGIN:VEVENT',
    'UID:erase-canary-1on1@example.com',
    'DTSTAMP:20260301T090000Z',
    'DTSTART;TZID=Europe/London:20260304T100000',
    'DTEND;TZID=Europe/London:20260304T103000',
    'RRULE:FREQ=WEEKLY',
    'SUMMARY:1:1',
    'ORGANIZER;CN=Me:mailto:me@example.com',
    'ATTENDEE;CN=Me:mailto:me@example.com',
    `ATTENDEE;CN=${CANARY} Mail:mailto:${CANARY_EMAIL}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  call('calendarFiles.importSeries', { ics: calendar, commit: true });
  const mailPerson = db
    .prepare('SELECT person_id FROM cal_addresses WHERE email = ?')
    .pluck()
    .get(CANARY_EMAIL) as string;
  expect(mailPerson).toBeTruthy();
  expect(onDisk().includes(CANARY_EMAIL)).toBe(true);

  call('people.erase', { id: person.id, confirmName: `${CANARY} Name` });
  call('people.erase', { id: mailPerson, confirmName: `${CANARY} Mail` });
  expect(onDisk().includes(CANARY_EMAIL)).toBe(false);
  expect(onDisk().includes(CANARY)).toBe(false);
  expect(onDisk().includes(TOKEN)).toBe(false);
  expect(onDisk().includes(EARLIER_TOKEN)).toBe(false);
  expect(JSON.stringify(searchHits())).not.toContain(CANARY);
  expect(db.prepare('SELECT count(*) FROM evidence_entries').pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM evidence_tags').pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH ?').pluck().get(`"${TOKEN}"`)).toBe(0);
  closeDatabase(db);
  expect(readFileSync(file).includes(CANARY)).toBe(false);
});

it('logs never carry names or note text, even when requests fail', () => {
  const lines: string[] = [];
  const sink: LogSink = (level, module, message) => lines.push(`${level} ${module} ${message}`);
  setLogSink(sink);
  const app = createTestApp();
  try {
    const person = app.call('people.create', { ...emptyPersonFields, name: CANARY });
    app.send('people.create', { ...emptyPersonFields, name: CANARY, teamId: crypto.randomUUID() });
    app.send('people.update', { id: person.id, fields: { ...emptyPersonFields, name: `${CANARY}${'x'.repeat(300)}` } });
    app.send('people.erase', { id: person.id, confirmName: `not ${CANARY}` });
    app.call('backups.create', {});
    // An unexpected failure inside a handler: the store is closed under it.
    app.db.exec('DROP TABLE teams');
    app.send('teams.list', {});
    app.restart();
    expect(lines.some((l) => l.includes('teams.list failed'))).toBe(true);
    expect(lines.filter((l) => l.includes(CANARY))).toEqual([]);
  } finally {
    app.close();
    setLogSink(defaultLogSink);
  }
});
