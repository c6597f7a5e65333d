import { plural } from '#shared/format';
import { useState } from 'react';
import { levelsOfTrack } from '#shared/ladders/doc';
import { useLocation, useParams } from 'wouter';
import { scaleOf } from '#shared/ladders/scale';
import type { LadderEdit } from '#shared/ladders/view';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { downloadText } from '#renderer/components/download';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { ConfirmDialog } from './ConfirmDialog';
import { LadderDialogs, type Editing } from './LadderDialogs';
import { LadderMatrix } from './LadderMatrix';
import { ScaleSummary } from './ScaleLegend';
import { useExpectationRows } from './useExpectationRows';
import { VersionDiffDialog } from './VersionDiff';
import { errorText } from '#renderer/api/serverErrors';
import { NotFound } from '#renderer/components/NotFound';
import { ForPersonNote } from './ForPersonNote';
import { LadderToolbar } from './LadderToolbar';
import { ladderFor, shownLevels, type LevelsShown } from './levelFocus';

export function LadderScreen() {
  // Opened from a person (their page, an assessment): /ladders/:id/for/:personId marks their level.
  const { id, personId } = useParams<{ id: string; personId?: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const [versionId, setVersionId] = useState<string | undefined>(undefined);
  const ladder = useRequest(
    () => call('ladders.get', versionId ? { id, versionId } : { id }),
    `${id}:${versionId ?? ''}`,
  );
  const person = useRequest(
    () => (personId ? call('people.get', { id: personId }) : Promise.resolve(undefined)),
    personId ?? '',
  );
  const [trackChoice, setTrack] = useState<string | null>(null);
  const [shownChoice, setShown] = useState<LevelsShown>('all');
  const [whatChanged, setWhatChanged] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<{ kind: 'ladder' } | { kind: 'competency'; id: string } | null>(null);
  // Counts saves, so the list of changes between versions is asked for again after each one.
  const expectations = useExpectationRows(ladder.data);

  if (ladder.error && !ladder.data) {
    return <NotFound title="Ladder not found" error={ladder.error} backHref="/ladders" backLabel="Back to ladders" />;
  }
  const l = ladder.data;
  if (!l) return null;
  const doc = l.outline;
  const forPerson = ladderFor(person.data, l);
  const track = doc.tracks.some((t) => t.id === trackChoice) ? trackChoice! : (forPerson?.trackId ?? doc.tracks[0]!.id);
  const levels = levelsOfTrack(doc, track);
  const shown = shownLevels(levels, shownChoice);
  const isCurrent = l.version.id === l.currentVersionId;
  // A ladder that assessments use is kept (the store refuses): its delete dialog says so instead of offering it.
  const assessed = l.versions.reduce((sum, v) => sum + v.assessments, 0);

  const save = async (edit: LadderEdit): Promise<string | null> => {
    try {
      const saved = await call('ladders.edit', { id, edit });
      setEditing(null);
      setVersionId(undefined);
      notice(
        saved.version.number > l.version.number
          ? `Saved as version ${saved.version.number}; earlier assessments keep their wording.`
          : 'Saved.',
      );
      return null;
    } catch (e) {
      return errorText(e);
    }
  };

  const onSave = (kind: NonNullable<Editing>['kind'], v: Record<string, string>) => {
    if (kind === 'cell' && editing?.kind === 'cell') {
      const examples = (v.examples ?? '').split('\n').filter((x) => x.trim());
      return save({
        kind: 'setExpectation',
        competency: editing.competency,
        level: editing.level,
        text: v.text ?? '',
        examples,
      });
    }
    if (kind === 'competency') {
      if (!v.name?.trim()) return Promise.resolve('Name is required.');
      if (!v.area && !v.newArea?.trim()) return Promise.resolve('Name the new area, or choose an existing one.');
      return save({ kind: 'addCompetency', name: v.name, area: v.area || null, newArea: v.newArea ?? '' });
    }
    if (kind === 'level' && editing?.kind === 'level') {
      if (!v.name?.trim()) return Promise.resolve('Level name is required.');
      return save({ kind: 'addLevel', name: v.name, track: editing.track });
    }
    if (!v.name?.trim()) return Promise.resolve('Ladder name is required.');
    return save({ kind: 'rename', name: v.name ?? '' });
  };

  const exportLadder = async () => {
    const out = await call('ladders.export', { id, versionId: l.version.id });
    downloadText(`${out.fileBaseName}.cairn.json`, out.json, 'application/json');
    notice('Exported as Cairn ladder JSON.');
  };

  const remove = async () => {
    try {
      await call('ladders.delete', { id });
      notice(`Deleted ${l.name}.`);
      navigate('/ladders');
    } catch (e) {
      notice(errorText(e), 'error');
    }
  };

  return (
    <>
      <PageHeader
        title={l.name}
        subtitle={
          <>
            Version {l.version.number}
            {isCurrent ? ' (current)' : ' (earlier version, read only)'} · {l.source}
          </>
        }
        primary={
          isCurrent ? (
            <button type="button" className="button button--primary" onClick={() => setEditing({ kind: 'competency' })}>
              Add competency…
            </button>
          ) : null
        }
        more={[
          ...(isCurrent
            ? [
                { id: 'add-level', label: 'Add level…', onAction: () => setEditing({ kind: 'level', track }) },
                { id: 'rename', label: 'Rename…', onAction: () => setEditing({ kind: 'rename' }) },
              ]
            : []),
          { id: 'export', label: 'Export as JSON', onAction: () => void exportLadder() },
          {
            id: 'delete',
            label: 'Delete ladder…',
            tone: 'danger' as const,
            onAction: () => setConfirming({ kind: 'ladder' }),
          },
        ]}
      />
      {doc.description ? <p className="muted ladder-description">{doc.description}</p> : null}
      <ScaleSummary scale={scaleOf(doc)} custom={Boolean(doc.scale)} />
      {person.data ? <ForPersonNote name={person.data.name} person={forPerson} levels={levels} /> : null}
      <LadderToolbar
        ladder={l}
        doc={doc}
        track={track}
        onTrack={(t) => {
          setTrack(t);
          setShown('all');
        }}
        levels={levels}
        shown={shown.length === levels.length ? 'all' : shownChoice}
        onShown={setShown}
        onVersion={setVersionId}
        onWhatChanged={() => setWhatChanged(true)}
      />
      <LadderMatrix
        outline={doc}
        expectations={expectations}
        levels={shown}
        person={forPerson}
        {...(isCurrent
          ? {
              onEdit: (competency: string, level: string) => setEditing({ kind: 'cell', competency, level }),
              onRemoveCompetency: (c: string) => {
                if (doc.competencies.length > 1) setConfirming({ kind: 'competency', id: c });
                else notice('A ladder needs at least one competency.', 'error');
              },
            }
          : {})}
      />
      {l.versions.length > 1 ? (
        <VersionDiffDialog ladder={l} open={whatChanged} onClose={() => setWhatChanged(false)} />
      ) : null}
      <LadderDialogs
        doc={doc}
        cell={editing?.kind === 'cell' ? expectations.rows.get(editing.competency)?.get(editing.level) : undefined}
        editing={editing}
        version={l.version}
        onClose={() => setEditing(null)}
        onSave={onSave}
      />
      <ConfirmDialog
        open={confirming !== null}
        title={
          confirming?.kind === 'ladder'
            ? `Delete ${l.name}?`
            : `Remove ${doc.competencies.find((c) => confirming?.kind === 'competency' && c.id === confirming.id)?.name ?? 'this competency'}?`
        }
        body={
          confirming?.kind !== 'ladder'
            ? 'The competency and its expectations at every level go. Assessments already made keep their own copy of the wording.'
            : assessed
              ? `${plural(assessed, 'assessment')} ${assessed === 1 ? 'uses' : 'use'} this ladder, so it is kept. Delete ${assessed === 1 ? 'that assessment' : 'those assessments'} first, from each person’s page.`
              : 'The ladder and all its versions are deleted; people placed on it keep no ladder.'
        }
        confirmLabel={confirming?.kind !== 'ladder' ? 'Remove competency' : assessed ? null : 'Delete ladder'}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          const what = confirming;
          setConfirming(null);
          if (what?.kind === 'ladder') void remove();
          else if (what?.kind === 'competency') void save({ kind: 'removeCompetency', competency: what.id });
        }}
      />
    </>
  );
}
