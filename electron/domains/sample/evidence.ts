import type { EvidenceSourceInput } from '#shared/evidence/model';
import { evidenceHandlers } from '../evidence/handlers';
import type { SamplePart, SampleWriter } from './writer';

interface SampleEvidence {
  daysAgo: number;
  happened: string;
  shows: string;
  competencyIds: string[];
  from: 'meeting' | 'private' | 'mentoring' | 'checkin' | 'direct';
  shareable?: string;
}

/** Evidence for two engineers, from each kind of source; one gap left open on purpose (Growing others for Tomás). */
const EVIDENCE: Record<string, SampleEvidence[]> = {
  amara: [
    {
      daysAgo: 12,
      happened: 'Ran the review of the checkout outage and turned it into four tickets with owners.',
      shows: 'Leads incident response for her area.',
      competencyIds: ['operations', 'ownership'],
      from: 'meeting',
    },
    {
      daysAgo: 30,
      happened: 'Walked finance through the trade-offs of the new billing schema without jargon.',
      shows: 'Explains trade-offs outside engineering.',
      competencyIds: ['communication', 'design'],
      from: 'direct',
    },
    {
      daysAgo: 45,
      happened: 'Said she would like to lead the platform team when Yuki moves on.',
      shows: 'Ready to talk about the next step.',
      competencyIds: ['growing'],
      from: 'private',
      shareable: 'Asked to take on more leadership of the platform work.',
    },
    {
      daysAgo: 20,
      happened: 'Took the RFC feedback from her mentor and split the proposal into two smaller ones.',
      shows: 'Scopes work so others can review it.',
      competencyIds: ['scope'],
      from: 'mentoring',
    },
  ],
  tomas: [
    {
      daysAgo: 8,
      happened: 'Shipped the search filters behind a flag and checked the dashboards after release.',
      shows: 'Owns features through to users.',
      competencyIds: ['ownership', 'operations'],
      from: 'meeting',
    },
    {
      daysAgo: 25,
      happened: 'Wrote the on-call rota proposal and shared it with the team.',
      shows: 'Writes so others can act without a meeting.',
      competencyIds: ['communication'],
      from: 'checkin',
    },
  ],
};

const one = (w: SampleWriter, sql: string, personId: string) =>
  w.ctx.db.prepare(sql).pluck().get(personId) as string | undefined;

/** A real source of this person's, falling back to "typed directly" when the sample has none of that kind. */
function sourceOf(w: SampleWriter, personId: string, from: SampleEvidence['from']): EvidenceSourceInput {
  const meeting = () =>
    one(w, "SELECT id FROM oo_meetings WHERE person_id = ? AND status = 'held' ORDER BY date DESC LIMIT 1", personId);
  const ids: Record<SampleEvidence['from'], () => EvidenceSourceInput | null> = {
    direct: () => null,
    meeting: () => {
      const id = meeting();
      return id ? { kind: 'one_on_one', id, notes: 'shared' } : null;
    },
    private: () => {
      const id = meeting();
      return id ? { kind: 'one_on_one', id, notes: 'private' } : null;
    },
    mentoring: () => {
      const id = one(
        w,
        `SELECT s.id FROM mentoring_sessions s JOIN mentoring_pairs p ON p.id = s.pair_id
          WHERE p.mentee_id = ? ORDER BY s.date DESC LIMIT 1`,
        personId,
      );
      return id ? { kind: 'mentoring', id } : null;
    },
    checkin: () => {
      const id = one(w, 'SELECT id FROM goal_checkins WHERE person_id = ? ORDER BY checked_on DESC LIMIT 1', personId);
      return id ? { kind: 'goal_checkin', id } : null;
    },
  };
  return ids[from]() ?? { kind: 'direct' };
}

/** A few entries in two engineers' evidence logs, after their 1:1s, mentoring and goals exist. */
export const evidencePart: SamplePart = {
  name: 'evidence log',
  load(w) {
    for (const [key, entries] of Object.entries(EVIDENCE)) {
      const person = w.people[key];
      if (!person) continue;
      for (const e of entries) {
        evidenceHandlers['evidence.log'](w.ctx, {
          personId: person.id,
          source: sourceOf(w, person.id, e.from),
          fields: {
            happened: e.happened,
            shows: e.shows,
            seenOn: w.daysAgo(e.daysAgo),
            competencyIds: e.competencyIds,
            private: e.from === 'private',
            shareable: e.shareable ?? '',
          },
        });
      }
    }
  },
};
