import { escapeMarkdownInline } from '#shared/markdown/escape';
import type { ReadableDB } from '../../db/access';
import type { PersonDataSection } from '../personData';

const addressesOf = (db: ReadableDB, personId: string) =>
  db.prepare('SELECT email FROM cal_addresses WHERE person_id = ? ORDER BY email').pluck().all(personId) as string[];

/**
 * What a calendar import kept about a person: the e-mail addresses the file named them by
 * (personal data, so in their export and gone with erase, by cascade), and the calendar event
 * their series follows with its cancelled and moved dates.
 */
export const calendarPersonData: PersonDataSection = {
  key: 'calendar',
  noun: { one: 'e-mail address from a calendar file', other: 'e-mail addresses from calendar files' },
  count: (db, personId) => addressesOf(db, personId).length,
  collect: (db, personId) => ({
    emailAddresses: addressesOf(db, personId),
    series:
      (db
        .prepare('SELECT uid, ends_on AS endsOn, imported_at AS importedAt FROM cal_series WHERE person_id = ?')
        .get(personId) as { uid: string; endsOn: string | null; importedAt: string } | undefined) ?? null,
    exceptions: db
      .prepare(
        'SELECT date, kind, to_date AS toDate, to_time AS toTime FROM cal_exceptions WHERE person_id = ? ORDER BY date',
      )
      .all(personId),
  }),
  markdown: (db, personId) => {
    const addresses = addressesOf(db, personId);
    if (!addresses.length) return '';
    return ['## From calendar files', '', ...addresses.map((a) => `- E-mail: ${escapeMarkdownInline(a)}`)].join('\n');
  },
};
