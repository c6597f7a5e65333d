import type { PaletteResults } from '#shared/palette/model';
import type { SearchField } from '#shared/oneOnOnes/model';
import { sections } from '#renderer/sections';
import { formatDate } from '#shared/format';
import type { ScreenAction } from './screenActions';

export type GroupKey = 'screen' | 'actions' | 'people' | 'notes' | 'goals' | 'candidates';

export const GROUP_LABELS: Record<GroupKey, string> = {
  screen: 'This screen',
  people: 'People',
  actions: 'Actions',
  notes: '1:1 notes',
  goals: 'Goals',
  candidates: 'Candidates',
};

/**
 * What choosing an option does: open an address, the "next time" or "log evidence" dialog
 * (for a person, or asking who), or one of the current screen's actions (screenActions.ts).
 */
export type PaletteRun =
  | { kind: 'go'; href: string }
  | { kind: 'nextTime'; personId: string }
  | { kind: 'logEvidence'; personId: string }
  | { kind: 'screen'; run: () => void };

export interface PaletteOption {
  /** Unique within one list, and a valid DOM id once prefixed. */
  key: string;
  group: GroupKey;
  label: string;
  detail?: string;
  /** A notes search snippet with its highlight marks. */
  snippet?: string;
  run: PaletteRun;
}

const NOTE_FIELDS: Record<SearchField, string> = {
  shared: 'Shared notes',
  private: 'Private notes',
  agenda: 'Agenda item',
  action: 'Action item',
};

/** Person-specific actions are offered for the first few people found. */
const PERSON_ACTIONS_FOR = 3;

const STATIC_ACTIONS: PaletteOption[] = [
  ...sections.map((s): PaletteOption => ({
    key: `go${s.path}`,
    group: 'actions',
    label: `Go to ${s.label}`,
    run: { kind: 'go', href: s.path },
  })),
  { key: 'new-person', group: 'actions', label: 'Add person', run: { kind: 'go', href: '/people/new' } },
  { key: 'next-time', group: 'actions', label: 'Add a topic for next time…', run: { kind: 'nextTime', personId: '' } },
  { key: 'log-evidence', group: 'actions', label: 'Log evidence…', run: { kind: 'logEvidence', personId: '' } },
  {
    key: 'notes-search',
    group: 'actions',
    label: 'Search 1:1 notes with filters',
    run: { kind: 'go', href: '/one-on-ones/search' },
  },
];

/** Every word typed appears in the label, in any order, ignoring case. */
function matches(label: string, words: string[]): boolean {
  const l = label.toLocaleLowerCase();
  return words.every((w) => l.includes(w));
}

/**
 * The options in display order: the current screen's own actions first (what the manager is
 * most likely after), then people, actions, notes, goals, candidates. Actions need no round
 * trip (they filter as you type); the rest come from `palette.search`.
 */
export function buildOptions(
  text: string,
  results: PaletteResults | null,
  screenActions: readonly ScreenAction[] = [],
  /** The screen the palette was opened on: "Go to" it would go nowhere, so it is not offered. */
  here?: string,
): PaletteOption[] {
  const words = text.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const screen = screenActions
    .filter((a) => matches(a.label, words))
    .map((a): PaletteOption => ({
      key: `screen-${a.id}`,
      group: 'screen',
      label: a.label,
      detail: a.keys,
      run: { kind: 'screen', run: a.run },
    }));
  const r = results ?? { people: [], notes: [], goals: [], candidates: [] };
  const people = r.people.map((p): PaletteOption => ({
    key: `person-${p.id}`,
    group: 'people',
    label: p.name,
    detail: [p.title, p.status === 'left' ? 'left' : ''].filter(Boolean).join(' · ') || undefined,
    run: { kind: 'go', href: `/people/${p.id}` },
  }));
  const personActions = r.people
    .filter((p) => p.status === 'active')
    .slice(0, PERSON_ACTIONS_FOR)
    .flatMap((p): PaletteOption[] => [
      {
        key: `prep-${p.id}`,
        group: 'actions',
        label: `Prep for 1:1 with ${p.name}`,
        run: { kind: 'go', href: `/one-on-ones/person/${p.id}` },
      },
      {
        key: `topic-${p.id}`,
        group: 'actions',
        label: `Add a topic for next time with ${p.name}…`,
        run: { kind: 'nextTime', personId: p.id },
      },
      {
        key: `evidence-${p.id}`,
        group: 'actions',
        label: `Log evidence for ${p.name}…`,
        run: { kind: 'logEvidence', personId: p.id },
      },
    ]);
  const elsewhere = (a: PaletteOption) => !(a.run.kind === 'go' && a.run.href === here);
  const actions = [...personActions, ...STATIC_ACTIONS.filter((a) => elsewhere(a) && matches(a.label, words))];
  const notes = r.notes.map((n, i): PaletteOption => ({
    key: `note-${i}-${n.meetingId ?? n.personId}`,
    group: 'notes',
    label: `${n.personName} · ${formatDate(n.date)}`,
    detail: NOTE_FIELDS[n.field],
    snippet: n.snippet,
    run: {
      kind: 'go',
      href: n.meetingId ? `/one-on-ones/meeting/${n.meetingId}` : `/one-on-ones/person/${n.personId}`,
    },
  }));
  const goals = r.goals.map((g): PaletteOption => ({
    key: `goal-${g.id}`,
    group: 'goals',
    label: g.title,
    detail: g.personName,
    run: { kind: 'go', href: `/people/${g.personId}` },
  }));
  const candidates = r.candidates.map((c): PaletteOption => ({
    key: `candidate-${c.id}`,
    group: 'candidates',
    label: c.name,
    detail: `${c.roleTitle} · ${c.stage} · alias ${c.alias}`,
    run: { kind: 'go', href: `/interviews/candidates/${c.id}` },
  }));
  return [...screen, ...people, ...actions, ...notes, ...goals, ...candidates];
}

/** Consecutive options of one group, for rendering each group under its label. */
export function groupsOf(
  options: PaletteOption[],
): { group: GroupKey; options: { option: PaletteOption; index: number }[] }[] {
  const out: { group: GroupKey; options: { option: PaletteOption; index: number }[] }[] = [];
  options.forEach((option, index) => {
    const last = out[out.length - 1];
    if (last && last.group === option.group) last.options.push({ option, index });
    else out.push({ group: option.group, options: [{ option, index }] });
  });
  return out;
}
