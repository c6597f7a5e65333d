import { plural } from '#shared/format';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { CADENCE_PRESETS, type GroupAssignment } from '#shared/mentoring/model';
import {
  MATCH_STRENGTH_LABELS,
  MATCH_STRENGTH_MEANINGS,
  matchStrength,
  matchSummary,
  type MatchStrength,
} from '#shared/mentoring/matchStrength';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { SelectField } from '#renderer/components/InputFields';

const ASSIGNMENT_COLUMNS: Column<GroupAssignment>[] = [
  { id: 'mentee', header: 'Mentee', cell: (a) => a.mentee.name },
  { id: 'mentor', header: 'Mentor', cell: (a) => a.mentor.name },
  { id: 'match', header: 'Match', cell: (a) => MATCH_STRENGTH_LABELS[matchStrength(a.score)] },
  {
    id: 'why',
    header: 'Why',
    cell: (a) => (
      <ul className="reasons">
        {a.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    ),
  },
];

/** How well the proposal matches as a whole, and what each word in the Match column means. */
function MatchLegend({ scores }: { scores: number[] }) {
  return (
    <div className="match-legend">
      <p>In all: {matchSummary(scores)}.</p>
      <dl className="muted">
        {(Object.keys(MATCH_STRENGTH_LABELS) as MatchStrength[]).map((strength) => (
          <div key={strength}>
            <dt>{MATCH_STRENGTH_LABELS[strength]}:</dt> <dd>{MATCH_STRENGTH_MEANINGS[strength]}.</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * The best assignment of every waiting mentee at once (highest total match within each
 * mentor's capacity), to review and then accept as proposed pairs, all or nothing.
 */
export function GroupProposalScreen() {
  const [, navigate] = useLocation();
  const notice = useToast();
  // Asked again after a refusal: the team changed since the proposal was drawn, though nothing was written.
  const [attempt, setAttempt] = useState(0);
  const proposal = useRequest(() => call('mentoring.proposeGroup', {}), `group#${attempt}`);
  const today = useRequest(() => call('mentoring.overview', {}), 'today');
  const [cadence, setCadence] = useState('14');
  const [error, setError] = useState<Error | null>(null);
  const data = proposal.data;

  const accept = async () => {
    if (!data || !today.data) return;
    try {
      const { created } = await call('mentoring.acceptGroup', {
        assignments: data.assignments.map((a) => ({ mentorId: a.mentor.id, menteeId: a.mentee.id })),
        cadenceDays: Number(cadence),
        startDate: today.data.today,
      });
      notice(`${plural(created, 'proposed pair')} created.`);
      navigate('/mentoring');
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      setAttempt((n) => n + 1);
    }
  };

  return (
    <>
      <PageHeader
        title="Group proposal"
        subtitle="Every mentee waiting for a mentor, matched for the best total fit within each mentor’s capacity"
      />
      {proposal.error ? <ErrorMessage error={proposal.error} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {data && data.assignments.length === 0 ? (
        <EmptyState
          title="Nobody to match"
          action={
            <Link href="/mentoring/preferences" className="button">
              Mentoring preferences
            </Link>
          }
        >
          <p>No one who wants a mentor is waiting for one with a mentor who fits and has room.</p>
        </EmptyState>
      ) : null}
      {data && data.assignments.length ? (
        <>
          <DataTable
            rows={data.assignments}
            rowKey={(a) => a.mentee.id}
            columns={ASSIGNMENT_COLUMNS}
            caption="Proposed pairs"
            className="mentoring-table"
          />
          <MatchLegend scores={data.assignments.map((a) => a.score)} />
          <form
            className="group-accept"
            onSubmit={(e) => {
              e.preventDefault();
              void accept();
            }}
          >
            <SelectField
              label="Cadence for the new pairs"
              id="group-cadence"
              value={cadence}
              onChange={(e) => setCadence(e.target.value)}
            >
              {CADENCE_PRESETS.map((p) => (
                <option key={p.days} value={String(p.days)}>
                  {p.label}
                </option>
              ))}
            </SelectField>
            <button type="submit" className="button button--primary">
              Create {plural(data.assignments.length, 'proposed pair')}
            </button>
          </form>
        </>
      ) : null}
      {data?.unassigned.length ? (
        <section className="panel" aria-labelledby="unassigned-heading">
          <h2 id="unassigned-heading">Left without a mentor</h2>
          <ul>
            {data.unassigned.map((u) => (
              <li key={u.mentee.id}>
                <strong>{u.mentee.name}</strong>: {u.why}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
