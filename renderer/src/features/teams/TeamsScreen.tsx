import { plural, pluralWord } from '#shared/format';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Team } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { MenuButton } from '#renderer/components/Menu';
import { Modal } from '#renderer/components/Modal';
import { focusPageTitle, PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { usePeopleFilters } from '../people/filters';
import { TeamForm } from './TeamForm';

const showTeamOnPeopleList = (teamId: string) => {
  const filters = usePeopleFilters.getState();
  filters.reset();
  filters.set({ team: teamId });
};

export function TeamsScreen() {
  const teams = useRequest(() => call('teams.list', {}), 'teams');
  const notice = useToast();
  // 'new' for the New team dialog, a team to edit, or null when no dialog is open.
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);

  // A deleted team takes its menu button, which had focus, with it when the list refreshes: the title has it next.
  const focusAfterDelete = useRef(false);
  useEffect(() => {
    if (!focusAfterDelete.current) return;
    focusAfterDelete.current = false;
    focusPageTitle();
  }, [teams.data]);

  const remove = async (team: Team) => {
    try {
      const { membersMoved } = await call('teams.delete', { id: team.id });
      focusAfterDelete.current = true;
      notice(
        `Deleted ${team.name}${membersMoved ? `; ${plural(membersMoved, 'person', 'people')} now ${pluralWord(membersMoved, 'has', 'have')} no team` : ''}.`,
      );
      setDeleting(null);
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  return (
    <>
      <PageHeader
        title="Teams"
        subtitle="Teams group people; a person belongs to one team or none."
        // With no team yet the empty state below offers "New team…": one primary action per screen.
        primary={
          teams.data?.length === 0 ? null : (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              New team…
            </button>
          )
        }
      />
      <Modal
        title={editing === 'new' ? 'New team' : `Edit ${editing?.name ?? 'team'}`}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing === 'new' ? (
          <TeamForm
            initial={{ name: '', description: '' }}
            submitLabel="Add team"
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              const team = await call('teams.create', fields);
              notice(`Added ${team.name}.`);
              setEditing(null);
            }}
          />
        ) : editing ? (
          <TeamForm
            initial={{ name: editing.name, description: editing.description }}
            submitLabel="Save team"
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              await call('teams.update', { id: editing.id, fields });
              notice(`Saved ${fields.name}.`);
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
      {teams.error ? <ErrorMessage error={teams.error} /> : null}
      {teams.data?.length === 0 ? (
        <EmptyState title="No teams yet">
          <p>Create a team to group people, then pick it on each person's page.</p>
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            New team…
          </button>
        </EmptyState>
      ) : null}
      {teams.data && teams.data.length > 0 ? (
        <ul className="team-list" aria-label="Teams">
          {teams.data.map((team) => (
            <li key={team.id} className="panel team-list__item">
              <div>
                <h2 className="team-list__name">{team.name}</h2>
                <p className="muted">
                  {team.activeMembers ? (
                    // The count opens the people list filtered to this team: who is in it, one step away.
                    <Link href="/people" onClick={() => showTeamOnPeopleList(team.id)}>
                      {plural(team.activeMembers, 'active member')}
                    </Link>
                  ) : (
                    'No active members'
                  )}
                  {team.description ? ` · ${team.description}` : ''}
                </p>
              </div>
              <MenuButton
                label="Actions"
                ariaLabel={`Actions for ${team.name}`}
                className="button button--quiet"
                actions={[
                  { id: 'edit', label: 'Edit…', onAction: () => setEditing(team) },
                  { id: 'delete', label: 'Delete…', tone: 'danger', onAction: () => setDeleting(team) },
                ]}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <Modal title={`Delete ${deleting?.name ?? 'team'}?`} open={deleting !== null} onClose={() => setDeleting(null)}>
        <p>
          {deleting?.activeMembers
            ? `The team is removed. Its ${plural(deleting.activeMembers, 'active member')} ${pluralWord(deleting.activeMembers, 'stays', 'stay')} in Cairn, without a team.`
            : 'The team is removed. No one active is in it.'}
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
