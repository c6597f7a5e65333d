import { create } from 'zustand';
import type { PeopleQuery, Relationship } from '#shared/people/model';

export interface PeopleFilters {
  search: string;
  /** '' = any team, 'none' = no team, otherwise a team id. */
  team: string;
  relationship: Relationship | '';
  status: 'active' | 'left' | 'all';
}

interface FiltersState extends PeopleFilters {
  set: (patch: Partial<PeopleFilters>) => void;
  reset: () => void;
}

const initial: PeopleFilters = { search: '', team: '', relationship: '', status: 'active' };

/** Kept across screens so that coming back to the list finds it as it was left. */
export const usePeopleFilters = create<FiltersState>((set) => ({
  ...initial,
  set: (patch) => set(patch),
  reset: () => set(initial),
}));

export function toQuery(f: PeopleFilters): PeopleQuery {
  return {
    status: f.status,
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.team === 'none' ? { teamId: null } : f.team ? { teamId: f.team } : {}),
    ...(f.relationship ? { relationship: f.relationship } : {}),
  };
}
