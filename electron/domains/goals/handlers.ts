import { notAfterTodayMessage } from '#shared/rules/notAfterToday';
import { GOAL_STATUS_LABELS, type GoalFields } from '#shared/goals/model';
import { DUE_SOON_DAYS, isOpen } from '#shared/goals/flags';
import { findLevel } from '#shared/ladders/doc';
import type { HandlerContext, QueryContext } from '../../ipc/context';
import { invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { findLadder } from '../ladders/queries';
import { requirePerson } from '../people/requirePerson';
import { stamp, today } from '../clock';
import * as q from './queries';

type GoalChannel =
  | 'goals.list'
  | 'goals.create'
  | 'goals.update'
  | 'goals.delete'
  | 'goals.checkIn'
  | 'goals.setStatus'
  | 'goals.forPrep';

function requireGoal(ctx: QueryContext, id: string, field = 'id') {
  const goal = q.findGoal(ctx.db, id, today(ctx));
  if (!goal) throw notFound('goal', field);
  return goal;
}

/** Competencies and target level come from the linked ladder and must exist in it. */
function checkFields(ctx: HandlerContext, fields: GoalFields): void {
  if (fields.ladderId === null) {
    if (fields.competencyIds.length) throw invalid('Choose a ladder before linking competencies.', 'competencyIds');
    if (fields.targetLevel) throw invalid('Choose a ladder before a target level.', 'targetLevel');
    return;
  }
  const ladder = findLadder(ctx.db, fields.ladderId);
  if (!ladder) throw invalid('That ladder does not exist (it may have been deleted).', 'ladderId');
  if (fields.targetLevel && !findLevel(ladder.doc, fields.targetLevel)) {
    throw invalid(`"${fields.targetLevel}" is not a level of ${ladder.name}.`, 'targetLevel');
  }
  for (const c of fields.competencyIds) {
    if (!ladder.doc.competencies.some((x) => x.id === c))
      throw invalid(`"${c}" is not a competency of ${ladder.name}.`, 'competencyIds');
  }
}

export const goalHandlers: HandlerMap<GoalChannel> = {
  'goals.list': (ctx, { personId }) => {
    requirePerson(ctx, personId);
    return q.listGoals(ctx.db, personId, today(ctx));
  },
  'goals.create': (ctx, { personId, fields }) => {
    requirePerson(ctx, personId);
    checkFields(ctx, fields);
    return requireGoal(ctx, q.insertGoal(ctx.db, personId, fields, stamp(ctx)));
  },
  'goals.update': (ctx, { id, fields }) => {
    requireGoal(ctx, id);
    checkFields(ctx, fields);
    q.updateGoal(ctx.db, id, fields, stamp(ctx));
    return requireGoal(ctx, id);
  },
  'goals.delete': (ctx, { id }) => {
    requireGoal(ctx, id);
    q.deleteGoal(ctx.db, id);
    return { deleted: true };
  },
  'goals.checkIn': (ctx, { goalId, fields }) => {
    const goal = requireGoal(ctx, goalId, 'goalId');
    const checkedOn = fields.checkedOn ?? today(ctx);
    if (checkedOn > today(ctx)) throw invalid(notAfterTodayMessage('The check-in date', today(ctx)), 'checkedOn');
    q.insertCheckIn(ctx.db, goal, { checkedOn, note: fields.note }, stamp(ctx));
    return requireGoal(ctx, goalId, 'goalId');
  },
  'goals.setStatus': (ctx, { id, status }) => {
    const goal = requireGoal(ctx, id);
    if (goal.status === status)
      throw invalid(`“${goal.title}” is already ${GOAL_STATUS_LABELS[status].toLowerCase()}.`, 'status');
    q.setGoalStatus(ctx.db, id, status, stamp(ctx));
    return requireGoal(ctx, id);
  },
  'goals.forPrep': (ctx, { personId }) => {
    requirePerson(ctx, personId);
    const now = today(ctx);
    const open = q
      .listGoals(ctx.db, personId, now)
      .filter((g) => isOpen(g.status))
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || Number(b.stale) - Number(a.stale));
    return {
      open,
      dueSoon: open.filter((g) => q.dueWithin(g, now, DUE_SOON_DAYS)).length,
      overdue: open.filter((g) => g.overdue).length,
      stale: open.filter((g) => g.stale).length,
    };
  },
};
