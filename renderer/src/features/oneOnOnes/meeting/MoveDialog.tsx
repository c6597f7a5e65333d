import { useState, type FormEvent } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRefusal } from '#renderer/api/useRefusal';
import { FormError } from '#renderer/components/FormError';
import { Modal } from '#renderer/components/Modal';
import { formatClock, formatDate, formatZone } from '#shared/format';
import { convertWallClock, wallClockAt } from '#shared/oneOnOnes/zones';
import { useMyZone } from '../time/useMyZone';
import { DatePicker } from '#renderer/components/pickers/DatePicker';
import { TimeField } from '#renderer/components/pickers/TimeField';
import { FormActions } from '#renderer/components/FormActions';

/** "15:30 for Priya" for the date and time typed on my clock; null when it reads the same or does not parse. */
function theirsFor(date: string, time: string, myZone: string, meeting: Meeting): string | null {
  const zone = meeting.person.timeZone;
  if (!zone || zone === myZone || !date || !time) return null;
  try {
    const there = convertWallClock({ date, time }, myZone, zone);
    if (there.time === time && there.date === date) return null;
    const day = there.date === date ? '' : ` on ${formatDate(there.date)}`;
    return `${formatClock(there.time)}${day} for ${meeting.person.callName}`;
  } catch {
    return null;
  }
}

/** Said when both clocks read the same, so the manager need not wonder; nothing when their zone is unknown. */
function sameClockFor(date: string, time: string, meeting: Meeting): string | undefined {
  return date && time && meeting.person.timeZone ? `The same time for ${meeting.person.callName}.` : undefined;
}

export function MoveDialog({
  meeting,
  open,
  onClose,
  onMoved,
}: {
  meeting: Meeting;
  open: boolean;
  onClose: () => void;
  onMoved: (id: string) => void;
}) {
  // Asked on the manager's clock, whatever zone the meeting is anchored to.
  const myZone = useMyZone();
  const [date, setDate] = useState(() => wallClockAt(meeting.startsAt, myZone).date);
  const [time, setTime] = useState(() => wallClockAt(meeting.startsAt, myZone).time);
  const theirs = theirsFor(date, time, myZone, meeting);
  const refusal = useRefusal(['date', 'time']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const moved = await call('oneOnOnes.move', { meetingId: meeting.id, date, time, timeZone: myZone });
      onMoved(moved.id);
    } catch (err) {
      refusal.show(err);
    }
  };
  return (
    <Modal title="Move this 1:1" open={open} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">The agenda, notes and open items go with it; the series keeps its rhythm.</p>
        <div className="form-grid">
          <DatePicker label="New date" clearable={false} value={date} onChange={setDate} error={refusal.on('date')} />
          <TimeField
            label={`New time, your time (${formatZone(myZone)})`}
            value={time}
            onChange={setTime}
            error={refusal.on('time')}
            hint={theirs ? `That is ${theirs}.` : sameClockFor(date, time, meeting)}
            hintLive
          />
        </div>
        <FormError message={refusal.formError} />
        <FormActions submitLabel="Move 1:1" onCancel={onClose} />
      </form>
    </Modal>
  );
}
