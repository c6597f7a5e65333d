import { notAfterTodayMessage } from '#shared/rules/notAfterToday';
import type { EvidenceFields } from '#shared/evidence/model';
import type { Person } from '#shared/people/model';
import type { QueryContext } from '../../ipc/context';
import { invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { stamp, today } from '../clock';
import { requirePerson } from '../people/requirePerson';
import { coverageOf, ladderPlace } from './coverage';
import { draftFor } from './draft';
import * as q from './queries';
import { resolveSource } from './sources';

type EvidenceChannel =
  | 'evidence.list'
  | 'evidence.options'
  | 'evidence.log'
  | 'evidence.update'
  | 'evidence.delete'
  | 'evidence.coverage'
  | 'evidence.sinceLastAssessment'
  | 'evidence.draft';

/** At most this many entries beside an assessment form: the newest, far under 64 KiB. */
const SINCE_LAST_LIMIT = 200;

function requireEntry(ctx: QueryContext, id: string) {
  const entry = q.findEntry(ctx.db, id);
  if (!entry) throw notFound('evidence', 'id');
  return entry;
}

/** On a ladder, evidence supports that ladder's competencies; without one, any free tag. */
function checkFields(ctx: QueryContext, person: Person, fields: EvidenceFields): void {
  if (fields.seenOn > today(ctx)) throw invalid(notAfterTodayMessage('The day it was seen', today(ctx)), 'seenOn');
  const place = ladderPlace(ctx.db, person);
  if (!place) return;
  for (const c of fields.competencyIds) {
    if (!place.doc.competencies.some((x) => x.id === c))
      throw invalid(`"${c}" is not a competency of ${place.name}, ${person.name}'s ladder.`, 'competencyIds');
  }
}

function checkPeriod(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw invalid('The end of the period is before its start.', 'to');
}

export const evidenceHandlers: HandlerMap<EvidenceChannel> = {
  'evidence.list': (ctx, query) => {
    requirePerson(ctx, query.personId);
    checkPeriod(query.from, query.to);
    return q.listEntries(ctx.db, query);
  },
  'evidence.options': (ctx, { personId }) => {
    const person = requirePerson(ctx, personId);
    const place = ladderPlace(ctx.db, person);
    const areaName = new Map(place?.doc.areas.map((a) => [a.id, a.name]));
    return {
      personName: person.name,
      ladderName: place?.name ?? null,
      competencies: (place?.doc.competencies ?? []).map((c) => ({
        id: c.id,
        name: c.name,
        area: areaName.get(c.area) ?? '',
      })),
      tags: place ? [] : q.tagsInUse(ctx.db, personId),
    };
  },
  'evidence.log': (ctx, { personId, source, fields }) => {
    const person = requirePerson(ctx, personId);
    const resolved = resolveSource(ctx.db, personId, source);
    checkFields(ctx, person, fields);
    return requireEntry(ctx, q.insertEntry(ctx.db, personId, resolved, fields, stamp(ctx)));
  },
  'evidence.update': (ctx, { id, fields }) => {
    const entry = requireEntry(ctx, id);
    checkFields(ctx, requirePerson(ctx, entry.personId), fields);
    if (!fields.private && entry.source.privateNotes) {
      throw invalid(
        'This passage comes from private notes and stays private. Write a shareable version instead.',
        'private',
      );
    }
    q.updateEntry(ctx.db, id, fields, stamp(ctx));
    return requireEntry(ctx, id);
  },
  'evidence.delete': (ctx, { id }) => {
    requireEntry(ctx, id);
    q.deleteEntry(ctx.db, id);
    return { deleted: true };
  },
  'evidence.coverage': (ctx, { personId, from, to }) => {
    checkPeriod(from, to);
    return coverageOf(ctx.db, requirePerson(ctx, personId), from, to);
  },
  'evidence.sinceLastAssessment': (ctx, { personId, assessmentId }) => {
    requirePerson(ctx, personId);
    return q.sinceLastAssessment(ctx.db, personId, assessmentId, SINCE_LAST_LIMIT);
  },
  'evidence.draft': (ctx, { personId, kind, audience, from, to }) => {
    checkPeriod(from, to);
    return draftFor(ctx.db, requirePerson(ctx, personId), kind, audience, from, to);
  },
};
