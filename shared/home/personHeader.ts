import type { Counterpart, MeetingSummary } from '../oneOnOnes/model';

/** A mentoring pair of the person's that has a health flag, in the manager's words. */
export interface PairAttention {
  pairId: string;
  /** The other side of the pair. */
  otherName: string;
  /** The person's role in the pair. */
  role: 'mentor' | 'mentee';
  /** The pair's health flags, most urgent first ("Session overdue by 5 days"). */
  messages: string[];
}

/** What the top of a person's page says before any section: who they are and what needs the manager. */
export interface PersonHeader {
  personId: string;
  person: Counterpart;
  ladder: { name: string; trackName: string | null; levelName: string | null } | null;
  upcoming: MeetingSummary | null;
  lastHeld: { meetingId: string; date: string; daysAgo: number } | null;
  latestMood: { date: string; mood: number } | null;
  daysSinceCareer: number | null;
  /** A career conversation is due (shared/oneOnOnes/career.ts). */
  careerDue: boolean;
  overdueActions: number;
  overdueGoals: number;
  staleGoals: number;
  pairs: PairAttention[];
}
