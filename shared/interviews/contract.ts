import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { byIdSchema, idSchema, tooLongMessage } from '../schemas/fields';
import type { InterviewerCalibration } from './calibration';
import type { DebriefSummary } from './debrief';
import {
  candidateFieldsSchema,
  decisionFieldsSchema,
  interviewerFieldsSchema,
  kitFieldsSchema,
  prefsSchema,
  ratingInputSchema,
  recommendationSchema,
  roleFieldsSchema,
  roleSettingsSchema,
  type Candidate,
  type CandidateDetail,
  type Decision,
  type Interviewer,
  type InterviewPrefs,
  type Kit,
  type KitKind,
  type PanelEntry,
  type Role,
  type Scorecard,
} from './model';

const panelRef = z.strictObject({ candidateId: idSchema, kitId: idSchema });
const ratings = z.array(ratingInputSchema).max(12, 'A scorecard has at most 12 ratings.');

export interface Debrief {
  candidateId: string;
  /** The name, or the alias for a work sample graded blind. */
  candidateLabel: string;
  roleTitle: string;
  stage: string;
  kind: KitKind;
  summary: DebriefSummary;
  /** Panel members whose scorecard is not submitted yet. */
  pending: string[];
  decision: Decision | null;
}

export const interviewsContract = {
  'interviews.getPrefs': query<InterviewPrefs>()(z.strictObject({})),
  'interviews.updatePrefs': command<InterviewPrefs>()(prefsSchema),
  'interviews.listInterviewers': query<Interviewer[]>()(z.strictObject({})),
  'interviews.createInterviewer': command<Interviewer>()(interviewerFieldsSchema),
  'interviews.listRoles': query<Role[]>()(z.strictObject({})),
  'interviews.getRole': query<Role>()(byIdSchema),
  'interviews.createRole': command<Role>()(roleFieldsSchema),
  /** Title, level and retention period; competencies stay, as kits and scorecards point at them. */
  'interviews.updateRole': command<Role>()(z.strictObject({ id: idSchema, fields: roleSettingsSchema })),
  'interviews.getKit': query<Kit>()(byIdSchema),
  /** kitId null creates a kit; otherwise a new version, so earlier scorecards keep theirs. */
  'interviews.saveKit': command<Kit>()(
    z.strictObject({ roleId: idSchema, kitId: idSchema.nullable(), fields: kitFieldsSchema }),
  ),
  'interviews.listCandidates': query<Candidate[]>()(
    z.strictObject({ roleId: idSchema.optional(), erasureDue: z.boolean().optional() }),
  ),
  'interviews.createCandidate': command<Candidate>()(
    z.strictObject({ roleId: idSchema, fields: candidateFieldsSchema }),
  ),
  'interviews.updateCandidate': command<Candidate>()(z.strictObject({ id: idSchema, fields: candidateFieldsSchema })),
  'interviews.getCandidate': query<CandidateDetail>()(byIdSchema),
  /** `confirmName` must repeat the candidate's name: erasing cannot be undone. */
  'interviews.eraseCandidate': command<{ erased: true }>()(
    z.strictObject({ id: idSchema, confirmName: z.string().max(400) }),
  ),
  'interviews.addToPanel': command<PanelEntry>()(
    z.strictObject({ candidateId: idSchema, kitId: idSchema, interviewerId: idSchema }),
  ),
  'interviews.getScorecard': query<Scorecard>()(byIdSchema),
  /** Drafts only. `submit` checks every rating has a score and evidence, then locks it. */
  'interviews.saveScorecard': command<Scorecard>()(
    z.strictObject({ id: idSchema, ratings, recommendation: recommendationSchema.nullable(), submit: z.boolean() }),
  ),
  /** A change to a submitted scorecard, kept with its time and reason. */
  'interviews.amendScorecard': command<Scorecard>()(
    z.strictObject({
      id: idSchema,
      ratings,
      recommendation: recommendationSchema,
      reason: z.string().trim().min(1, 'Say why the scorecard changes.').max(1000, tooLongMessage('The reason', 1000)),
    }),
  ),
  'interviews.exportScorecard': query<{ fileName: string; text: string }>()(byIdSchema),
  /** The text of a file in the format of docs/scorecard-format.md; all or nothing. */
  'interviews.importScorecard': command<Scorecard>()(
    z.strictObject({
      candidateId: idSchema,
      kitId: idSchema,
      text: z.string().max(200_000, 'The file is too large to be a scorecard: choose the file Cairn exported.'),
    }),
  ),
  /** Refused with code "forbidden" while your own scorecard for this panel is not submitted. */
  'interviews.debrief': query<Debrief>()(panelRef),
  'interviews.exportDebrief': query<{ fileName: string; markdown: string }>()(panelRef),
  'interviews.decide': command<Decision>()(decisionFieldsSchema),
  'interviews.calibration': query<InterviewerCalibration[]>()(z.strictObject({ roleId: idSchema.nullable() })),
};
