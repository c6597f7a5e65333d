import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { levelsOfTrack } from '#shared/ladders/doc';
import { ratingRulesOfOutline } from '#shared/ladders/rules';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { AssessmentForm } from './AssessmentForm';
import { NamedOptions } from '#renderer/components/LabelledOptions';
import { SelectField } from '#renderer/components/InputFields';

/** New assessment (/assessments/new/:personId) and editing one (/assessments/:id/edit). */
export function AssessmentEditScreen() {
  const params = useParams<{ personId?: string; id?: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const existing = useRequest(
    () => (params.id ? call('assessments.get', { id: params.id }) : Promise.resolve(undefined)),
    params.id ?? 'new',
  );
  const personId = params.personId ?? existing.data?.personId;
  const person = useRequest(
    () => (personId ? call('people.get', { id: personId }) : Promise.resolve(undefined)),
    personId ?? '',
  );
  const ladders = useRequest(() => call('ladders.list', {}), 'ladders');
  const [ladderChoice, setLadder] = useState<string | null>(null);
  const [levelChoice, setLevel] = useState<string | null>(null);

  const p = person.data;
  const ladderId = existing.data?.ladderId ?? ladderChoice ?? p?.ladderId ?? ladders.data?.[0]?.id ?? null;
  // An assessment being edited keeps the ladder version it was made against.
  const versionId = existing.data?.versionId;
  const current = useRequest(
    () =>
      ladderId
        ? call('ladders.get', versionId ? { id: ladderId, versionId } : { id: ladderId })
        : Promise.resolve(undefined),
    `${ladderId ?? ''}:${versionId ?? ''}`,
  );
  const doc = current.data?.id === ladderId ? current.data?.outline : undefined;
  const personLevel = p && p.ladderId === ladderId ? p.level : '';
  const validLevel = (id: string | null | undefined) => (id && doc?.levels.some((l) => l.id === id) ? id : null);
  const levelId =
    validLevel(levelChoice) ??
    validLevel(existing.data?.levelId) ??
    validLevel(personLevel) ??
    doc?.levels[0]?.id ??
    null;
  const shownVersion = current.data?.version.id;
  // What the chosen level expects, competency by competency: the ratings the form asks for.
  const atLevel = useRequest(
    () =>
      ladderId && shownVersion && levelId
        ? call('ladders.atLevel', { id: ladderId, versionId: shownVersion, levelId })
        : Promise.resolve(undefined),
    `${ladderId ?? ''}:${shownVersion ?? ''}:${levelId ?? ''}`,
  );
  const error = existing.error ?? person.error ?? ladders.error ?? current.error ?? atLevel.error;
  if (error) return <ErrorMessage error={error} />;
  if (!p || !ladders.data || (params.id && !existing.data)) return null;

  const title = existing.data ? `Edit assessment of ${p.name}` : `Assess ${p.name}`;

  if (ladders.data.length === 0) {
    return (
      <>
        <PageHeader title={title} />
        <EmptyState title="No ladder to assess against" action={<Link href="/ladders">Go to ladders</Link>}>
          Import your company&apos;s ladder or add one of Cairn&apos;s starting points first.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title={title} subtitle={<Link href={`/people/${p.id}`}>Back to {p.name}</Link>} />
      <div className="panel assessment-head">
        <SelectField
          label="Ladder"
          value={ladderId ?? ''}
          disabled={Boolean(existing.data)}
          onChange={(e) => setLadder(e.target.value)}
        >
          <NamedOptions items={ladders.data} />
        </SelectField>
        {doc ? (
          <SelectField
            label="Level assessed against"
            hint="Their own level, or a target level."
            value={levelId ?? ''}
            onChange={(e) => setLevel(e.target.value)}
          >
            {doc.tracks.map((t) => (
              <optgroup key={t.id} label={t.name}>
                {levelsOfTrack(doc, t.id).map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                    {l.id === personLevel ? ' (their level)' : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        ) : null}
      </div>
      {doc && ladderId && levelId && atLevel.status === 'ready' && atLevel.data ? (
        <AssessmentForm
          key={`${ladderId}:${levelId}`}
          personId={p.id}
          competencies={atLevel.data}
          ladderId={ladderId}
          levelId={levelId}
          rules={ratingRulesOfOutline(doc, levelId)}
          existing={existing.data?.levelId === levelId ? existing.data : undefined}
          onCancel={() => navigate(existing.data ? `/assessments/${existing.data.id}` : `/people/${p.id}`)}
          onSubmit={async (fields) => {
            const saved = existing.data
              ? await call('assessments.update', { id: existing.data.id, fields })
              : await call('assessments.create', { personId: p.id, fields });
            notice('Assessment saved.');
            navigate(`/assessments/${saved.id}`);
          }}
        />
      ) : null}
    </>
  );
}
