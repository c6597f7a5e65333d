import { competenciesByArea, expectationOf, levelsOfTrack } from '../../../../shared/ladders/doc';
import type { LadderDoc } from '../../../../shared/ladders/model';

interface LadderMatrixProps {
  doc: LadderDoc;
  trackId: string;
  onEdit?: (competencyId: string, levelId: string) => void;
  onRemoveCompetency?: (competencyId: string) => void;
}

/** Competencies down, levels of one track across; each cell is what that level expects. */
export function LadderMatrix({ doc, trackId, onEdit, onRemoveCompetency }: LadderMatrixProps) {
  const levels = levelsOfTrack(doc, trackId);
  const groups = competenciesByArea(doc);
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
        {groups.map(({ area, competencies }) => (
          <tbody key={area.id}>
            <tr className="matrix__area">
              <th scope="colgroup" colSpan={levels.length + 1}>
                {area.name}
              </th>
            </tr>
            {competencies.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="matrix__competency">
                  <span>{c.name}</span>
                  {c.description ? <span className="matrix__description muted">{c.description}</span> : null}
                  {onRemoveCompetency ? (
                    <button type="button" className="button button--quiet matrix__remove" onClick={() => onRemoveCompetency(c.id)} aria-label={`Remove ${c.name}`}>
                      Remove
                    </button>
                  ) : null}
                </th>
                {levels.map((l) => {
                  const e = expectationOf(doc, c.id, l.id);
                  return (
                    <td key={l.id} className="matrix__cell">
                      {e ? <p className="matrix__text">{e.text}</p> : <p className="muted matrix__empty">—</p>}
                      {e?.examples.length ? (
                        <details>
                          <summary>Examples ({e.examples.length})</summary>
                          <ul>
                            {e.examples.map((x, i) => (
                              <li key={i}>{x}</li>
                            ))}
                          </ul>
                        </details>
                      ) : null}
                      {onEdit ? (
                        <button type="button" className="button button--quiet matrix__edit" onClick={() => onEdit(c.id, l.id)} aria-label={`Edit ${c.name} at ${l.name}`}>
                          Edit
                        </button>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
