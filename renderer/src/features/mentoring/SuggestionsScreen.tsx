import { useState } from 'react';
import { formatDate } from '#shared/format';
import { Link, useLocation, useParams } from 'wouter';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { PersonPicker } from '#renderer/components/pickers/PersonPicker';

/** Ranked mentors for one mentee (/mentoring/suggest/:menteeId), with the reasons for each. */
export function SuggestionsScreen() {
  const { menteeId } = useParams<{ menteeId?: string }>();
  const [, navigate] = useLocation();
  const [chosen, setChosen] = useState<{ for: string | undefined; id: string | null } | null>(null);
  // The choice starts from the address, and again when the address changes (e.g. after a re-match).
  const mentee = chosen && chosen.for === menteeId ? chosen.id : (menteeId ?? null);
  const result = useRequest(
    () => (menteeId ? call('mentoring.suggest', { menteeId }) : Promise.resolve(null)),
    menteeId ?? 'none',
  );
  const data = result.data;

  return (
    <>
      <PageHeader
        title={data ? `Mentors for ${data.mentee.name}` : 'Find a mentor'}
        subtitle="Ranked by how well each mentor’s strengths meet the mentee’s assessment gaps and what they want to grow."
      />
      <form
        className="filters"
        aria-label="Choose a mentee"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(mentee ? `/mentoring/suggest/${mentee}` : '/mentoring/suggest');
        }}
      >
        <div className="field--narrow">
          <PersonPicker label="Mentee" value={mentee} onChange={(id) => setChosen({ for: menteeId, id })} />
        </div>
        {/* Choosing whom to look at is a filter; the screen's one primary action is pairing with the best match. */}
        <button type="submit" className="button">
          Show mentors
        </button>
      </form>
      {result.error ? <ErrorMessage error={result.error} /> : null}
      {data ? (
        <>
          <div className="mentee-basis">
            <p className="muted">
              {data.wanted.length
                ? `Wants to grow in: ${data.wanted.join(', ')}.`
                : 'Nothing recorded that they want to grow in yet.'}{' '}
              {data.hasPreferences ? null : (
                <Link href="/mentoring/preferences">Record their mentoring preferences</Link>
              )}
            </p>
            {data.gaps?.names.length ? (
              <p className="muted">
                {`Working towards, in their assessment of ${formatDate(data.gaps.assessedOn)}: ${data.gaps.names.join(', ')}.`}
              </p>
            ) : null}
          </div>
          {data.suggestions.length === 0 ? (
            <EmptyState
              title="No mentor to suggest"
              action={
                <Link href="/mentoring/preferences" className="button">
                  Mentoring preferences
                </Link>
              }
            >
              <p>
                No mentor with room declares a strength in what {data.mentee.name} wants to grow, or is assessed as
                exceeding where they are working towards. Add mentors’ strengths and capacity in their mentoring
                preferences.
              </p>
            </EmptyState>
          ) : (
            <ol className="suggestions">
              {data.suggestions.map((s, i) => (
                <li key={s.mentorId} className="panel suggestion">
                  <div className="suggestion__head">
                    <h2>
                      {i + 1}. {s.mentorName}
                    </h2>
                    {/* The list is already ranked and each reason says why: the points behind the rank say nothing more. */}
                    {i === 0 ? <span className="badge">Best match</span> : null}
                  </div>
                  <ul aria-label={`Why ${s.mentorName}`}>
                    {s.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                  <Link
                    href={`/mentoring/pairs/new/${data.mentee.id}/${s.mentorId}`}
                    className={i === 0 ? 'button button--primary' : 'button'}
                  >
                    Pair {data.mentee.name} with {s.mentorName}
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </>
  );
}
