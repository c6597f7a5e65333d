import { formatDate } from '#shared/format';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { RELATIONSHIP_LABELS, type Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { downloadText } from '#renderer/components/download';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { EraseDialog } from './EraseDialog';
import { personPageSections } from './personPageSections';
import { NotFound } from '#renderer/components/NotFound';

function Facts({ person }: { person: Person }) {
  const rows: [string, string | null][] = [
    ['Preferred name', person.preferredName || null],
    ['Pronouns', person.pronouns || null],
    ['Team', person.teamName ?? 'No team'],
    ['Relationship', RELATIONSHIP_LABELS[person.relationship]],
    // On a ladder, the ladder's own panel names the track and level; these are its keys.
    ['Track', person.ladderId ? null : person.track || null],
    ['Level', person.ladderId ? null : person.level || null],
    ['Start date', person.startDate && formatDate(person.startDate)],
    ['Time zone', person.timeZone],
  ];
  return (
    <dl className="facts">
      {rows
        .filter(([, v]) => v)
        .map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function PersonScreen() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const person = useRequest(() => call('people.get', { id }), id);
  const [erasing, setErasing] = useState(false);

  const act = (run: () => Promise<unknown>, done: string) =>
    run().then(
      () => {
        notice(done);
        person.reload();
      },
      (e: Error) => notice(e.message, 'error'),
    );

  const exportPerson = async () => {
    try {
      const result = await call('people.export', { id });
      downloadText(`${result.fileBaseName}.json`, result.json, 'application/json');
      downloadText(`${result.fileBaseName}.md`, result.markdown, 'text/markdown');
      notice('Export saved as JSON and Markdown.');
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  if (person.error) {
    return <NotFound title="Person not found" error={person.error} backHref="/people" backLabel="Back to people" />;
  }
  const p = person.data;
  if (!p) return null;
  return (
    <>
      <PageHeader
        title={p.name}
        subtitle={
          <>
            {p.title || 'No role set'}
            {p.status === 'left' ? (
              <span className="badge">Left{p.leftOn ? ` on ${formatDate(p.leftOn)}` : ''}</span>
            ) : null}
          </>
        }
        actions={
          <>
            <Link href={`/people/${p.id}/edit`} className="button button--primary">
              Edit
            </Link>
            {p.status === 'active' ? (
              <button
                type="button"
                className="button"
                onClick={() => void act(() => call('people.archive', { id }), `${p.name} archived as left.`)}
              >
                Archive
              </button>
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => void act(() => call('people.restore', { id }), `${p.name} restored.`)}
              >
                Restore
              </button>
            )}
            <button type="button" className="button" onClick={() => void exportPerson()}>
              Export
            </button>
            <button type="button" className="button button--danger-quiet" onClick={() => setErasing(true)}>
              Erase…
            </button>
          </>
        }
      />
      <section className="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <Facts person={p} />
      </section>
      {personPageSections.map(({ id: sectionId, Component }) => (
        <Component key={sectionId} person={p} />
      ))}
      <EraseDialog
        personId={p.id}
        open={erasing}
        onClose={() => setErasing(false)}
        onErased={(name) => {
          setErasing(false);
          notice(`${name} was erased.`);
          navigate('/people');
        }}
      />
    </>
  );
}
