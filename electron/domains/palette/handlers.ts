import { PALETTE_GROUP_LIMIT, type PaletteResults } from '#shared/palette/model';
import type { HandlerMap } from '../../ipc/handlers';
import { searchGoalsByTitle } from '../goals/search';
import { searchCandidates } from '../interviews/candidateSearch';
import { searchNotes } from '../oneOnOnes/search';
import { peopleNamed } from '../people/queries';

const none: PaletteResults = { people: [], notes: [], goals: [], candidates: [] };

/**
 * The command palette's search: each domain's own search, a few results each. Notes go
 * through 1:1 search (FTS, punctuation-safe) without private notes: the palette is opened
 * in front of others too. Blank text finds nothing rather than everything.
 */
export const paletteHandlers: HandlerMap<'palette.search'> = {
  'palette.search': (ctx, { text }) => {
    const search = text.trim();
    if (!search) return none;
    const limit = PALETTE_GROUP_LIMIT;
    return {
      people: peopleNamed(ctx.db, search, limit),
      notes: searchNotes(ctx.db, { text: search }, limit),
      goals: searchGoalsByTitle(ctx.db, search, limit),
      candidates: searchCandidates(ctx.db, search, limit),
    };
  },
};
