import { IMPORT_FORMAT_LABELS, type Ladder } from '../../../shared/ladders/model';
import type { HandlerContext } from '../../ipc/context';
import { conflict, invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { builtInLadder, builtInLadders } from './builtIn';
import { exportLadder } from './export';
import { previewImport } from './import';
import * as q from './queries';

type LadderChannel =
  | 'ladders.list'
  | 'ladders.get'
  | 'ladders.update'
  | 'ladders.delete'
  | 'ladders.previewImport'
  | 'ladders.import'
  | 'ladders.export'
  | 'ladders.builtIn'
  | 'ladders.addBuiltIn';

const stamp = (ctx: HandlerContext) => ctx.now().toISOString();

export function requireLadder(ctx: HandlerContext, id: string, versionId?: string): Ladder {
  const ladder = q.findLadder(ctx.db, id, versionId);
  if (!ladder) throw versionId && q.findLadder(ctx.db, id) ? notFound('version of this ladder', 'versionId') : notFound('ladder');
  return ladder;
}

export const ladderHandlers: HandlerMap<LadderChannel> = {
  'ladders.list': (ctx) => q.listLadders(ctx.db),
  'ladders.get': (ctx, { id, versionId }) => requireLadder(ctx, id, versionId),
  'ladders.update': (ctx, { id, doc }) => {
    const ladder = requireLadder(ctx, id);
    q.saveLadderDoc(ctx.db, id, ladder.currentVersionId, doc, stamp(ctx));
    return requireLadder(ctx, id);
  },
  'ladders.delete': (ctx, { id }) => {
    requireLadder(ctx, id);
    const used = q.countAssessmentsOfLadder(ctx.db, id);
    if (used > 0) {
      const who = used === 1 ? 'an assessment uses' : `${used} assessments use`;
      throw conflict(`id: ${who} this ladder, so it is kept; delete ${used === 1 ? 'it' : 'them'} first.`, 'id');
    }
    q.deleteLadder(ctx.db, id);
    return { deleted: true };
  },
  'ladders.previewImport': (_ctx, { format, text, fileName }) => previewImport(format, text, fileName),
  'ladders.import': (ctx, { format, text, fileName }) => {
    const preview = previewImport(format, text, fileName);
    if (!preview.ok) {
      const first = preview.errors[0];
      const where = first?.line ? `line ${first.line}: ` : '';
      throw invalid(`text: the file has ${preview.errors.length} problem${preview.errors.length === 1 ? '' : 's'}; nothing was imported. First: ${where}${first?.message ?? ''}`, 'text');
    }
    const source = `${IMPORT_FORMAT_LABELS[preview.format]}${fileName ? `: ${fileName}` : ''}`;
    return requireLadder(ctx, q.insertLadder(ctx.db, preview.ladder, source.slice(0, 300), stamp(ctx)));
  },
  'ladders.export': (ctx, { id, versionId }) => exportLadder(requireLadder(ctx, id, versionId).doc),
  'ladders.builtIn': () => builtInLadders(),
  'ladders.addBuiltIn': (ctx, { key }) => {
    const doc = builtInLadder(key);
    if (!doc) throw notFound('built-in ladder', 'key');
    return requireLadder(ctx, q.insertLadder(ctx.db, doc, 'Cairn starting point', stamp(ctx)));
  },
};
