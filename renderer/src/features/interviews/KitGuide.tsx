import { formatDateTime } from '#shared/format';
import type { Amendment, KitVersion } from '#shared/interviews/model';

/** The kit beside the scorecard: questions with guidance, the time plan, and any amendments. */
export function KitGuide({ kit, amendments }: { kit: KitVersion; amendments: Amendment[] }) {
  return (
    <aside className="panel iv-guide" aria-label="Interview kit">
      <h2>Questions</h2>
      {kit.questions.length ? (
        <ol>
          {kit.questions.map((q, i) => (
            <li key={i}>
              {q.text}
              {q.guidance ? <p className="muted">{q.guidance}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No questions in this kit.</p>
      )}
      {kit.timePlan.length ? (
        <>
          <h2>Time plan</h2>
          <ul>
            {kit.timePlan.map((t, i) => (
              <li key={i}>
                {t.label}: {t.minutes} min
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {amendments.length ? (
        <>
          <h2>Amendments</h2>
          <ul aria-label="Amendments">
            {amendments.map((a) => (
              <li key={a.id}>
                <time dateTime={a.at}>{formatDateTime(a.at)}</time>: {a.summary}.{' '}
                <span className="muted">Reason: {a.reason}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
