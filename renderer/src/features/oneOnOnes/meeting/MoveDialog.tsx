import { useState, type FormEvent } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { Modal } from '#renderer/components/Modal';
import { withoutFieldPrefix } from '#renderer/api/serverErrors';

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
  const [date, setDate] = useState(meeting.date);
  const [time, setTime] = useState(meeting.time);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const moved = await call('oneOnOnes.move', { meetingId: meeting.id, date, time });
      onMoved(moved.id);
    } catch (err) {
      const x = err as Error & { field?: string };
      setError({ field: x.field, message: withoutFieldPrefix(x.message) });
    }
  };
  return (
    <Modal title="Move this 1:1" open={open} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">The agenda, notes and open items go with it; the series keeps its rhythm.</p>
        <div className={`field${error?.field === 'date' ? ' field--invalid' : ''}`}>
          <label htmlFor="move-date">New date</label>
          <input
            id="move-date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={error?.field === 'date' ? true : undefined}
            aria-describedby={error ? 'move-error' : undefined}
          />
        </div>
        <div className={`field${error?.field === 'time' ? ' field--invalid' : ''}`}>
          <label htmlFor="move-time">New time</label>
          <input
            id="move-time"
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            aria-invalid={error?.field === 'time' ? true : undefined}
          />
        </div>
        {error ? (
          <p id="move-error" className="field__error" role="alert">
            {error.message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            Move 1:1
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
