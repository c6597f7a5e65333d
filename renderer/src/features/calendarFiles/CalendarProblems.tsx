import type { CalendarProblem } from '#shared/calendarFiles/model';
import { plural } from '#shared/format';
import { calendarProblemSentence } from '#shared/calendarFiles/problemWords';

/** Events that looked like 1:1s but will not be imported, each with its line and the reason. */
export function CalendarProblems({ problems }: { problems: CalendarProblem[] }) {
  if (!problems.length) return null;
  return (
    <section className="panel import-problems" aria-labelledby="calendar-problems">
      <h2 id="calendar-problems">{plural(problems.length, 'event')} not imported</h2>
      <p className="muted">
        {problems.length === 1
          ? 'It looks like a 1:1, but Cairn cannot keep it as a series as it is.'
          : 'These look like 1:1s, but Cairn cannot keep them as a series as they are.'}
      </p>
      <ul className="import-problems__list">
        {problems.map((p, i) => (
          <li key={i}>{calendarProblemSentence(p)}</li>
        ))}
      </ul>
    </section>
  );
}
