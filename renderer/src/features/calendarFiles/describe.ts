import type { CalendarException, SeriesProposal } from '#shared/calendarFiles/model';
import { cadenceWords, monthlyWords } from '#shared/oneOnOnes/cadence';
import { formatClock, formatDate, formatWeekday } from '#shared/format';

export const cadenceText = (p: Pick<SeriesProposal, 'cadence' | 'everyDays' | 'firstDate' | 'monthlyBy'>) =>
  cadenceWords(p);

export function changesText(exceptions: CalendarException[]): string {
  const skipped = exceptions.filter((e) => e.kind === 'skipped').length;
  const moved = exceptions.length - skipped;
  const parts = [];
  if (skipped) parts.push(`${skipped} cancelled`);
  if (moved) parts.push(`${moved} moved`);
  return parts.join(', ') || 'None';
}

export const exceptionText = (e: CalendarException) =>
  e.kind === 'skipped'
    ? `${formatDate(e.date)}: cancelled (will show as skipped)`
    : `${formatDate(e.date)}: moved to ${formatDate(e.toDate)}, ${formatClock(e.toTime)}`;

/** The weekday (or day of the month) and time a series meets at, as the calendar has it. */
export function whenText(p: Pick<SeriesProposal, 'cadence' | 'firstDate' | 'time' | 'monthlyBy'>): string {
  const d = Number(p.firstDate.slice(8, 10));
  const time = formatClock(p.time);
  if (p.cadence === 'monthly' && p.monthlyBy !== 'day') {
    const words = monthlyWords(p.firstDate, p.monthlyBy).replace(/^on the /, '');
    return `${words[0]!.toUpperCase()}${words.slice(1)} of the month, ${time}`;
  }
  if (p.cadence === 'monthly') return `Day ${d} of the month, ${time}`;
  if (p.cadence === 'custom') return time;
  return `${formatWeekday(p.firstDate)}s, ${time}`;
}
