import { Link } from 'wouter';
import { RELATIONSHIP_LABELS, type Person } from '../../../../shared/people/model';
import { personRowActions } from './personRowActions';

export function PeopleTable({ people }: { people: Person[] }) {
  return (
    <table className="table people-table">
      <caption className="visually-hidden">{people.length === 1 ? '1 person' : `${people.length} people`}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Team</th>
          <th scope="col">Relationship</th>
          <th scope="col">Status</th>
          {personRowActions.length ? <th scope="col"><span className="visually-hidden">Actions</span></th> : null}
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <td>
              <Link href={`/people/${p.id}`}>{p.name}</Link>
              {p.pronouns ? <span className="muted"> ({p.pronouns})</span> : null}
            </td>
            <td>{p.title || <span className="muted">—</span>}</td>
            <td>{p.teamName ?? <span className="muted">No team</span>}</td>
            <td>{RELATIONSHIP_LABELS[p.relationship]}</td>
            <td>{p.status === 'active' ? 'Active' : <span className="badge">Left</span>}</td>
            {personRowActions.length ? <td>{personRowActions.map(({ id, Component }) => <Component key={id} person={p} />)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
