import { formatDate } from '../format';

/**
 * How evidence names the 1:1 it came from: "1:1 on 3 Mar 2026". Built from the meeting's
 * own calendar date (no time zone maths) and stored with the evidence, so it stays readable
 * if the meeting is later erased. Stored text, so written one fixed way whoever saves it.
 */
export function meetingLabel(date: string): string {
  return `1:1 on ${formatDate(date, { weekday: false, year: 'always', locale: 'en-GB' })}`;
}

/** In-app route of a meeting; the 1:1 domain owns the screen. */
export const meetingHref = (meetingId: string) => `/one-on-ones/meeting/${meetingId}`;

/** Labels made here already say "1:1 on …"; older free-text labels get the prefix. */
export const meetingSource = (label: string) => (/^1:1\b/.test(label) ? label : `1:1: ${label}`);
