import type { PairDetail, PairFields, PairStatus } from '#shared/mentoring/model';
import type { QueryContext } from '../../ipc/context';
import { conflict, invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { requirePerson } from '../people/requirePerson';
import { importPreferences } from './importPreferences';
import { matchHandlers } from './matchHandlers';
import { pairDetail, pairSummaries, todayOf } from './pairs';
import * as q from './queries';

type PairChannel =
  | 'mentoring.overview'
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
  const a = fields.agreement;
  if (a.plannedEnd && a.plannedEnd <= a.startDate) {
    throw invalid('agreement.plannedEnd: the planned end must be after the start date.', 'agreement.plannedEnd');
  }
  const names = new Set<string>();
  for (const area of fields.focusAreas) {
    const key = area.name.toLowerCase();
    if (names.has(key)) throw invalid(`focusAreas: "${area.name}" is listed twice.`, 'focusAreas');
    names.add(key);
  }
}

/** Which status changes make sense; ended is final (start a new pair instead). */
const ALLOWED: Record<PairStatus, PairStatus[]> = {
  proposed: ['active', 'ended'],
  active: ['paused', 'ended'],
  paused: ['active', 'ended'],
  ended: [],
};

function requirePair(ctx: QueryContext, id: string): PairDetail {
  return pairDetail(ctx.db, id, todayOf(ctx));
}

export const pairHandlers: HandlerMap<PairChannel> = {
  'mentoring.overview': (ctx) => ({ today: todayOf(ctx), pairs: pairSummaries(ctx.db, todayOf(ctx)) }),
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
    if (input.mentorId === input.menteeId) {
      throw invalid('menteeId: the mentor and the mentee must be two different people.', 'menteeId');
    }
    requirePerson(ctx, input.mentorId, 'mentorId');
    requirePerson(ctx, input.menteeId, 'menteeId');
    checkFields(input.fields);
    if (q.findOpenPair(ctx.db, input.mentorId, input.menteeId)) {
      throw conflict('menteeId: these two already have an open pair; end it before starting another.', 'menteeId');
    }
    const id = q.insertPair(ctx.db, input, stamp(ctx));
    return requirePair(ctx, id);
  },
  'mentoring.updatePair': (ctx, { id, fields }) => {
    const pair = requirePair(ctx, id);
    if (pair.status === 'ended') throw conflict('id: an ended pair can no longer be changed.', 'id');
    checkFields(fields);
    q.updatePair(ctx.db, id, fields, stamp(ctx));
    return requirePair(ctx, id);
  },
  'mentoring.setStatus': (ctx, { id, status, reason }) => {
    const pair = requirePair(ctx, id);
    if (pair.status === status) return pair;
    if (!ALLOWED[pair.status].includes(status)) {
      throw conflict(`status: a ${pair.status} pair cannot become ${status}.`, 'status');
    }
    if (status === 'ended' && !reason) throw invalid('reason: say why the pair is ending.', 'reason');
    if (status === 'active' && q.findOpenPair(ctx.db, pair.mentor.id, pair.mentee.id)?.id !== id) {
      throw conflict('status: these two already have another open pair.', 'status');
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
    if (pair.status === 'ended')
      throw conflict('pairId: this pair has ended; sessions can no longer be logged.', 'pairId');
    if (input.date > todayOf(ctx)) throw invalid('date: a session cannot be logged in the future.', 'date');
    if (input.date < pair.startDate) throw invalid('date: the session is before the pair started.', 'date');
    const areaIds = new Set(pair.focusAreas.map((a) => a.id));
    const seen = new Set<string>();
    for (const p of input.progress) {
      if (!areaIds.has(p.focusAreaId) || seen.has(p.focusAreaId)) {
        throw invalid("progress: each note must be for one of this pair's focus areas, once.", 'progress');
      }
      seen.add(p.focusAreaId);
    }
    const first = pair.sessions.length === 0 || pair.sessions.every((s) => s.date > input.date);
    if (input.fit && !first) throw invalid('fit: the fit check is asked on the first session only.', 'fit');
    q.insertSession(ctx.db, input, stamp(ctx));
    return requirePair(ctx, input.pairId);
  },
  'mentoring.deleteSession': (ctx, { id }) => {
    const row = ctx.db.prepare('SELECT pair_id FROM mentoring_sessions WHERE id = ?').get(id) as
      { pair_id: string } | undefined;
    if (!row) throw notFound('session');
    q.deleteSession(ctx.db, id);
    return requirePair(ctx, row.pair_id);
  },
  'mentoring.listPreferences': (ctx) => q.listPreferences(ctx.db),
  'mentoring.savePreferences': (ctx, { personId, fields }) => {
    requirePerson(ctx, personId, 'personId');
    if (fields.managerId === personId) throw invalid('managerId: a person cannot be their own manager.', 'managerId');
    if (fields.managerId) requirePerson(ctx, fields.managerId, 'managerId');
    q.upsertPreferences(ctx.db, personId, fields, stamp(ctx));
    return q.findPreferences(ctx.db, personId)!;
  },
  'mentoring.importPreferences': (ctx, input) => importPreferences(ctx, input),
};

export const mentoringHandlers = { ...pairHandlers, ...matchHandlers };
