import type { PairDetail, PairFields } from '#shared/mentoring/model';
import {
  agreementProblems,
  focusAreaProblems,
  pairEditProblems,
  pairPeopleProblems,
  sessionProblems,
  statusChangeProblems,
} from '#shared/mentoring/rules';
import type { QueryContext } from '../../ipc/context';
import { conflict, invalid, notFound, refuse } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { requirePerson } from '../people/requirePerson';
import { importPreferences } from './importPreferences';
import { matchHandlers } from './matchHandlers';
import { endedPairsPage, mentoringOverview, pairDetail, pairSummaries, todayOf } from './pairs';
import * as q from './queries';

type PairChannel =
  | 'mentoring.overview'
  | 'mentoring.endedPairs'
  | 'mentoring.forPerson'
  | 'mentoring.getPair'
  | 'mentoring.createPair'
  | 'mentoring.updatePair'
  | 'mentoring.setStatus'
  | 'mentoring.logSession'
  | 'mentoring.deleteSession'
  | 'mentoring.listPreferences'
  | 'mentoring.savePreferences'
  | 'mentoring.importPreferences';

import { stamp } from '../clock';

function checkFields(fields: PairFields): void {
  refuse([...agreementProblems(fields.agreement), ...focusAreaProblems(fields.focusAreas.map((a) => a.name))]);
}

function requirePair(ctx: QueryContext, id: string): PairDetail {
  return pairDetail(ctx.db, id, todayOf(ctx));
}

export const pairHandlers: HandlerMap<PairChannel> = {
  'mentoring.overview': (ctx) => mentoringOverview(ctx.db, todayOf(ctx)),
  'mentoring.endedPairs': (ctx, { offset }) => endedPairsPage(ctx.db, todayOf(ctx), offset),
  'mentoring.forPerson': (ctx, { personId }) => {
    requirePerson(ctx, personId);
    const pairs = pairSummaries(ctx.db, todayOf(ctx), personId);
    return {
      today: todayOf(ctx),
      asMentor: pairs.filter((p) => p.mentor.id === personId),
      asMentee: pairs.filter((p) => p.mentee.id === personId),
      preferences: q.findPreferences(ctx.db, personId) ?? null,
    };
  },
  'mentoring.getPair': (ctx, { id }) => requirePair(ctx, id),
  'mentoring.createPair': (ctx, input) => {
    refuse(pairPeopleProblems(input.mentorId, input.menteeId));
    requirePerson(ctx, input.mentorId, 'mentorId');
    requirePerson(ctx, input.menteeId, 'menteeId');
    checkFields(input.fields);
    if (q.findOpenPair(ctx.db, input.mentorId, input.menteeId)) {
      throw conflict('These two already have an open pair; end it before starting another.', 'menteeId');
    }
    const id = q.insertPair(ctx.db, input, stamp(ctx));
    return requirePair(ctx, id);
  },
  'mentoring.updatePair': (ctx, { id, fields }) => {
    const pair = requirePair(ctx, id);
    refuse(pairEditProblems(pair.status));
    checkFields(fields);
    q.updatePair(ctx.db, id, fields, stamp(ctx));
    return requirePair(ctx, id);
  },
  'mentoring.setStatus': (ctx, { id, status, reason }) => {
    const pair = requirePair(ctx, id);
    if (pair.status === status) return pair;
    refuse(statusChangeProblems(pair.status, status, reason));
    if (status === 'active' && q.findOpenPair(ctx.db, pair.mentor.id, pair.mentee.id)?.id !== id) {
      throw conflict('These two already have another open pair.', 'status');
    }
    q.setPairStatus(
      ctx.db,
      id,
      status,
      status === 'ended' ? reason : '',
      status === 'ended' ? todayOf(ctx) : null,
      stamp(ctx),
    );
    return requirePair(ctx, id);
  },
  'mentoring.logSession': (ctx, input) => {
    const pair = requirePair(ctx, input.pairId);
    const first = pair.sessions.length === 0 || pair.sessions.every((s) => s.date > input.date);
    refuse(sessionProblems(pair, input, todayOf(ctx), first));
    const areaIds = new Set(pair.focusAreas.map((a) => a.id));
    const seen = new Set<string>();
    for (const p of input.progress) {
      if (!areaIds.has(p.focusAreaId) || seen.has(p.focusAreaId)) {
        throw invalid(
          "Write each progress note for one of this pair's focus areas, and one note per area.",
          'progress',
        );
      }
      seen.add(p.focusAreaId);
    }
    q.insertSession(ctx.db, input, stamp(ctx));
    return requirePair(ctx, input.pairId);
  },
  'mentoring.deleteSession': (ctx, { id }) => {
    const row = ctx.db.prepare('SELECT pair_id FROM mentoring_sessions WHERE id = ?').get(id) as
      { pair_id: string } | undefined;
    if (!row) throw notFound('mentoring session');
    q.deleteSession(ctx.db, id);
    return requirePair(ctx, row.pair_id);
  },
  'mentoring.listPreferences': (ctx) => q.listPreferences(ctx.db),
  'mentoring.savePreferences': (ctx, { personId, fields }) => {
    requirePerson(ctx, personId, 'personId');
    if (fields.managerId === personId) throw invalid('A person cannot be their own manager.', 'managerId');
    if (fields.managerId) requirePerson(ctx, fields.managerId, 'managerId');
    q.upsertPreferences(ctx.db, personId, fields, stamp(ctx));
    return q.findPreferences(ctx.db, personId)!;
  },
  'mentoring.importPreferences': (ctx, input) => importPreferences(ctx, input),
};

export const mentoringHandlers = { ...pairHandlers, ...matchHandlers };
