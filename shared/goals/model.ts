import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredLine, requiredText } from '../schemas/fields';
import { ladderKeySchema } from '../ladders/model';

export const GOAL_STATUSES = ['proposed', 'active', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** A goal with no check-in for this many days is stale. */
export const STALE_AFTER_DAYS = 30;

export const goalFieldsSchema = z.strictObject({
  title: requiredLine('Title', 200),
  why: optionalText('Why', 2000),
  /** The ladder its competencies and target level come from; null for a goal outside any ladder. */
  ladderId: idSchema.nullable(),
  targetLevel: optionalText('Target level', 100),
  competencyIds: z.array(ladderKeySchema, { message: 'Choose the competencies from the list.' }).max(50),
  successCriteria: optionalText('Success criteria', 4000),
  dueDate: isoDateSchema.nullable(),
  status: z.enum(GOAL_STATUSES, { message: 'Choose proposed, active, achieved or dropped.' }),
});
export type GoalFields = z.output<typeof goalFieldsSchema>;

export const emptyGoalFields: GoalFields = {
  title: '',
  why: '',
  ladderId: null,
  targetLevel: '',
  competencyIds: [],
  successCriteria: '',
  dueDate: null,
  status: 'active',
};

export const checkInFieldsSchema = z.strictObject({
  /** Null means today (the store's today). */
  checkedOn: isoDateSchema.nullable(),
  note: requiredText('Note', 4000),
});
export type CheckInFields = z.output<typeof checkInFieldsSchema>;

export interface CheckIn {
  id: string;
  checkedOn: string;
  note: string;
  createdAt: string;
}

export interface Goal extends GoalFields {
  id: string;
  personId: string;
  ladderName: string | null;
  targetLevelName: string | null;
  competencyNames: string[];
  checkIns: CheckIn[];
  lastCheckInOn: string | null;
  /** Past its due date and still open (proposed or active). */
  overdue: boolean;
  /** Open, and no check-in (or creation) for STALE_AFTER_DAYS days. */
  stale: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface GoalsPrep {
  open: Goal[];
  /** Open goals due within the next 14 days (overdue ones included). */
  dueSoon: number;
  overdue: number;
  stale: number;
}
