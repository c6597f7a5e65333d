import ICAL from 'ical.js';

/** A file Cairn cannot read at all: nothing in it is looked at further. */
export class CalendarFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarFileError';
  }
}

export interface FileEvent {
  component: ICAL.Component;
  /** The line of its BEGIN:VEVENT. */
  line: number;
  /** Lines of the event, to point at one of its properties. */
  lines: string[];
}

export interface CalendarFile {
  calendars: ICAL.Component[];
  events: FileEvent[];
}

const firstContentLine = (lines: string[]) => lines.findIndex((l) => l.trim() !== '');

/** The line an ical.js error quotes (`invalid line (no token ";" or ":") "…"`), if it quotes one. */
function lineOfParseError(lines: string[], message: string): number | null {
  const quoted = /(?:"([^"]+)"|'([^']+)')\s*\.?$/.exec(message)?.slice(1).find(Boolean);
  if (!quoted) return null;
  const index = lines.findIndex((l) => l.includes(quoted));
  return index >= 0 ? index + 1 : null;
}

/**
 * Reads an .ics file with ical.js and ties every VEVENT to its line in the file. ical.js keeps
 * the order of components, so the n-th VEVENT it returns is the n-th BEGIN:VEVENT line.
 */
export function readCalendar(text: string): CalendarFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = firstContentLine(lines);
  if (first < 0) throw new CalendarFileError('The file is empty.');
  if (lines[first]!.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new CalendarFileError(
      `This is not a calendar file: an .ics file starts with BEGIN:VCALENDAR, and line ${first + 1} does not. Export the calendar from Google Calendar, Outlook or Apple Calendar as .ics.`,
    );
  }
  let lastContent = lines.length - 1;
  while (lastContent > 0 && lines[lastContent]!.trim() === '') lastContent -= 1;
  if (lines[lastContent]!.trim().toUpperCase() !== 'END:VCALENDAR') {
    throw new CalendarFileError(
      `The file stops at line ${lastContent + 1} before the calendar ends (there is no END:VCALENDAR): it looks cut short. Export it again.`,
    );
  }

  let parsed: unknown[];
  try {
    parsed = ICAL.parse(text.replace(/^\uFEFF/, '')) as unknown[];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = lineOfParseError(lines, message);
    throw new CalendarFileError(
      `The file could not be read as a calendar${line ? ` at line ${line}` : ''}: ${message}. Nothing was imported.`,
    );
  }
  // One VCALENDAR parses to one jCal array; several (some exports concatenate) to a list of them.
  const jcals = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const calendars = jcals.map((j) => new ICAL.Component(j as never)).filter((c) => c.name === 'vcalendar');
  if (!calendars.length) throw new CalendarFileError('The file holds no calendar (no VCALENDAR).');

  const starts: number[] = [];
  const ends: number[] = [];
  lines.forEach((l, i) => {
    const upper = l.trim().toUpperCase();
    if (upper === 'BEGIN:VEVENT') starts.push(i);
    else if (upper === 'END:VEVENT') ends.push(i);
  });
  const components = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  const events = components.map((component, n) => {
    const start = starts[n] ?? 0;
    return { component, line: start + 1, lines: lines.slice(start, (ends[n] ?? start) + 1) };
  });
  return { calendars, events };
}

/** The file line of a property inside an event (its first occurrence), or the event's own line. */
export function lineOf(event: FileEvent, property: string): number {
  const prefix = property.toUpperCase();
  const index = event.lines.findIndex((l) => {
    const upper = l.toUpperCase();
    return upper.startsWith(`${prefix}:`) || upper.startsWith(`${prefix};`);
  });
  return index >= 0 ? event.line + index : event.line;
}
