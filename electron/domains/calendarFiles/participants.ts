import type ICAL from 'ical.js';

export interface Participant {
  /** Lower-case address, or null when the file gives only a name. */
  email: string | null;
  /** The name the file gives (CN), or one read from the address ("priya.sharma@" → "Priya Sharma"). */
  name: string;
  organizer: boolean;
}

/** Rooms and equipment are invited too, but are not people in the meeting. */
const NOT_PEOPLE = new Set(['ROOM', 'RESOURCE']);

function emailOf(property: ICAL.Property): string | null {
  const value = String(property.getFirstValue() ?? '');
  const address = /^mailto:(.+)$/i.exec(value.trim())?.[1] ?? (value.includes('@') ? value.trim() : '');
  const param = property.getParameter('email');
  const email = address || (typeof param === 'string' ? param : '');
  return email ? email.toLowerCase() : null;
}

export function nameFromEmail(email: string): string {
  return email
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function participantOf(property: ICAL.Property, organizer: boolean): Participant | null {
  const email = emailOf(property);
  const cn = property.getParameter('cn');
  const given = typeof cn === 'string' ? cn.trim() : '';
  // Apple writes the address as the CN when it has no name.
  const name = given && !given.includes('@') ? given : email ? nameFromEmail(email) : '';
  if (!email && !name) return null;
  return { email, name, organizer };
}

/**
 * The distinct people in an event: the organizer and the attendees, each once (Google lists
 * the organizer among the attendees too). A GROUP attendee is a mailing list: many people.
 */
export function participantsOf(event: ICAL.Component): { people: Participant[]; hasGroup: boolean } {
  const people: Participant[] = [];
  let hasGroup = false;
  const add = (p: Participant | null) => {
    if (!p) return;
    const same = people.find((q) => (p.email && q.email === p.email) || (!p.email && q.name === p.name));
    if (same) same.organizer ||= p.organizer;
    else people.push(p);
  };
  const organizer = event.getFirstProperty('organizer');
  if (organizer) add(participantOf(organizer, true));
  for (const attendee of event.getAllProperties('attendee')) {
    const cutype = String(attendee.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
    if (NOT_PEOPLE.has(cutype)) continue;
    if (cutype === 'GROUP') hasGroup = true;
    add(participantOf(attendee, false));
  }
  return { people, hasGroup };
}
