import { useState } from 'react';
import { emptyGoalFields, type Goal, type GoalFields } from '#shared/goals/model';
import type { Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { Modal } from '#renderer/components/Modal';
import { useToast } from '#renderer/components/toasts';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';

function fieldsOf(g: Goal): GoalFields {
  const { title, why, ladderId, targetLevel, competencyIds, successCriteria, dueDate, status } = g;
  return { title, why, ladderId, targetLevel, competencyIds, successCriteria, dueDate, status };
}

/** Stretch goals on the person page: open ones first, overdue and stale ones marked. */
export function GoalsPanel({ person }: { person: Person }) {
  const goals = useRequest(() => call('goals.list', { personId: person.id }), person.id);
  const ladders = useRequest(() => call('ladders.list', {}), 'ladders');
  const notice = useToast();
  const [editing, setEditing] = useState<Goal | 'new' | null>(null);
  const list = goals.data ?? [];
  const save = async (fields: GoalFields) => {
    if (editing === 'new') await call('goals.create', { personId: person.id, fields });
    else if (editing) await call('goals.update', { id: editing.id, fields });
    notice(editing === 'new' ? 'Goal added.' : 'Goal saved.');
    setEditing(null);
    goals.reload();
  };
  const initial: GoalFields =
    editing && editing !== 'new'
      ? fieldsOf(editing)
      : { ...emptyGoalFields, ladderId: person.ladderId, targetLevel: '' };
  return (
    <section className="panel" aria-labelledby="goals-heading">
      <div className="panel__header">
        <h2 id="goals-heading">Stretch goals</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Add goal
        </button>
      </div>
      {goals.status === 'ready' && list.length === 0 ? <p className="muted">No stretch goals yet.</p> : null}
      <div className="goal-list">
        {list.map((g) => (
          <GoalCard key={g.id} goal={g} onChanged={goals.reload} onEdit={() => setEditing(g)} />
        ))}
      </div>
      <Modal
        title={editing === 'new' ? 'Add a stretch goal' : 'Edit stretch goal'}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        <GoalForm
          key={editing === 'new' ? 'new' : (editing?.id ?? 'none')}
          initial={initial}
          ladders={ladders.data ?? []}
          submitLabel={editing === 'new' ? 'Add goal' : 'Save goal'}
          onSubmit={save}
          onCancel={() => setEditing(null)}
          {...(editing && editing !== 'new'
            ? {
                onDelete: async () => {
                  await call('goals.delete', { id: editing.id });
                  notice('Goal deleted.');
                  setEditing(null);
                  goals.reload();
                },
              }
            : {})}
        />
      </Modal>
    </section>
  );
}
