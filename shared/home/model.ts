import type { WeekStart } from '../calendar';
import type { PairHealth } from '../mentoring/health';
import type { Counterpart, MeetingStatus, Side } from '../oneOnOnes/model';
import type { GoalStatus } from '../goals/model';

/** How many of the week's 1:1s Home shows at first, and how many more each "Show more" brings. */
export const HOME_WEEK_PAGE = 50;

/** One of this week's 1:1s and how ready it is. */
export interface HomeMeeting {
  meetingId: string;
  personId: string;
  personName: string;
  person: Counterpart;
  /**
   * The instant it starts (UTC): Home reads it on the manager's clock and on the person's
   * (`person.timeZone`). The meeting's own date, time and zone stay out: Home shows neither,
   * and at 500 people a week's list is Home's largest part.
   */
  startsAt: string;
  status: MeetingStatus;
  /** Open agenda items on it, by who raised them. */
  agendaFromMe: number;
  agendaFromThem: number;
  /** Open items on it that were already on an earlier meeting. */
  carriedOver: number;
  /** Open actions on it (either side). */
  openActions: number;
  /** Shared or private notes have been written. */
  notesStarted: boolean;
  /** Still scheduled on a day already gone in the person's zone: held but not marked, or missed. */
  notMarkedHeld: boolean;
}

export interface HomeAction {
  itemId: string;
  personId: string;
  personName: string;
  text: string;
  /** Who owns it. */
  side: Side;
  dueDate: string;
  daysOverdue: number;
  /** The meeting it sits on now (the upcoming one when it carries over). */
  meetingId: string | null;
}

export interface HomeGoal {
  goalId: string;
  personId: string;
  personName: string;
  title: string;
  status: GoalStatus;
  dueDate: string | null;
  overdue: boolean;
  stale: boolean;
  /** Due within the goals domain's "due soon" window (overdue included). */
  dueSoon: boolean;
}

export interface HomePair {
  pairId: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string };
  /** The mentoring domain's health verdict: at least one flag. */
  health: PairHealth;
}

export interface HomeScorecard {
  scorecardId: string;
  candidateId: string;
  /** The candidate's name, or their alias on a work-sample stage (graded blind). */
  candidateLabel: string;
  roleTitle: string;
  stage: string;
  createdAt: string;
}

export interface HomeOverview {
  /** Today on the manager's clock (their zone), and the week it falls in by the week-start setting. */
  today: string;
  /** The manager's zone every time on Home is read in. */
  myZone: string;
  week: { start: string; end: string; startsOn: WeekStart };
  /** No people at all: the first-run state. */
  firstRun: boolean;
  /**
   * The week's 1:1s in time order: the first HOME_WEEK_PAGE of them, out of `meetingsTotal`
   * (a director's week holds hundreds); home.weekMeetings gives the rest a page at a time.
   */
  meetings: HomeMeeting[];
  meetingsTotal: number;
  /** Oldest due first; at most HOME_LIST_LIMIT, out of `overdueActionsTotal`. */
  overdueActions: HomeAction[];
  overdueActionsTotal: number;
  /** Overdue, then due soon, then stale; at most HOME_LIST_LIMIT, out of `goalsTotal`. */
  goals: HomeGoal[];
  goalsTotal: number;
  pairs: HomePair[];
  scorecards: HomeScorecard[];
  /** False until the manager says which panel member they are (Interviews settings). */
  selfInterviewerSet: boolean;
}
