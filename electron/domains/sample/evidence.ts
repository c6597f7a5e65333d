import type { EvidenceSourceInput } from '#shared/evidence/model';
import { evidenceHandlers } from '../evidence/handlers';
import type { SamplePart, SampleWriter } from './writer';

/** Where a sample entry was seen: the nth newest of the person's held 1:1s, sessions or check-ins, or typed on a day. */
type From =
  | { kind: 'meeting'; nth: number; notes: 'shared' | 'private' }
  | { kind: 'mentoring'; nth: number }
  | { kind: 'checkin'; nth: number }
  | { kind: 'direct'; daysAgo: number };

interface SampleEvidence {
  from: From;
  happened: string;
  shows: string;
  competencyIds: string[];
  shareable?: string;
}

/**
 * Evidence for two engineers on the ladder and one mentee who is not (free tags), from each
 * kind of source. Gaps are left on purpose: Code and quality and Scope for Amara, Growing
 * others for Tomás, so coverage has something to say.
 */
const EVIDENCE: Record<string, SampleEvidence[]> = {
  amara: [
    {
      from: { kind: 'meeting', nth: 0, notes: 'shared' },
      happened: 'Ran the review of the checkout outage and turned it into four tickets with owners.',
      shows: 'Leads incident response for her area.',
      competencyIds: ['operations', 'ownership'],
    },
    {
      from: { kind: 'meeting', nth: 1, notes: 'private' },
      happened: 'Said she would like to lead the platform team when Yuki moves on.',
      shows: 'Ready to talk about the next step.',
      competencyIds: ['growing'],
      shareable: 'Asked to take on more leadership of the platform work.',
    },
    {
      from: { kind: 'checkin', nth: 0 },
      happened: 'Pairs with Tom every week on the basket service; his design doc is next.',
      shows: 'Grows others through steady pairing.',
      competencyIds: ['growing'],
    },
    {
      from: { kind: 'direct', daysAgo: 5 },
      happened: 'Walked finance through the trade-offs of the new billing schema without jargon.',
      shows: 'Explains trade-offs outside engineering.',
      competencyIds: ['communication', 'design'],
    },
    {
      from: { kind: 'direct', daysAgo: 2 },
      happened: "Reviewed Tom's design doc line by line, then let him present it himself.",
      shows: 'Gives others the room to lead.',
      competencyIds: ['growing', 'communication'],
    },
  ],
  tomas: [
    {
      from: { kind: 'meeting', nth: 0, notes: 'shared' },
      happened: 'Shipped the search filters behind a flag and checked the dashboards after release.',
      shows: 'Owns features through to users.',
      competencyIds: ['ownership', 'operations'],
    },
    {
      from: { kind: 'checkin', nth: 0 },
      happened: "Took the receipts rework's first slice live for staff accounts.",
      shows: 'Breaks a project into slices that each ship.',
      competencyIds: ['scope', 'ownership'],
    },
    {
      from: { kind: 'direct', daysAgo: 25 },
      happened: 'Wrote the on-call rota proposal and shared it with the team.',
      shows: 'Writes so others can act without a meeting.',
      competencyIds: ['communication'],
    },
  ],
  lena: [
    {
      from: { kind: 'mentoring', nth: 0 },
      happened: 'Presented her retry design to the team and handled two hard questions calmly.',
      shows: 'Speaks up in reviews.',
      competencyIds: ['presenting', 'system design'],
    },
    {
      from: { kind: 'mentoring', nth: 1 },
      happened: 'Named the failure cases of the import job before choosing a fix.',
      shows: '',
      competencyIds: ['system design'],
    },
  ],
};

const SOURCES = {
  meeting:
    "SELECT id, date FROM oo_meetings WHERE person_id = ? AND status = 'held' ORDER BY date DESC LIMIT 1 OFFSET ?",
  mentoring: `SELECT s.id, s.date FROM mentoring_sessions s JOIN mentoring_pairs p ON p.id = s.pair_id
               WHERE p.mentee_id = ? ORDER BY s.date DESC LIMIT 1 OFFSET ?`,
  checkin:
    'SELECT id, checked_on AS date FROM goal_checkins WHERE person_id = ? ORDER BY checked_on DESC LIMIT 1 OFFSET ?',
} as const;

/** The source and its date; a source the sample does not have falls back to typed directly, today. */
function sourceOf(w: SampleWriter, personId: string, from: From): { source: EvidenceSourceInput; seenOn: string } {
  if (from.kind === 'direct') return { source: { kind: 'direct' }, seenOn: w.daysAgo(from.daysAgo) };
  const row = w.ctx.db.prepare(SOURCES[from.kind]).get(personId, from.nth) as { id: string; date: string } | undefined;
  if (!row) return { source: { kind: 'direct' }, seenOn: w.daysAgo(0) };
  const source: EvidenceSourceInput =
    from.kind === 'meeting'
      ? { kind: 'one_on_one', id: row.id, notes: from.notes }
      : from.kind === 'mentoring'
        ? { kind: 'mentoring', id: row.id }
        : { kind: 'goal_checkin', id: row.id };
  return { source, seenOn: row.date };
}

/** Entries in three people's evidence logs, loaded after their 1:1s, mentoring and goals exist. */
export const evidencePart: SamplePart = {
  name: 'evidence log',
  load(w) {
    for (const [key, entries] of Object.entries(EVIDENCE)) {
      const person = w.people[key];
      if (!person) continue;
      for (const e of entries) {
        const { source, seenOn } = sourceOf(w, person.id, e.from);
        evidenceHandlers['evidence.log'](w.ctx, {
          personId: person.id,
          source,
          fields: {
            happened: e.happened,
            shows: e.shows,
            seenOn,
            competencyIds: e.competencyIds,
            private: false,
            shareable: e.shareable ?? '',
          },
        });
      }
    }
  },
};
