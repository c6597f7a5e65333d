import { useLocation, useParams } from 'wouter';
import { emptyPersonFields, type Person, type PersonFields } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { PersonForm } from './PersonForm';

function fieldsOf(p: Person): PersonFields {
  const { id: _id, status: _s, leftOn: _l, teamName: _t, createdAt: _c, updatedAt: _u, ...fields } = p;
  return fields;
}

/** Adding a person (/people/new) and editing one (/people/:id/edit) share this screen. */
export function PersonFormScreen() {
  const params = useParams<{ id?: string }>();
  const editingId = params.id;
  const [, navigate] = useLocation();
  const notice = useToast();
  const teams = useRequest(() => call('teams.list', {}), 'teams');
  const ladders = useRequest(() => call('ladders.list', {}), 'ladders');
  const person = useRequest(
    () => (editingId ? call('people.get', { id: editingId }) : Promise.resolve(null)),
    editingId ?? 'new',
  );

  const title = editingId ? `Edit ${person.data?.name ?? 'person'}` : 'Add person';
  const error = person.error ?? teams.error;
  const ready = teams.status === 'ready' && person.status === 'ready' && ladders.status !== 'loading';

  const save = async (fields: PersonFields) => {
    const saved = editingId
      ? await call('people.update', { id: editingId, fields })
      : await call('people.create', fields);
    notice(editingId ? `Saved ${saved.name}.` : `Added ${saved.name}.`);
    navigate(`/people/${saved.id}`);
  };

  return (
    <>
      <PageHeader title={title} />
      {error ? <ErrorMessage error={error} /> : null}
      {ready ? (
        <PersonForm
          key={editingId ?? 'new'}
          initial={person.data ? fieldsOf(person.data) : emptyPersonFields}
          teams={teams.data}
          ladders={ladders.data ?? []}
          submitLabel={editingId ? 'Save person' : 'Add person'}
          onSubmit={save}
          onCancel={() => navigate(editingId ? `/people/${editingId}` : '/people')}
        />
      ) : null}
    </>
  );
}
