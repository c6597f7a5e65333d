import { paragraph, sentence } from '../words';
import type { GeneratorPart } from './types';

const DAY = 86_400_000;
const TERMS = [
  'system design',
  'testing',
  'incident response',
  'public speaking',
  'code review',
  'hiring',
  'writing',
  'product sense',
];

/** Preferences for everyone; pairs spread over ten years, fortnightly sessions with progress notes. */
export const mentoringPart: GeneratorPart = {
  name: 'mentoring',
  run(ctx) {
    const { db, rng, scale } = ctx;
    const stamp = '2026-01-01T00:00:00.000Z';
    const people = ctx.personIds;
    const prefs = db.prepare(
      `INSERT INTO mentoring_preferences (person_id, wants_to_mentor, wants_mentor, strengths, interests, capacity, manager_id, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`,
    );
    for (const id of people) {
      const terms = () => JSON.stringify([rng.pick(TERMS), rng.pick(TERMS)].filter((t, i, a) => a.indexOf(t) === i));
      prefs.run(id, rng.chance(0.4) ? 1 : 0, rng.chance(0.4) ? 1 : 0, terms(), terms(), rng.int(3), stamp);
    }
    const pair = db.prepare(
      `INSERT INTO mentoring_pairs (id, mentor_id, mentee_id, status, goals, expectations, cadence_days, start_date, planned_end, end_reason, ended_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 14, ?, ?, ?, ?, ?, ?)`,
    );
    const area = db.prepare(
      'INSERT INTO mentoring_focus_areas (id, pair_id, position, name, competency_id) VALUES (?, ?, ?, ?, NULL)',
    );
    const session = db.prepare(
      'INSERT INTO mentoring_sessions (id, pair_id, date, notes, takeaways, fit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const progress = db.prepare(
      'INSERT INTO mentoring_session_progress (session_id, focus_area_id, note) VALUES (?, ?, ?)',
    );
    const counts = { pairs: 0, sessions: 0, preferences: people.length };
    if (people.length < 2) return counts;
    const span = scale.meetingsPerPerson * 7 * DAY;
    for (let p = 0; p < scale.mentoringPairs; p++) {
      const mentor = people[p % people.length]!;
      const mentee =
        people[(p * 7 + 1) % people.length] === mentor
          ? people[(p + 1) % people.length]!
          : people[(p * 7 + 1) % people.length]!;
      if (mentor === mentee) continue;
      const id = rng.uuid();
      const start = ctx.now.getTime() - span + Math.floor((p / scale.mentoringPairs) * span);
      const sessions = 20;
      const end = start + sessions * 14 * DAY;
      const ended = end < ctx.now.getTime() - 30 * DAY;
      const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
      try {
        pair.run(
          id,
          mentor,
          mentee,
          ended ? 'ended' : 'active',
          sentence(rng, 14),
          sentence(rng, 10),
          iso(start),
          iso(end),
          ended ? 'Reached the goals set.' : '',
          ended ? iso(end) : null,
          stamp,
          stamp,
        );
      } catch {
        continue; // the same two people already have an open pair
      }
      counts.pairs++;
      const areas = [rng.uuid(), rng.uuid()];
      areas.forEach((a, i) => area.run(a, id, i + 1, rng.pick(TERMS)));
      for (let s = 0; s < sessions && start + s * 14 * DAY < ctx.now.getTime(); s++) {
        const sid = rng.uuid();
        session.run(
          sid,
          id,
          iso(start + s * 14 * DAY),
          paragraph(rng, 3),
          sentence(rng, 10),
          s === 0 ? 'good_fit' : null,
          stamp,
        );
        progress.run(sid, rng.pick(areas), sentence(rng, 10));
        counts.sessions++;
      }
    }
    return counts;
  },
};
