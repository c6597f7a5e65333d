import { addDays } from './calendar';
import type { WeekStart } from './home/model';

/**
 * The week (first and last day, YYYY-MM-DD) that `date` falls in, starting on Monday or
 * Sunday. Pure calendar arithmetic: the caller picks whose "today" it is.
 */
export function weekOf(date: string, startsOn: WeekStart): { start: string; end: string } {
  // getUTCDay: 0 = Sunday … 6 = Saturday.
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const back = startsOn === 'monday' ? (weekday + 6) % 7 : weekday;
  const start = addDays(date, -back);
  return { start, end: addDays(start, 6) };
}
