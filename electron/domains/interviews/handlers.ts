import { randomUUID } from 'node:crypto';
import { ITEM_NEEDS_COMPETENCY, type KitFields } from '#shared/interviews/model';
import type { HandlerContext, QueryContext } from '../../ipc/context';
import { conflict, invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { leaveNoTrace } from '../eraseTraces';
import { findPerson } from '../people/queries';
import { requireCandidate, requireKit, stamp, today } from './access';
import * as q from './queries';
import { decisionsOf, panelOf } from './scorecardQueries';

type Channel =
  | 'interviews.getPrefs'
  | 'interviews.updatePrefs'
  | 'interviews.listInterviewers'
  | 'interviews.createInterviewer'
  | 'interviews.listRoles'
  | 'interviews.getRole'
  | 'interviews.createRole'
  | 'interviews.updateRole'
  | 'interviews.getKit'
  | 'interviews.saveKit'
  | 'interviews.listCandidates'
  | 'interviews.createCandidate'
  | 'interviews.updateCandidate'
  | 'interviews.getCandidate'
  | 'interviews.eraseCandidate';

function requireRole(ctx: QueryContext, id: string, field = 'id') {
  const role = q.findRole(ctx.db, id);
  if (!role) throw notFound('role', field);
  return role;
}

/** Checks a kit against its role and gives every item a key that lasts across versions. */
function prepareKit(ctx: HandlerContext, roleId: string, kitId: string | null, fields: KitFields) {
  const role = requireRole(ctx, roleId, 'roleId');
  const previous = kitId ? requireKit(ctx, kitId, 'kitId') : undefined;
  if (previous && previous.roleId !== roleId) throw invalid('That kit belongs to another role.', 'kitId');
  const clash = role.kits.find((k) => k.id !== kitId && k.stage.toLowerCase() === fields.stage.toLowerCase());
  if (clash) throw conflict(`This role already has a kit for the stage "${clash.stage}".`, 'fields.stage');
  const known = new Set(previous?.current.items.map((i) => i.key) ?? []);
  const items = fields.items.map((item, i) => {
    if (item.competencyId !== null && !role.competencies.some((c) => c.id === item.competencyId)) {
      throw invalid(`That competency is not one of this role's.`, `fields.items.${i}.competencyId`);
    }
    if (fields.kind === 'interview' && item.competencyId === null) {
      throw invalid(ITEM_NEEDS_COMPETENCY, `fields.items.${i}.competencyId`);
    }
    return { ...item, key: item.key && known.has(item.key) ? item.key : randomUUID() };
  });
  return { ...fields, items };
}

export const interviewHandlers: HandlerMap<Channel> = {
  'interviews.getPrefs': (ctx) => q.getPrefs(ctx.db),
  'interviews.updatePrefs': (ctx, prefs) => {
    if (prefs.selfInterviewerId && !q.findInterviewer(ctx.db, prefs.selfInterviewerId)) {
      throw invalid('That panel member does not exist.', 'selfInterviewerId');
    }
    // Switching identity must not become a way round independent scoring.
    const current = q.getPrefs(ctx.db).selfInterviewerId;
    if (current && current !== prefs.selfInterviewerId && q.countDrafts(ctx.db, current) > 0) {
      throw conflict(
        'Submit your own draft scorecards before changing who you are on the panel; otherwise the debriefs they keep closed would open.',
        'selfInterviewerId',
      );
    }
    q.setPrefs(ctx.db, prefs);
    return q.getPrefs(ctx.db);
  },
  'interviews.listInterviewers': (ctx) => q.listInterviewers(ctx.db),
  'interviews.createInterviewer': (ctx, fields) => {
    if (fields.personId && !findPerson(ctx.db, fields.personId))
      throw invalid('That person does not exist.', 'personId');
    if (q.findInterviewerByName(ctx.db, fields.name))
      throw conflict(`"${fields.name}" is already on the panel list.`, 'name');
    return q.findInterviewer(ctx.db, q.insertInterviewer(ctx.db, fields, stamp(ctx)))!;
  },
  'interviews.listRoles': (ctx) => q.listRoles(ctx.db),
  'interviews.getRole': (ctx, { id }) => requireRole(ctx, id),
  'interviews.createRole': (ctx, fields) => requireRole(ctx, q.insertRole(ctx.db, fields, stamp(ctx))),
  'interviews.updateRole': (ctx, { id, fields }) => {
    requireRole(ctx, id);
    q.updateRole(ctx.db, id, fields);
    return requireRole(ctx, id);
  },
  'interviews.getKit': (ctx, { id }) => requireKit(ctx, id),
  'interviews.saveKit': (ctx, { roleId, kitId, fields }) => {
    const prepared = prepareKit(ctx, roleId, kitId, fields);
    return requireKit(ctx, q.insertKitVersion(ctx.db, kitId, roleId, prepared, stamp(ctx)));
  },
  'interviews.listCandidates': (ctx, { roleId, erasureDue }) => {
    const all = q.listCandidates(ctx.db, roleId, today(ctx));
    return erasureDue === undefined ? all : all.filter((c) => c.erasureDue === erasureDue);
  },
  'interviews.createCandidate': (ctx, { roleId, fields }) => {
    requireRole(ctx, roleId, 'roleId');
    return requireCandidate(ctx, q.insertCandidate(ctx.db, roleId, fields, stamp(ctx)));
  },
  'interviews.updateCandidate': (ctx, { id, fields }) => {
    requireCandidate(ctx, id);
    q.updateCandidate(ctx.db, id, fields);
    return requireCandidate(ctx, id);
  },
  'interviews.getCandidate': (ctx, { id }) => {
    const candidate = requireCandidate(ctx, id);
    return {
      candidate,
      kits: requireRole(ctx, candidate.roleId).kits,
      panel: panelOf(ctx.db, id),
      decisions: decisionsOf(ctx.db, id),
    };
  },
  'interviews.eraseCandidate': (ctx, { id, confirmName }) => {
    const candidate = requireCandidate(ctx, id);
    if (confirmName.trim() !== candidate.name) {
      throw invalid(`Type the name exactly as shown ("${candidate.name}") to erase.`, 'confirmName');
    }
    q.deleteCandidate(ctx.db, id);
    leaveNoTrace(ctx);
    return { erased: true };
  },
};
