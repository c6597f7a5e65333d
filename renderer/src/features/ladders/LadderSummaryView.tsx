import { formatList, plural } from '#shared/format';
import { competenciesByArea, levelsOfTrack } from '#shared/ladders/doc';
import type { LadderDoc } from '#shared/ladders/model';
import { scaleOf } from '#shared/ladders/scale';
import { ScaleSummary } from './ScaleLegend';

/** What an import would create: tracks with their levels, and competencies by area. */
export function LadderSummaryView({ doc }: { doc: LadderDoc }) {
  return (
    <div className="ladder-summary">
      <h3>{doc.name}</h3>
      {doc.description ? <p className="muted">{doc.description}</p> : null}
      <p>
        {formatList([
          plural(doc.tracks.length, 'track'),
          plural(doc.levels.length, 'level'),
          plural(doc.competencies.length, 'competency', 'competencies'),
          plural(doc.expectations.length, 'expectation'),
        ])}
        .
      </p>
      <ScaleSummary scale={scaleOf(doc)} custom={Boolean(doc.scale)} />
      <div className="ladder-summary__columns">
        <section aria-labelledby="preview-levels">
          <h4 id="preview-levels">Levels</h4>
          {doc.tracks.map((t) => (
            <div key={t.id}>
              {doc.tracks.length > 1 ? <p className="ladder-summary__track">{t.name}</p> : null}
              <ol aria-label={`Levels of ${t.name}`}>
                {levelsOfTrack(doc, t.id).map((l) => (
                  <li key={l.id}>{l.name}</li>
                ))}
              </ol>
            </div>
          ))}
        </section>
        <section aria-labelledby="preview-competencies">
          <h4 id="preview-competencies">Competencies</h4>
          {competenciesByArea(doc).map(({ area, competencies }) => (
            <div key={area.id}>
              <p className="ladder-summary__track">{area.name}</p>
              <ul aria-label={`Competencies in ${area.name}`}>
                {competencies.map((c) => (
                  <li key={c.id}>{c.name}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
    </div>
  );
}
