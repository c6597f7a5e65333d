import { useCallback, useEffect, useRef, useState } from 'react';
import type { Expectation } from '#shared/ladders/model';
import type { LadderView } from '#shared/ladders/view';
import { call } from '#renderer/api/client';

type Row = ReadonlyMap<string, Expectation>;
const NONE: ReadonlyMap<string, Row> = new Map();

const sameVersion = (a: LadderView | undefined, b: LadderView | undefined) =>
  a !== undefined && b !== undefined && a.id === b.id && a.version.id === b.version.id;

export interface ExpectationRows {
  /** A competency's expectations by level id, or undefined until its row has been loaded. */
  rows: ReadonlyMap<string, Row>;
  /** Loads the rows not loaded or on their way yet (at most EXPECTATION_ROWS_MAX at a time). */
  load: (competencyIds: string[]) => void;
  error: Error | undefined;
}

/**
 * The wording of the ladder matrix, loaded a block of rows at a time as the blocks come into
 * view: the outline comes with the ladder, the long texts only for what is looked at. A new
 * `ladder` (another version, or the answer to a save) asks again for the blocks in view; after
 * an edit of the same version the rows already shown stay until their fresh wording arrives,
 * so a save does not blank the screen.
 */
export function useExpectationRows(ladder: LadderView | undefined): ExpectationRows {
  const [state, setState] = useState<{ ladder: LadderView | undefined; rows: ReadonlyMap<string, Row>; error?: Error }>(
    { ladder, rows: NONE },
  );
  const asked = useRef<{ ladder: LadderView | undefined; ids: Set<string> }>({ ladder, ids: new Set() });
  const latest = useRef(ladder);
  useEffect(() => {
    latest.current = ladder;
  }, [ladder]);

  const load = useCallback(
    (competencyIds: string[]) => {
      if (!ladder) return;
      if (asked.current.ladder !== ladder) asked.current = { ladder, ids: new Set() };
      const ids = asked.current.ids;
      const missing = competencyIds.filter((id) => !ids.has(id));
      if (!missing.length) return;
      for (const id of missing) ids.add(id);
      call('ladders.expectations', { id: ladder.id, versionId: ladder.version.id, competencyIds: missing }).then(
        (list) => {
          if (latest.current !== ladder) return;
          setState((s) => {
            const rows = new Map(sameVersion(s.ladder, ladder) ? s.rows : NONE);
            const fresh = new Map(missing.map((id) => [id, new Map<string, Expectation>()]));
            for (const e of list) fresh.get(e.competency)?.set(e.level, e);
            for (const [id, row] of fresh) rows.set(id, row);
            return { ladder, rows };
          });
        },
        (error: unknown) => {
          for (const id of missing) ids.delete(id);
          if (latest.current === ladder)
            setState((s) => ({ ...s, error: error instanceof Error ? error : new Error(String(error)) }));
        },
      );
    },
    [ladder],
  );

  return {
    rows: sameVersion(state.ladder, ladder) ? state.rows : NONE,
    load,
    error: state.ladder === ladder ? state.error : undefined,
  };
}
