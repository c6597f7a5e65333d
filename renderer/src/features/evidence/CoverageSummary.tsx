import type { Coverage, CoverageRow } from '#shared/evidence/model';
import { formatMonth } from '#shared/format';

const ROLE_WORDS = { current: 'current level', target: 'next level' } as const;

function gapWords(row: CoverageRow, periodStart: string | null): string {
  if (!row.lastSeenOn) return 'nothing logged yet';
  return periodStart ? `nothing since ${formatMonth(row.lastSeenOn)}` : 'nothing';
}

/**
 * Per level (current and next), the competencies with evidence in the period and the gaps,
 * gaps first: "Growing others: nothing since June 2026".
 */
export function CoverageSummary({
  coverage,
  periodStart,
  headingLevel = 3,
}: {
  coverage: Coverage;
  periodStart: string | null;
  headingLevel?: 3 | 4;
}) {
  const H = `h${headingLevel}` as const;
  if (!coverage.ladderName) {
    return coverage.tags.length ? (
      <p className="muted">Tagged in this period: {coverage.tags.map((t) => `${t.name} (${t.count})`).join(', ')}.</p>
    ) : (
      <p className="muted">Not on a ladder, and no tagged evidence in this period.</p>
    );
  }
  if (!coverage.levels.length)
    return <p className="muted">Set their level on {coverage.ladderName} to see coverage.</p>;
  return (
    <div className="coverage">
      {coverage.levels.map((level) => {
        const gaps = level.rows.filter((r) => r.count === 0);
        const covered = level.rows.filter((r) => r.count > 0);
        return (
          <div key={level.levelId} className="coverage__level">
            <H className="coverage__title">
              {level.levelName} <span className="muted">({ROLE_WORDS[level.role]})</span>
            </H>
            <p className="coverage__tally">
              {covered.length} of {level.rows.length} {level.rows.length === 1 ? 'competency has' : 'competencies have'}{' '}
              evidence
            </p>
            {gaps.length ? (
              <ul className="coverage__list" aria-label={`No evidence for ${level.levelName}`}>
                {gaps.map((r) => (
                  <li key={r.competencyId} className="coverage__gap">
                    <strong>{r.name}</strong>: {gapWords(r, periodStart)}
                  </li>
                ))}
              </ul>
            ) : null}
            {covered.length ? (
              <div className="coverage__covered">
                <span className="muted">With evidence:</span>
                <ul className="coverage__list coverage__list--covered" aria-label={`Evidence for ${level.levelName}`}>
                  {covered.map((r) => (
                    <li key={r.competencyId}>
                      {r.name} <span className="muted">({r.count})</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
