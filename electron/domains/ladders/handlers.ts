import { plural } from '#shared/format';
import { competenciesAtLevel, expectationOf } from '#shared/ladders/doc';
import { diffLadders } from '#shared/ladders/diff';
import { IMPORT_FORMAT_LABELS, ladderDocSchema, type Ladder } from '#shared/ladders/model';
import { applyEdit, editProblem, ladderView } from '#shared/ladders/view';
import { problemAfterEdit } from '#shared/ladders/afterEdit';
import type { HandlerContext, QueryContext } from '../../ipc/context';
import { conflict, invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { builtInLadder, builtInLadders } from './builtIn';
import { exportLadder } from './export';
import { previewImport } from './import';
import * as q from './queries';

type LadderChannel =
  | 'ladders.list'
  | 'ladders.get'
  | 'ladders.expectations'
  | 'ladders.atLevel'
  | 'ladders.diff'
  | 'ladders.edit'
  | 'ladders.update'
  | 'ladders.delete'
  | 'ladders.previewImport'
  | 'ladders.import'
  | 'ladders.export'
  | 'ladders.builtIn'
  | 'ladders.addBuiltIn';

import { stamp } from '../clock';

export function requireLadder(ctx: QueryContext, id: string, versionId?: string): Ladder {
  const ladder = q.findLadder(ctx.db, id, versionId);
  if (!ladder)
    throw versionId && q.findLadder(ctx.db, id) ? notFound('version of this ladder', 'versionId') : notFound('ladder');
  return ladder;
}

const view = (ctx: HandlerContext, id: string) => ladderView(requireLadder(ctx, id));

export const ladderHandlers: HandlerMap<LadderChannel> = {
  'ladders.list': (ctx) => q.listLadders(ctx.db),
  'ladders.get': (ctx, { id, versionId }) => ladderView(requireLadder(ctx, id, versionId)),
  'ladders.expectations': (ctx, { id, versionId, competencyIds }) => {
    const { doc } = requireLadder(ctx, id, versionId);
    const known = new Set(doc.competencies.map((c) => c.id));
    competencyIds.forEach((c, i) => {
      if (!known.has(c))
        throw invalid(`That competency is no longer in ${doc.name}: open the ladder again.`, `competencyIds.${i}`);
    });
    const wanted = new Set(competencyIds);
    return doc.expectations.filter((e) => wanted.has(e.competency));
  },
  'ladders.atLevel': (ctx, { id, versionId, levelId }) => {
    const { doc } = requireLadder(ctx, id, versionId);
    if (!doc.levels.some((l) => l.id === levelId))
      throw invalid(`That level is no longer in ${doc.name}: choose one of its levels.`, 'levelId');
    return competenciesAtLevel(doc, levelId).map((c) => ({
      competencyId: c.id,
      name: c.name,
      text: expectationOf(doc, c.id, levelId)!.text,
    }));
  },
  'ladders.diff': (ctx, { id, fromVersionId, toVersionId }) => {
    const from = q.findLadder(ctx.db, id, fromVersionId);
    const to = q.findLadder(ctx.db, id, toVersionId);
    if (!from) throw notFound('version of this ladder', 'fromVersionId');
    if (!to) throw notFound('version of this ladder', 'toVersionId');
    return diffLadders(from.doc, to.doc);
  },
  'ladders.edit': (ctx, { id, edit }) => {
    const ladder = requireLadder(ctx, id);
    const problem = editProblem(ladder.doc, edit);
    if (problem) throw invalid(`${problem[1]}.`, `edit.${problem[0]}`);
    const next = ladderDocSchema.safeParse(applyEdit(ladder.doc, edit));
    if (!next.success) {
      const issue = next.error.issues[0]!;
      throw invalid(problemAfterEdit(issue.path, issue.message), 'edit');
    }
    q.saveLadderDoc(ctx.db, id, ladder.currentVersionId, next.data, stamp(ctx));
    return view(ctx, id);
  },
  'ladders.update': (ctx, { id, doc }) => {
    const ladder = requireLadder(ctx, id);
    q.saveLadderDoc(ctx.db, id, ladder.currentVersionId, doc, stamp(ctx));
    return view(ctx, id);
  },
  'ladders.delete': (ctx, { id }) => {
    requireLadder(ctx, id);
    const used = q.countAssessmentsOfLadder(ctx.db, id);
    if (used > 0) {
      const who = used === 1 ? 'An assessment uses' : `${used} assessments use`;
      throw conflict(`${who} this ladder, so it is kept; delete ${used === 1 ? 'it' : 'them'} first.`, 'id');
    }
    q.deleteLadder(ctx.db, id);
    return { deleted: true };
  },
  'ladders.previewImport': (_ctx, { format, text, fileName }) => previewImport(format, text, fileName),
  'ladders.import': (ctx, { format, text, fileName }) => {
    const preview = previewImport(format, text, fileName);
    if (!preview.ok) {
      const first = preview.errors[0];
      const where = first?.line ? `on line ${first.line}, ` : '';
      throw invalid(
        `The file has ${plural(preview.errors.length, 'problem')}; nothing was imported. First, ${where}${first?.message ?? ''}`,
        'text',
      );
    }
    const source = `${IMPORT_FORMAT_LABELS[preview.format]}${fileName ? `: ${fileName}` : ''}`;
    return view(ctx, q.insertLadder(ctx.db, preview.ladder, source.slice(0, 300), stamp(ctx)));
  },
  'ladders.export': (ctx, { id, versionId }) => exportLadder(requireLadder(ctx, id, versionId).doc),
  'ladders.builtIn': () => builtInLadders(),
  'ladders.addBuiltIn': (ctx, { key }) => {
    const doc = builtInLadder(key);
    if (!doc) throw notFound('built-in ladder', 'key');
    return view(ctx, q.insertLadder(ctx.db, doc, 'Cairn starting point', stamp(ctx)));
  },
};
