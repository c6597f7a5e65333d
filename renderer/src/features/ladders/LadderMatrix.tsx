import { Ellipsis } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { markWords, type LadderFor } from './levelFocus';
import { competenciesByArea } from '#shared/ladders/doc';
import type { Level } from '#shared/ladders/model';
import { EXPECTATION_ROWS_MAX, type CompetencyOutline, type LadderOutline } from '#shared/ladders/view';
import { MenuButton, type MenuAction } from '#renderer/components/Menu';
import { ExpectationText } from './ExpectationText';
import type { ExpectationRows } from './useExpectationRows';

interface LadderMatrixProps {
  outline: LadderOutline;
  expectations: ExpectationRows;
  /** The levels shown: all of the track's, or two neighbours chosen to compare. */
  levels: Level[];
  /** Opened for a person: their level and the next one stand out, in words as well as colour. */
  person?: LadderFor | null;
  onEdit?: (competencyId: string, levelId: string) => void;
  onRemoveCompetency?: (competencyId: string) => void;
}

interface BlockProps extends Omit<LadderMatrixProps, 'outline'> {
  areaName: string | null;
  competencies: CompetencyOutline[];
}

/** The class that makes a marked level's column stand out, in its heading and each of its cells. */
const markClass = (person: LadderFor | null | undefined, levelId: string) => {
  const mark = person?.marks.get(levelId);
  return mark ? ` matrix__level--${mark}` : '';
};

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
function Block({ areaName, competencies, levels, person, expectations, onEdit, onRemoveCompetency }: BlockProps) {
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
            <span className="matrix__area-name">{areaName}</span>
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
                <td key={l.id} className={`matrix__cell${markClass(person, l.id)}`}>
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
export function LadderMatrix({ outline, levels, ...rest }: LadderMatrixProps) {
  const scroller = useRef<HTMLDivElement>(null);
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
  // Opened for a person, the matrix starts scrolled so their level sits beside the competencies.
  const current = [...(rest.person?.marks ?? [])].find(([, m]) => m === 'current')?.[0];
  const shownIds = levels.map((l) => l.id).join(' ');
  useEffect(() => {
    const box = scroller.current;
    const heading = box?.querySelector<HTMLElement>('th.matrix__level--current');
    const first = box?.querySelector<HTMLElement>('thead th');
    if (!box || !heading || !first) return;
    // After layout: measured on screen, so the level lands right beside the sticky competency column.
    const frame = requestAnimationFrame(() => {
      box.scrollLeft += heading.getBoundingClientRect().left - first.getBoundingClientRect().right;
    });
    return () => cancelAnimationFrame(frame);
  }, [current, shownIds]);
  return (
    <div
      ref={scroller}
      className="matrix-scroll"
      tabIndex={0}
      role="region"
      aria-label="Ladder matrix, scrolls sideways"
    >
      <table className="table matrix">
        <caption className="visually-hidden">Expectations by competency and level</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            {levels.map((l) => {
              const mark = rest.person?.marks.get(l.id);
              return (
                <th key={l.id} scope="col" className={`matrix__level${markClass(rest.person, l.id)}`}>
                  {l.name}
                  {mark && rest.person ? (
                    <span className="matrix__mark">
                      <span className="visually-hidden">, </span>
                      {markWords(mark, rest.person.name)}
                    </span>
                  ) : null}
                </th>
              );
            })}
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
