import { z } from 'zod';
import { channel, query } from '../ipc/channel';
import { idSchema } from '../schemas/fields';
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

const byId = z.strictObject({ id: idSchema });
const panelRef = z.strictObject({ candidateId: idSchema, kitId: idSchema });
const ratings = z.array(ratingInputSchema).max(12, 'at most 12 ratings');

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
  'interviews.prefsGet': query<InterviewPrefs>()(z.strictObject({})),
  'interviews.prefsUpdate': channel<InterviewPrefs>()(prefsSchema),
  'interviews.interviewersList': query<Interviewer[]>()(z.strictObject({})),
  'interviews.interviewerCreate': channel<Interviewer>()(interviewerFieldsSchema),
  'interviews.rolesList': query<Role[]>()(z.strictObject({})),
  'interviews.roleGet': query<Role>()(byId),
  'interviews.roleCreate': channel<Role>()(roleFieldsSchema),
  /** Title, level and retention period; competencies stay, as kits and scorecards point at them. */
  'interviews.roleUpdate': channel<Role>()(z.strictObject({ id: idSchema, fields: roleSettingsSchema })),
  'interviews.kitGet': query<Kit>()(byId),
  /** kitId null creates a kit; otherwise a new version, so earlier scorecards keep theirs. */
  'interviews.kitSave': channel<Kit>()(
    z.strictObject({ roleId: idSchema, kitId: idSchema.nullable(), fields: kitFieldsSchema }),
  ),
  'interviews.candidatesList': query<Candidate[]>()(
    z.strictObject({ roleId: idSchema.optional(), erasureDue: z.boolean().optional() }),
  ),
  'interviews.candidateCreate': channel<Candidate>()(
    z.strictObject({ roleId: idSchema, fields: candidateFieldsSchema }),
  ),
  'interviews.candidateUpdate': channel<Candidate>()(z.strictObject({ id: idSchema, fields: candidateFieldsSchema })),
  'interviews.candidateGet': query<CandidateDetail>()(byId),
  /** `confirmName` must repeat the candidate's name: erasing cannot be undone. */
  'interviews.candidateErase': channel<{ erased: true }>()(
    z.strictObject({ id: idSchema, confirmName: z.string().max(400) }),
  ),
  'interviews.panelAdd': channel<PanelEntry>()(
    z.strictObject({ candidateId: idSchema, kitId: idSchema, interviewerId: idSchema }),
  ),
  'interviews.scorecardGet': query<Scorecard>()(byId),
  /** Drafts only. `submit` checks every rating has a score and evidence, then locks it. */
  'interviews.scorecardSave': channel<Scorecard>()(
    z.strictObject({ id: idSchema, ratings, recommendation: recommendationSchema.nullable(), submit: z.boolean() }),
  ),
  /** A change to a submitted scorecard, kept with its time and reason. */
  'interviews.scorecardAmend': channel<Scorecard>()(
    z.strictObject({
      id: idSchema,
      ratings,
      recommendation: recommendationSchema,
      reason: z.string().trim().min(1, 'say why the scorecard changes').max(1000, 'must be at most 1000 characters'),
    }),
  ),
  'interviews.scorecardExport': query<{ fileName: string; text: string }>()(byId),
  /** The text of a file in the format of docs/scorecard-format.md; all or nothing. */
  'interviews.scorecardImport': channel<Scorecard>()(
    z.strictObject({
      candidateId: idSchema,
      kitId: idSchema,
      text: z.string().max(200_000, 'the file is too large to be a scorecard'),
    }),
  ),
  /** Refused with code "forbidden" while your own scorecard for this panel is not submitted. */
  'interviews.debrief': query<Debrief>()(panelRef),
  'interviews.debriefExport': query<{ fileName: string; markdown: string }>()(panelRef),
  'interviews.decide': channel<Decision>()(decisionFieldsSchema),
  'interviews.calibration': query<InterviewerCalibration[]>()(z.strictObject({ roleId: idSchema.nullable() })),
};
