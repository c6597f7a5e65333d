import { useState } from 'react';
import { HOME_WEEK_PAGE, type HomeMeeting } from '#shared/home/model';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';

interface Added {
  /** The first page these follow; once Home reloads it, they no longer apply. */
  after: HomeMeeting[];
  meetings: HomeMeeting[];
  loading: boolean;
}

/**
 * The week's 1:1s beyond the first page Home's overview brings (issue 18: a director's week
 * is hundreds of meetings, too many to send at once), one page per "Show more". When Home
 * reloads its first page (something changed), the pages added here are dropped rather than
 * shown stale, and an answer that arrives after that is ignored.
 */
export function useWeekPages(first: HomeMeeting[], total: number) {
  const [added, setAdded] = useState<Added>({ after: first, meetings: [], loading: false });
  const notice = useToast();
  const current = added.after === first ? added : { after: first, meetings: [], loading: false };
  const shown = first.length + current.meetings.length;

  const loadMore = () => {
    setAdded({ ...current, loading: true });
    const settle = (page: HomeMeeting[]) =>
      setAdded((a) => (a.after === first ? { after: first, meetings: [...a.meetings, ...page], loading: false } : a));
    call('home.weekMeetings', { offset: shown }).then(settle, (error: Error) => {
      settle([]);
      notice(error.message, 'error');
    });
  };
  return {
    meetings: current.meetings.length ? [...first, ...current.meetings] : first,
    /** How many the next "Show more" brings; 0 when the whole week is shown. */
    next: Math.max(0, Math.min(HOME_WEEK_PAGE, total - shown)),
    loading: current.loading,
    loadMore,
  };
}
