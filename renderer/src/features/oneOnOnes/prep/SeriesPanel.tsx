import { localDate } from '#shared/calendar';
import type { Prep, SeriesFields } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { useToast } from '#renderer/components/toasts';
import { useEffect, useRef } from 'react';
import { SeriesForm } from '../SeriesForm';
import { rescueFocus } from '../meeting/useFocusRescue';

function seriesDefaults(prep: Prep, myZone: string): SeriesFields {
  const s = prep.series;
  if (s)
    return {
      personId: prep.personId,
      cadence: s.cadence,
      everyDays: s.everyDays,
      firstDate: s.firstDate,
      time: s.time,
      timeZone: s.timeZone,
      monthlyBy: s.monthlyBy,
    };
  // A new series is anchored to the manager's own clock (docs/time-zones.md says why).
  return {
    personId: prep.personId,
    cadence: 'weekly',
    everyDays: null,
    firstDate: localDate(new Date(), myZone),
    time: '10:00',
    timeZone: myZone,
    monthlyBy: 'day',
  };
}

/** Sets up a person's 1:1 series, or changes it; shown at the top of prep when asked for. */
export function SeriesPanel({ prep, myZone, onClose }: { prep: Prep; myZone: string; onClose?: () => void }) {
  const person = useRequest(() => call('people.get', { id: prep.personId }), prep.personId);
  const notice = useToast();
  const save = async (fields: SeriesFields) => {
    await call('oneOnOnes.saveSeries', fields);
    onClose?.();
    notice('Series saved.');
  };
  const heading = useRef<HTMLHeadingElement>(null);
  const editing = Boolean(onClose);
  useEffect(() => {
    // Opened from the More menu: the form is where the keyboard goes next, not the menu's
    // button (the menu hands focus back to it as it closes, hence the frame's wait).
    const frame = editing ? requestAnimationFrame(() => heading.current?.focus()) : 0;
    return () => {
      cancelAnimationFrame(frame);
      // Saved or cancelled, the form is gone with the focus inside it: land on the screen's
      // primary action (Open next 1:1), else its title, never on <body>.
      requestAnimationFrame(rescueFocus);
    };
  }, [editing]);
  return (
    <section className="panel prep-brief__panel" aria-labelledby="series-heading">
      <h2 id="series-heading" ref={heading} tabIndex={-1}>
        {prep.series ? 'Edit the 1:1 series' : `Set up 1:1s with ${prep.personName}`}
      </h2>
      {person.data ? (
        <SeriesForm
          initial={seriesDefaults(prep, myZone)}
          myZone={myZone}
          person={{ name: prep.personName, ...prep.person, timeZone: person.data.timeZone ?? prep.person.timeZone }}
          onSaved={save}
          onCancel={onClose}
        />
      ) : null}
    </section>
  );
}
