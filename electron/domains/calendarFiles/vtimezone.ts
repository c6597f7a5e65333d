import ICAL from 'ical.js';

const HOUR_MS = 3_600_000;

/** The zone's offset from UTC in minutes at an instant, from the platform's time zone data. */
function offsetReader(timeZone: string): (at: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (at) => {
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(new Date(at))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return Math.round((wall - Math.floor(at / 1000) * 1000) / 60_000);
  };
}

const utcOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/** The wall-clock time of an instant at that offset, as jCal writes a local date-time. */
function localStamp(at: number, offset: number): string {
  return new Date(at + offset * 60_000).toISOString().slice(0, 19);
}

/**
 * A VTIMEZONE for an IANA zone that lists each of its changes of offset between two years
 * explicitly (no yearly rule), read from the platform's zone data: exact for those years in
 * every calendar program, whatever rules the zone had then.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): ICAL.Component {
  const tz = new ICAL.Component('vtimezone');
  tz.addPropertyWithValue('tzid', timeZone);
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const observance = (kind: 'standard' | 'daylight', at: number, from: number, to: number) => {
    const c = new ICAL.Component(kind);
    c.addProperty(new ICAL.Property(['dtstart', {}, 'date-time', localStamp(at, from)]));
    c.addProperty(new ICAL.Property(['tzoffsetfrom', {}, 'utc-offset', utcOffset(from)]));
    c.addProperty(new ICAL.Property(['tzoffsetto', {}, 'utc-offset', utcOffset(to)]));
    tz.addSubcomponent(c);
  };
  const offsetMinutes = offsetReader(timeZone);
  let offset = offsetMinutes(start);
  const initial = offset;
  let changes = 0;
  // Offsets change at most a few times a year; probing once a day then narrowing to the minute finds each change.
  for (let t = start; t < end; t += 24 * HOUR_MS) {
    const next = offsetMinutes(t + 24 * HOUR_MS);
    if (next === offset) continue;
    let lo = t;
    let hi = t + 24 * HOUR_MS;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(mid) === offset) lo = mid;
      else hi = mid;
    }
    observance(next > offset ? 'daylight' : 'standard', hi, offset, next);
    offset = next;
    changes += 1;
  }
  if (changes === 0) observance('standard', start, initial, initial);
  return tz;
}
