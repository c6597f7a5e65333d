import { paragraph, sentence } from '../words';
import type { GeneratorPart } from './types';

const TAGS = ['career', 'feedback', 'wellbeing', 'delivery', 'team'];
const DAY = 86_400_000;

/**
 * Weekly 1:1s for ten years with everyone: shared and private notes, agenda and action items
 * linked to their meeting. Rows are written with the schema's own triggers on, so the
 * full-text indexes are built exactly as the app builds them.
 */
export const oneOnOnesPart: GeneratorPart = {
  name: '1:1s',
  run(ctx) {
    const { db, rng, scale } = ctx;
    const stamp = '2026-01-01T00:00:00.000Z';
    const series = db.prepare(
      `INSERT INTO oo_series (id, person_id, cadence, first_date, time, time_zone, created_at, updated_at)
       VALUES (?, ?, 'weekly', ?, '10:00', 'UTC', ?, ?)`,
    );
    const meeting = db.prepare(
      `INSERT INTO oo_meetings (id, person_id, slot_date, date, time, time_zone, starts_at, status, shared_notes, private_notes, mood, held_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, '10:00', 'UTC', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const tag = db.prepare('INSERT INTO oo_meeting_tags (meeting_id, tag) VALUES (?, ?)');
    const item = db.prepare(
      `INSERT INTO oo_items (id, person_id, kind, side, text, state, due_date, origin_meeting_id, closed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?)`,
    );
    const link = db.prepare('INSERT INTO oo_meeting_items (meeting_id, item_id, position) VALUES (?, ?, ?)');
    const carry = db.prepare(
      `INSERT INTO oo_meeting_items (meeting_id, item_id, position)
       SELECT @meetingId, id, row_number() OVER (ORDER BY seq) FROM oo_items WHERE person_id = @personId AND state = 'open'`,
    );
    const end = ctx.now.getTime() - 3 * DAY;
    let meetings = 0;
    let items = 0;
    for (const personId of ctx.personIds) {
      const first = end - (scale.meetingsPerPerson - 1) * 7 * DAY;
      series.run(rng.uuid(), personId, new Date(first).toISOString().slice(0, 10), stamp, stamp);
      for (let m = 0; m < scale.meetingsPerPerson; m++) {
        const date = new Date(first + m * 7 * DAY).toISOString().slice(0, 10);
        const held = !rng.chance(0.1);
        const meetingId = rng.uuid();
        meeting.run(
          meetingId,
          personId,
          date,
          date,
          `${date}T10:00:00.000Z`,
          held ? 'held' : 'skipped',
          held ? paragraph(rng, 4) : '',
          held && rng.chance(0.5) ? sentence(rng, 12) : '',
          held ? 1 + rng.int(5) : null,
          held ? `${date}T11:00:00.000Z` : null,
          stamp,
          stamp,
        );
        meetings++;
        if (rng.chance(0.4)) tag.run(meetingId, rng.pick(TAGS));
        for (let i = 0; i < scale.itemsPerMeeting; i++) {
          const itemId = rng.uuid();
          // Only the last few meetings' items are still open, as in real life.
          const open = m >= scale.meetingsPerPerson - 3 && i % 3 === 0;
          item.run(
            itemId,
            personId,
            i % 2 ? 'action' : 'agenda',
            rng.chance(0.5) ? 'me' : 'them',
            sentence(rng, 8),
            open ? 'open' : 'done',
            meetingId,
            stamp,
            stamp,
          );
          link.run(meetingId, itemId, i + 1);
          items++;
        }
      }
      // As the app keeps it (electron/domains/oneOnOnes/schedule.ts): the next meeting is in
      // place, with every open item of the person linked to it.
      const next = new Date(first + scale.meetingsPerPerson * 7 * DAY).toISOString().slice(0, 10);
      const upcomingId = rng.uuid();
      meeting.run(
        upcomingId,
        personId,
        next,
        next,
        `${next}T10:00:00.000Z`,
        'scheduled',
        '',
        '',
        null,
        null,
        stamp,
        stamp,
      );
      meetings++;
      carry.run({ meetingId: upcomingId, personId });
    }
    return { meetings, items };
  },
};
