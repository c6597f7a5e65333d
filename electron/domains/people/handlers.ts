import { pluralWord } from '#shared/format';
import type { ErasurePreview, Person } from '#shared/people/model';
import type { QueryContext } from '../../ipc/context';
import { conflict, invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { checkLadderPlacement } from '../ladders/placement';
import { leaveNoTrace } from '../eraseTraces';
import { personDataSections } from '../personData';
import { exportPerson } from './export';
import * as q from './queries';
import { searchPeople } from './search';
import { requirePerson as requireAnyPerson } from './requirePerson';
import { stamp, today } from '../clock';

type PeopleChannel =
  | 'people.list'
  | 'people.page'
  | 'people.search'
  | 'people.get'
  | 'people.create'
  | 'people.update'
  | 'people.archive'
  | 'people.restore'
  | 'people.erasePreview'
  | 'people.erase'
  | 'people.export'
  | 'teams.list'
  | 'teams.create'
  | 'teams.update'
  | 'teams.delete';

const requirePerson = (ctx: QueryContext, id: string): Person => requireAnyPerson(ctx, id, 'id');

function requireTeamIfGiven(ctx: QueryContext, teamId: string | null): void {
  if (teamId !== null && !q.findTeam(ctx.db, teamId)) {
    throw invalid('That team does not exist (it may have been deleted).', 'teamId');
  }
}

function requireUniqueTeamName(ctx: QueryContext, name: string, exceptId?: string): void {
  const existing = q.findTeamByName(ctx.db, name);
  if (existing && existing.id !== exceptId) throw conflict(`A team called "${name}" already exists.`, 'name');
}

function erasurePreview(ctx: QueryContext, person: Person): ErasurePreview {
  const items = [{ label: 'profile', count: 1 }];
  for (const { noun, count } of personDataSections) {
    const n = count(ctx.db, person.id);
    items.push({ label: `${pluralWord(n, noun.one, noun.other)}${noun.detail ? `, ${noun.detail}` : ''}`, count: n });
  }
  return { personId: person.id, name: person.name, items };
}

export const peopleHandlers: HandlerMap<PeopleChannel> = {
  'people.list': (ctx, query) => q.listPeople(ctx.db, query),
  'people.page': (ctx, { offset, ...query }) => q.peoplePage(ctx.db, query, offset),
  'people.search': (ctx, query) => searchPeople(ctx.db, query),
  'people.get': (ctx, { id }) => requirePerson(ctx, id),
  'people.create': (ctx, fields) => {
    requireTeamIfGiven(ctx, fields.teamId);
    checkLadderPlacement(ctx.db, fields);
    const id = q.insertPerson(ctx.db, fields, stamp(ctx));
    return requirePerson(ctx, id);
  },
  'people.update': (ctx, { id, fields }) => {
    requirePerson(ctx, id);
    requireTeamIfGiven(ctx, fields.teamId);
    checkLadderPlacement(ctx.db, fields);
    q.updatePerson(ctx.db, id, fields, stamp(ctx));
    return requirePerson(ctx, id);
  },
  'people.archive': (ctx, { id }) => {
    const person = requirePerson(ctx, id);
    if (person.status === 'left') return person;
    q.setPersonStatus(ctx.db, id, 'left', today(ctx), stamp(ctx));
    return requirePerson(ctx, id);
  },
  'people.restore': (ctx, { id }) => {
    const person = requirePerson(ctx, id);
    if (person.status === 'active') return person;
    q.setPersonStatus(ctx.db, id, 'active', null, stamp(ctx));
    return requirePerson(ctx, id);
  },
  'people.erasePreview': (ctx, { id }) => erasurePreview(ctx, requirePerson(ctx, id)),
  'people.erase': (ctx, { id, confirmName }) => {
    const person = requirePerson(ctx, id);
    if (confirmName.trim() !== person.name) {
      throw invalid(`Type the name exactly as shown ("${person.name}") to erase.`, 'confirmName');
    }
    q.deletePerson(ctx.db, id);
    leaveNoTrace(ctx);
    return { erased: true };
  },
  'people.export': (ctx, { id }) => exportPerson(ctx.db, requirePerson(ctx, id), stamp(ctx)),
  'teams.list': (ctx) => q.listTeams(ctx.db),
  'teams.create': (ctx, fields) => {
    requireUniqueTeamName(ctx, fields.name);
    const id = q.insertTeam(ctx.db, fields, stamp(ctx));
    return q.findTeam(ctx.db, id)!;
  },
  'teams.update': (ctx, { id, fields }) => {
    if (!q.findTeam(ctx.db, id)) throw notFound('team');
    requireUniqueTeamName(ctx, fields.name, id);
    q.updateTeam(ctx.db, id, fields);
    return q.findTeam(ctx.db, id)!;
  },
  'teams.delete': (ctx, { id }) => {
    if (!q.findTeam(ctx.db, id)) throw notFound('team');
    return { deleted: true, membersMoved: q.deleteTeam(ctx.db, id) };
  },
};
