import type { SeriesProposal } from '#shared/calendarFiles/model';
import type { ReadableDB } from '../../db/access';
import type ICAL from 'ical.js';
import type { Participant } from './participants';
import * as cq from './queries';

export type Match = { person: SeriesProposal['person'] } | { problem: string };

/**
 * Whose calendar this is. Google names an exported calendar after its owner's address; other
 * programs do not, but the owner takes part in more of its recurring events than anyone else.
 * Null when no one stands out (then the organizer and who Cairn knows decide).
 */
export function calendarOwner(calendars: ICAL.Component[], addressCounts: Map<string, number>): string | null {
  for (const c of calendars) {
    const name = c.getFirstPropertyValue('x-wr-calname');
    if (typeof name === 'string' && /^[^\s@]+@[^\s@]+$/.test(name.trim())) return name.trim().toLowerCase();
  }
  const [first, second] = [...addressCounts.entries()].sort((a, b) => b[1] - a[1]);
  return first && first[1] > 1 && (!second || first[1] > second[1]) ? first[0] : null;
}

/** The person in Cairn an attendee is: by the address an earlier import saw, else by name. */
function existingPerson(db: ReadableDB, p: Participant): { id: string; name: string }[] {
  const byAddress = p.email ? cq.personForEmail(db, p.email) : null;
  if (byAddress) return [{ id: byAddress, name: cq.personName(db, byAddress)! }];
  return cq.peopleNamed(db, p.name);
}

/**
 * Which of the two people is the manager's report: not the calendar's owner; else the one
 * Cairn already knows; else the one who did not organize it. Never a guess between two
 * strangers.
 */
export function otherAttendee(
  db: ReadableDB,
  people: Participant[],
  owner: string | null,
): Participant | { problem: string } {
  const [a, b] = people as [Participant, Participant];
  if (owner) {
    if (a.email === owner) return b;
    if (b.email === owner) return a;
  }
  const known = people.filter((p) => existingPerson(db, p).length > 0);
  if (known.length === 1) return known[0]!;
  const notOrganizer = people.filter((p) => !p.organizer);
  if (notOrganizer.length === 1) return notOrganizer[0]!;
  return {
    problem: `Cairn cannot tell which of ${a.name} and ${b.name} is you: the file names no organizer and ${known.length ? 'both' : 'neither'} ${known.length ? 'are' : 'is'} in Cairn.`,
  };
}

/** The person the series belongs to: the one a previous import of this event chose, else a match, else a new person. */
export function matchPerson(db: ReadableDB, uid: string, other: Participant): Match {
  const linked = cq.personForUid(db, uid);
  if (linked) return { person: { id: linked, name: cq.personName(db, linked)! } };
  const found = existingPerson(db, other);
  if (found.length > 1) {
    return {
      problem: `${found.length} people in Cairn are called ${other.name}; give them distinct names (or preferred names) and import again.`,
    };
  }
  if (found.length === 1) return { person: found[0]! };
  return { person: { create: other.name } };
}
