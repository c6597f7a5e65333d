import { formatDate, formatZone } from '#shared/format';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { Archive, ArchiveRestore, Download, Pencil, Trash2 } from 'lucide-react';
import type { PersonHeader } from '#shared/home/personHeader';
import { RELATIONSHIP_LABELS, type Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { downloadText } from '#renderer/components/download';
import type { MenuAction } from '#renderer/components/Menu';
import { PageHeader } from '#renderer/components/PageHeader';
import { PersonGlance } from './PersonGlance';
import { useToast } from '#renderer/components/toasts';
import { EraseDialog } from './EraseDialog';
import { personPageSections } from './personPageSections';
import { NotFound } from '#renderer/components/NotFound';
import { Facts } from '#renderer/components/Facts';

/** Role, level on the ladder, the name they go by and pronouns: one line under the name. */
function Identity({ person: p, header: h }: { person: Person; header: PersonHeader | undefined }) {
  // "Senior engineer on Software engineering": the level names its track already.
  const level = h?.ladder
    ? h.ladder.levelName
      ? `${h.ladder.levelName} on ${h.ladder.name}`
      : `On ${h.ladder.name}`
    : p.level || null;
  const parts = [
    p.title || 'No role set',
    level,
    p.preferredName ? `goes by ${p.preferredName}` : null,
    p.pronouns || null,
  ].filter(Boolean);
  return (
    <>
      {parts.join(' · ')}
      {p.status === 'left' ? <span className="badge">Left{p.leftOn ? ` on ${formatDate(p.leftOn)}` : ''}</span> : null}
    </>
  );
}

function PersonFacts({ person }: { person: Person }) {
  const rows: [string, string | null][] = [
    ['Preferred name', person.preferredName || null],
    ['Pronouns', person.pronouns || null],
    ['Team', person.teamName ?? 'No team'],
    ['Relationship', RELATIONSHIP_LABELS[person.relationship]],
    // On a ladder, the ladder's own panel names the track and level; these are its keys.
    ['Track', person.ladderId ? null : person.track || null],
    ['Level', person.ladderId ? null : person.level || null],
    ['Start date', person.startDate && formatDate(person.startDate)],
    ['Time zone', person.timeZone && formatZone(person.timeZone, { offset: true })],
  ];
  return <Facts rows={rows} />;
}

export function PersonScreen() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const person = useRequest(() => call('people.get', { id }), id);
  const header = useRequest(() => call('home.personHeader', { personId: id }), id);
  const [erasing, setErasing] = useState(false);

  const act = (run: () => Promise<unknown>, done: string) =>
    run().then(
      () => notice(done),
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
  const h = header.data;
  const more: MenuAction[] = [
    { id: 'edit', label: 'Edit profile', icon: Pencil, onAction: () => navigate(`/people/${p.id}/edit`) },
    p.status === 'active'
      ? {
          id: 'archive',
          label: 'Archive as left',
          icon: Archive,
          onAction: () => void act(() => call('people.archive', { id }), `${p.name} archived as left.`),
        }
      : {
          id: 'restore',
          label: 'Restore',
          icon: ArchiveRestore,
          onAction: () => void act(() => call('people.restore', { id }), `${p.name} restored.`),
        },
    { id: 'export', label: 'Export (JSON and Markdown)', icon: Download, onAction: () => void exportPerson() },
    { id: 'erase', label: 'Erase…', icon: Trash2, tone: 'danger', onAction: () => setErasing(true) },
  ];
  return (
    <>
      <PageHeader
        title={p.name}
        subtitle={<Identity person={p} header={h} />}
        primary={
          h?.upcoming ? (
            <Link href={`/one-on-ones/meeting/${h.upcoming.id}`} className="button button--primary">
              Open next 1:1
            </Link>
          ) : (
            <Link href={`/one-on-ones/person/${p.id}`} className="button button--primary">
              Set up 1:1s
            </Link>
          )
        }
        more={more}
      />
      {h ? <PersonGlance header={h} /> : null}
      {personPageSections.map(({ id: sectionId, Component }) => (
        <Component key={sectionId} person={p} />
      ))}
      <section className="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <PersonFacts person={p} />
      </section>
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
