/**
 * One operating-system notification. Its words never carry note text, private content,
 * ratings or a candidate's name: only what kind of thing is due and, for a 1:1 or a pair,
 * the first name of someone on the manager's team ("1:1 with Priya in 15 minutes").
 */
export interface Reminder {
  /** What it is about and for which occurrence: the same key never fires twice. */
  key: string;
  title: string;
  body: string;
  /** The screen a click opens (a route of the window). */
  route: string;
}
