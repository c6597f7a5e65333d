import { sentence } from '../words';
import type { GeneratorPart } from './types';

/** 400 entries per person over ten years (about one a week in season): 20 000 at decade scale. */
export const EVIDENCE_PER_PERSON = 400;

interface Source {
  kind: 'one_on_one' | 'mentoring' | 'goal_checkin';
  id: string;
  on: string;
  label: string;
}

/**
 * The evidence log (issue 16): per person, entries taken from their own 1:1s (one in ten from
 * private notes, marked private, some with a shareable rewrite), goal check-ins, mentoring
 * sessions and typed directly, each tagged with one to three competencies of their ladder.
 * Written after every other part, so the data before it is the same as without it.
 */
export const evidencePart: GeneratorPart = {
  name: 'evidence',
  run(ctx) {
    const { db, rng, scale } = ctx;
    const stamp = '2026-01-01T00:00:00.000Z';
    const perPerson = Math.max(2, Math.round((EVIDENCE_PER_PERSON * scale.meetingsPerPerson) / 500));
    const meetings = db.prepare(
      "SELECT id, date FROM oo_meetings WHERE person_id = ? AND status = 'held' ORDER BY date",
    );
    const checkIns = db.prepare(
      `SELECT c.id, c.checked_on AS date, g.title FROM goal_checkins c JOIN goals g ON g.id = c.goal_id
        WHERE c.person_id = ? ORDER BY c.checked_on`,
    );
    const sessions = db.prepare(
      `SELECT s.id, s.date, mentor.name AS mentor FROM mentoring_sessions s JOIN mentoring_pairs p ON p.id = s.pair_id
         JOIN people mentor ON mentor.id = p.mentor_id WHERE p.mentee_id = ? ORDER BY s.date`,
    );
    const competencies = db.prepare('SELECT ladder_id FROM people WHERE id = ?').pluck();
    const entry = db.prepare(
      `INSERT INTO evidence_entries (id, person_id, happened, shows, seen_on, source_kind, source_id, source_on,
         source_label, source_private, private, shareable, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const tag = db.prepare(
      'INSERT OR IGNORE INTO evidence_tags (entry_seq, person_id, tag, seen_on) VALUES (?, ?, ?, ?)',
    );
    const ids = Array.from({ length: scale.competencies }, (_, c) => `c${c + 1}`);
    const counts = { entries: 0, tags: 0 };
    for (const personId of ctx.personIds) {
      const hasLadder = competencies.get(personId) !== null;
      const held = meetings.all(personId) as { id: string; date: string }[];
      const goals = (checkIns.all(personId) as { id: string; date: string; title: string }[]).filter(
        (c) => c.date <= ctx.now.toISOString().slice(0, 10),
      );
      const mentoring = sessions.all(personId) as { id: string; date: string; mentor: string }[];
      for (let n = 0; n < perPerson; n++) {
        const roll = rng.next();
        let source: Source | null = null;
        if (roll < 0.7 && held.length) {
          const m = held[Math.floor(((n + rng.next()) / perPerson) * held.length)]!;
          source = { kind: 'one_on_one', id: m.id, on: m.date, label: '' };
        } else if (roll < 0.82 && goals.length) {
          const c = rng.pick(goals);
          source = { kind: 'goal_checkin', id: c.id, on: c.date, label: c.title };
        } else if (roll < 0.9 && mentoring.length) {
          const s = rng.pick(mentoring);
          source = { kind: 'mentoring', id: s.id, on: s.date, label: `with ${s.mentor}` };
        }
        const fromPrivate = source?.kind === 'one_on_one' && rng.chance(0.1);
        const seenOn = source?.on ?? held[Math.floor((n / perPerson) * held.length)]?.date ?? stamp.slice(0, 10);
        const { lastInsertRowid } = entry.run(
          rng.uuid(),
          personId,
          sentence(rng, 10 + rng.int(20)),
          rng.chance(0.6) ? sentence(rng, 8) : '',
          seenOn,
          source?.kind ?? 'direct',
          source?.id ?? null,
          source?.on ?? null,
          fromPrivate ? 'private notes' : (source?.label ?? ''),
          fromPrivate ? 1 : 0,
          fromPrivate || rng.chance(0.03) ? 1 : 0,
          fromPrivate && rng.chance(0.5) ? sentence(rng, 10) : '',
          stamp,
          stamp,
        );
        counts.entries++;
        const tags = 1 + rng.int(3);
        for (let t = 0; t < tags; t++) {
          const name = hasLadder ? rng.skewed(ids) : rng.pick(['delivery', 'ownership', 'mentoring']);
          counts.tags += tag.run(Number(lastInsertRowid), personId, name, seenOn).changes;
        }
      }
    }
    return counts;
  },
};
