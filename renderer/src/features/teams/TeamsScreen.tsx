import { plural, pluralWord } from '#shared/format';
import { useState } from 'react';
import type { Team } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Modal } from '#renderer/components/Modal';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { TeamForm } from './TeamForm';

export function TeamsScreen() {
  const teams = useRequest(() => call('teams.list', {}), 'teams');
  const notice = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);

  const remove = async (team: Team) => {
    try {
      const { membersMoved } = await call('teams.delete', { id: team.id });
      notice(
        `Deleted ${team.name}${membersMoved ? `; ${plural(membersMoved, 'person', 'people')} now ${pluralWord(membersMoved, 'has', 'have')} no team` : ''}.`,
      );
      setDeleting(null);
      teams.reload();
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  return (
    <>
      <PageHeader title="Teams" subtitle="Teams group people; a person belongs to one team or none." />
      <section className="panel" aria-labelledby="new-team-heading">
        <h2 id="new-team-heading">New team</h2>
        <TeamForm
          initial={{ name: '', description: '' }}
          submitLabel="Add team"
          onSubmit={async (fields) => {
            const team = await call('teams.create', fields);
            notice(`Added ${team.name}.`);
            teams.reload();
          }}
        />
      </section>
      {teams.error ? <ErrorMessage error={teams.error} /> : null}
      {teams.data?.length === 0 ? (
        <EmptyState title="No teams yet">
          <p>Create a team to group people, then pick it on each person's page.</p>
        </EmptyState>
      ) : null}
      {teams.data && teams.data.length > 0 ? (
        <ul className="team-list" aria-label="Teams">
          {teams.data.map((team) => (
            <li key={team.id} className="panel team-list__item">
              {editing === team.id ? (
                <TeamForm
                  initial={{ name: team.name, description: team.description }}
                  submitLabel="Save team"
                  onCancel={() => setEditing(null)}
                  onSubmit={async (fields) => {
                    await call('teams.update', { id: team.id, fields });
                    notice(`Saved ${fields.name}.`);
                    setEditing(null);
                    teams.reload();
                  }}
                />
              ) : (
                <>
                  <div>
                    <h2 className="team-list__name">{team.name}</h2>
                    <p className="muted">
                      {plural(team.activeMembers, 'active member')}
                      {team.description ? ` · ${team.description}` : ''}
                    </p>
                  </div>
                  <div className="team-list__actions">
                    <button
                      type="button"
                      className="button"
                      onClick={() => setEditing(team.id)}
                      aria-label={`Edit ${team.name}`}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button--danger-quiet"
                      onClick={() => setDeleting(team)}
                      aria-label={`Delete ${team.name}`}
                    >
                      Delete
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <Modal title={`Delete ${deleting?.name ?? 'team'}?`} open={deleting !== null} onClose={() => setDeleting(null)}>
        <p>
          The team is removed. Its {plural(deleting?.activeMembers ?? 0, 'active member')}{' '}
          {pluralWord(deleting?.activeMembers ?? 0, 'stays', 'stay')} in Cairn, without a team.
        </p>
        <div className="form-actions">
          <button type="button" className="button button--danger" onClick={() => deleting && void remove(deleting)}>
            Delete team
          </button>
          <button type="button" className="button" onClick={() => setDeleting(null)}>
            Cancel
          </button>
        </div>
      </Modal>
    </>
  );
}
