import type { EvidenceSourceInput, EvidenceSourceKind } from '#shared/evidence/model';
import type { ReadableDB } from '../../db/access';
import { invalid } from '../../ipc/domainError';

/** A source checked against the store: it exists and it is about this person. */
export interface ResolvedSource {
  kind: EvidenceSourceKind;
  id: string | null;
  on: string | null;
  label: string;
  /** A passage of private 1:1 notes. */
  private: boolean;
}

const gone = (what: string) => invalid(`That ${what} does not exist (it may have been deleted).`, 'source');
const someoneElse = (what: string) => invalid(`That ${what} is about someone else.`, 'source');

/**
 * Evidence can only come from this person's own 1:1s, mentoring sessions (as mentee or
 * mentor) and goal check-ins: a source about someone else is refused, nothing written.
 */
export function resolveSource(db: ReadableDB, personId: string, source: EvidenceSourceInput): ResolvedSource {
  switch (source.kind) {
    case 'direct':
      return { kind: 'direct', id: null, on: null, label: '', private: false };
    case 'one_on_one': {
      const m = db.prepare('SELECT person_id, date FROM oo_meetings WHERE id = ?').get(source.id) as
        { person_id: string; date: string } | undefined;
      if (!m) throw gone('1:1');
      if (m.person_id !== personId) throw someoneElse('1:1');
      const isPrivate = source.notes === 'private';
      return {
        kind: 'one_on_one',
        id: source.id,
        on: m.date,
        label: isPrivate ? 'private notes' : '',
        private: isPrivate,
      };
    }
    case 'mentoring': {
      const s = db
        .prepare(
          `SELECT s.date, p.mentor_id, p.mentee_id, mentor.name AS mentor_name, mentee.name AS mentee_name
             FROM mentoring_sessions s JOIN mentoring_pairs p ON p.id = s.pair_id
             JOIN people mentor ON mentor.id = p.mentor_id JOIN people mentee ON mentee.id = p.mentee_id
            WHERE s.id = ?`,
        )
        .get(source.id) as
        { date: string; mentor_id: string; mentee_id: string; mentor_name: string; mentee_name: string } | undefined;
      if (!s) throw gone('mentoring session');
      if (s.mentee_id !== personId && s.mentor_id !== personId) throw someoneElse('mentoring session');
      const other = s.mentee_id === personId ? `with ${s.mentor_name}` : `mentoring ${s.mentee_name}`;
      return { kind: 'mentoring', id: source.id, on: s.date, label: other, private: false };
    }
    case 'goal_checkin': {
      const c = db
        .prepare(
          'SELECT c.person_id, c.checked_on, g.title FROM goal_checkins c JOIN goals g ON g.id = c.goal_id WHERE c.id = ?',
        )
        .get(source.id) as { person_id: string; checked_on: string; title: string } | undefined;
      if (!c) throw gone('goal check-in');
      if (c.person_id !== personId) throw someoneElse('goal check-in');
      return { kind: 'goal_checkin', id: source.id, on: c.checked_on, label: c.title, private: false };
    }
  }
}
