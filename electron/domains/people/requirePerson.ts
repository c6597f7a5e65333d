import type { Person } from '#shared/people/model';
import type { QueryContext } from '../../ipc/context';
import { notFound } from '../../ipc/domainError';
import { findPerson } from './queries';

/**
 * The person a request names, or a not-found refusal on the field that named them (the
 * person may have been erased since the screen was drawn). Every domain checks through here.
 */
export function requirePerson(ctx: QueryContext, id: string, field = 'personId'): Person {
  const person = findPerson(ctx.db, id);
  if (!person) throw notFound('person', field);
  return person;
}
