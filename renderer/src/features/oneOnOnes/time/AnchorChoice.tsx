import type { UseFormRegisterReturn } from 'react-hook-form';
import { formatClock, formatZone } from '#shared/format';
import { convertWallClock } from '#shared/oneOnOnes/zones';

interface Who {
  name: string;
  callName: string;
  timeZone: string | null;
}

/**
 * The clocks a series could keep: the manager's, the other person's when it differs, and the
 * one it was set up on when that is neither.
 */
export function anchorOptions(initial: string, myZone: string, person: Who): { zone: string; label: string }[] {
  const options = [{ zone: myZone, label: `My time (${formatZone(myZone)})` }];
  if (person.timeZone && person.timeZone !== myZone)
    options.push({ zone: person.timeZone, label: `${person.callName}’s time (${formatZone(person.timeZone)})` });
  // A series set up on a third clock keeps it until the manager picks another.
  if (!options.some((o) => o.zone === initial))
    options.push({ zone: initial, label: `As set up (${formatZone(initial)})` });
  return options;
}

/**
 * Which clock the series keeps when daylight saving starts or ends: the manager's (the
 * default) or the other person's. The time typed is on that clock; the other one may move
 * by an hour for a few weeks a year. docs/time-zones.md explains the default.
 */
export function AnchorChoice({
  register,
  anchor,
  initial,
  myZone,
  person,
  error,
}: {
  register: UseFormRegisterReturn<'timeZone'>;
  anchor: string;
  initial: string;
  myZone: string;
  person: Who;
  error?: string | undefined;
}) {
  const options = anchorOptions(initial, myZone, person);
  return (
    <fieldset className={`field anchor-choice${error ? ' field--invalid' : ''}`} aria-describedby="anchor-hint">
      <legend>Keep the time fixed on</legend>
      {options.map((o) => (
        <label key={o.zone} className="choice">
          <input type="radio" value={o.zone} {...register} />
          {o.label}
        </label>
      ))}
      <p id="anchor-hint" className="field__hint">
        When the clocks change, the 1:1 stays at the same time in {formatZone(anchor)}
        {options.length > 1 ? '; on the other clock it may move by an hour' : ''}.
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** "That is 10:00 for you and 15:30 for Priya on the first 1:1." */
export function AnchorPreview({
  date,
  time,
  anchor,
  myZone,
  person,
}: {
  date: string;
  time: string;
  anchor: string;
  myZone: string;
  person: Who;
}) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || !/^\d{2}:\d{2}$/.test(time ?? '')) return null;
  let mine: string;
  let theirs: string | null = null;
  try {
    mine = formatClock(convertWallClock({ date, time }, anchor, myZone).time);
    if (person.timeZone && person.timeZone !== myZone)
      theirs = formatClock(convertWallClock({ date, time }, anchor, person.timeZone).time);
  } catch {
    return null;
  }
  return (
    <>
      On the first 1:1: {mine} for you{theirs ? ` and ${theirs} for ${person.callName}` : ''}.
    </>
  );
}
