import { quoted } from '../format';
import type { CalendarProblem } from './model';

/**
 * One calendar event Cairn will not import, as one sentence that says which event and where:
 * "Event on line 42 (“Weekly 1:1”): it has no start time (DTSTART)." The reason continues
 * after the colon, so a reason that starts a sentence of its own ("Cairn cannot…", a name)
 * keeps its capital and one that reads on ("it is an all-day event…") stays lowercase.
 */
export function calendarProblemSentence(problem: CalendarProblem): string {
  const reason = problem.message.trim();
  return `Event on line ${problem.line} (${quoted(problem.summary)}): ${reason}${/[.?!]$/.test(reason) ? '' : '.'}`;
}
