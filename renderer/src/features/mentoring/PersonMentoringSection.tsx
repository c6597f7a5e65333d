import { formatNumber, plural } from '#shared/format';
import { Link } from 'wouter';
import type { Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { PairsTable } from './MentoringOverview';

/** The person's pairs (as mentor and as mentee) with their health, and their preferences. */
export function PersonMentoringSection({ person }: { person: Person }) {
  const data = useRequest(() => call('mentoring.forPerson', { personId: person.id }), person.id).data;
  if (!data) return null;
  const { asMentor, asMentee, preferences } = data;
  return (
    <section className="panel" aria-labelledby="mentoring-heading">
      <h2 id="mentoring-heading">Mentoring</h2>
      {preferences ? (
        <p>
          {preferences.wantsToMentor
            ? `Can mentor up to ${plural(preferences.capacity, 'person', 'people')}; ${preferences.openMentees ? `mentoring ${formatNumber(preferences.openMentees)} now` : 'mentoring no one now'}. `
            : ''}
          {preferences.wantsMentor ? 'Wants a mentor. ' : ''}
          {preferences.strengths.length ? `Strengths: ${preferences.strengths.join(', ')}. ` : ''}
          {preferences.interests.length ? `Wants to grow in: ${preferences.interests.join(', ')}.` : ''}
        </p>
      ) : (
        <p className="muted">No mentoring preferences recorded.</p>
      )}
      {asMentor.length ? (
        <>
          <h3>As mentor</h3>
          <PairsTable pairs={asMentor} caption={`${person.name} as mentor`} />
        </>
      ) : null}
      {asMentee.length ? (
        <>
          <h3>As mentee</h3>
          <PairsTable pairs={asMentee} caption={`${person.name} as mentee`} />
        </>
      ) : null}
      <div className="form-actions">
        <Link href="/mentoring/preferences" className="button">
          Mentoring preferences
        </Link>
        <Link href={`/mentoring/suggest/${person.id}`} className="button">
          Suggest a mentor
        </Link>
      </div>
    </section>
  );
}
