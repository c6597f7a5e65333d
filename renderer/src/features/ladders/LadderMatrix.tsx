import { Ellipsis } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { competenciesByArea, levelsOfTrack } from '#shared/ladders/doc';
import type { Level } from '#shared/ladders/model';
import { EXPECTATION_ROWS_MAX, type CompetencyOutline, type LadderOutline } from '#shared/ladders/view';
import { MenuButton, type MenuAction } from '#renderer/components/Menu';
import { ExpectationText } from './ExpectationText';
import type { ExpectationRows } from './useExpectationRows';

interface LadderMatrixProps {
  outline: LadderOutline;
  trackId: string;
  expectations: ExpectationRows;
  onEdit?: (competencyId: string, levelId: string) => void;
  onRemoveCompetency?: (competencyId: string) => void;
}

interface BlockProps extends Omit<LadderMatrixProps, 'outline' | 'trackId'> {
  areaName: string | null;
  competencies: CompetencyOutline[];
  levels: Level[];
}

/**
 * A competency's actions, in one menu on its row instead of an Edit link in every cell and a
 * Remove link under every name: edit its wording at one of the levels, or remove it.
 */
function CompetencyActions({
  competency,
  levels,
  loaded,
  onEdit,
  onRemoveCompetency,
}: {
  competency: CompetencyOutline;
  levels: Level[];
  /** Editing starts from the current wording, so it waits for the row's. */
  loaded: boolean;
} & Pick<LadderMatrixProps, 'onEdit' | 'onRemoveCompetency'>) {
  const actions: MenuAction[] = [
    ...(onEdit
      ? levels.map((l) => ({
          id: `edit-${l.id}`,
          label: `Edit at ${l.name}…`,
          isDisabled: !loaded,
          onAction: () => onEdit(competency.id, l.id),
        }))
      : []),
    ...(onRemoveCompetency
      ? [
          {
            id: 'remove',
            label: 'Remove competency…',
            tone: 'danger' as const,
            onAction: () => onRemoveCompetency(competency.id),
          },
        ]
      : []),
  ];
  if (actions.length === 0) return null;
  return (
    <MenuButton
      label={<Ellipsis className="icon" aria-hidden="true" />}
      ariaLabel={`Actions for ${competency.name}`}
      className="button button--quiet button--icon matrix__actions"
      actions={actions}
    />
  );
}

/** How far ahead of the screen a block's wording is asked for, so scrolling rarely meets a gap. */
const AHEAD = '800px 0px';

/** Up to EXPECTATION_ROWS_MAX rows (one tbody), whose wording is loaded when the block nears the screen. */
function Block({ areaName, competencies, levels, expectations, onEdit, onRemoveCompetency }: BlockProps) {
  const ref = useRef<HTMLTableSectionElement>(null);
  const { load, rows } = expectations;
  const ids = competencies.map((c) => c.id).join('\n');
  useEffect(() => {
    const element = ref.current;
    if (!element || !ids) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) load(ids.split('\n'));
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ids, load]);
  return (
    <tbody ref={ref}>
      {areaName !== null ? (
        <tr className="matrix__area">
          <th scope="colgroup" colSpan={levels.length + 1}>
            {areaName}
          </th>
        </tr>
      ) : null}
      {competencies.map((c) => {
        const row = rows.get(c.id);
        return (
          <tr key={c.id}>
            <th scope="row" className="matrix__competency">
              <div className="matrix__competency-head">
                <div>
                  <span>{c.name}</span>
                  {c.description ? <span className="matrix__description muted">{c.description}</span> : null}
                </div>
                <CompetencyActions
                  competency={c}
                  levels={levels}
                  loaded={row !== undefined}
                  onEdit={onEdit}
                  onRemoveCompetency={onRemoveCompetency}
                />
              </div>
            </th>
            {levels.map((l) => {
              const says = c.levels.includes(l.id);
              const e = row?.get(l.id);
              return (
                <td key={l.id} className="matrix__cell">
                  {!says ? (
                    <p className="muted matrix__empty">—</p>
                  ) : e ? (
                    <ExpectationText text={e.text} className="matrix__text" />
                  ) : (
                    <p className="muted matrix__loading">Loading…</p>
                  )}
                  {e?.examples.length ? (
                    <details>
                      <summary>Examples ({e.examples.length})</summary>
                      <ul>
                        {e.examples.map((x, i) => (
                          <li key={i}>
                            <ExpectationText text={x} />
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </td>
              );
            })}
          </tr>
        );
      })}
    </tbody>
  );
}

/** Competencies down, levels of one track across; each cell is what that level expects. */
export function LadderMatrix({ outline, trackId, ...rest }: LadderMatrixProps) {
  const levels = levelsOfTrack(outline, trackId);
  const blocks = competenciesByArea(outline).flatMap(({ area, competencies }) => {
    const out: { key: string; areaName: string | null; competencies: CompetencyOutline[] }[] = [];
    for (let i = 0; i < Math.max(1, competencies.length); i += EXPECTATION_ROWS_MAX) {
      out.push({
        key: `${area.id}:${i}`,
        areaName: i === 0 ? area.name : null,
        competencies: competencies.slice(i, i + EXPECTATION_ROWS_MAX),
      });
    }
    return out;
  });
  return (
    <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Ladder matrix, scrolls sideways">
      <table className="table matrix">
        <caption className="visually-hidden">Expectations by competency and level</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            {levels.map((l) => (
              <th key={l.id} scope="col">
                {l.name}
              </th>
            ))}
          </tr>
        </thead>
        {blocks.map((b) => (
          <Block key={b.key} areaName={b.areaName} competencies={b.competencies} levels={levels} {...rest} />
        ))}
      </table>
      {rest.expectations.error ? (
        <p className="error-message" role="alert">
          Could not load the wording: {rest.expectations.error.message}
        </p>
      ) : null}
    </div>
  );
}
