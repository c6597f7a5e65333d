import { formatDate } from '../format';

/**
 * The one refusal for a date typed in the future where only the past makes sense (a check-in,
 * evidence seen, an assessment, a session): which day today is, on the manager's own clock,
 * and what to choose instead. `what` names the date: "The check-in date".
 */
export function notAfterTodayMessage(what: string, today: string): string {
  return `${what} cannot be after today (${formatDate(today, { year: 'always' })}): choose today or an earlier day.`;
}
