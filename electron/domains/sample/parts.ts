import { evidencePart } from './evidence';
import { growthPart } from './growth';
import { interviewsPart } from './interviews';
import { mentoringPart } from './mentoring';
import { oneOnOnesPart } from './oneOnOnes';
import { teamPart } from './team';
import type { SamplePart } from './writer';

/** The sample team, part by part; each domain appends its part (people and teams come first). */
export const sampleParts: SamplePart[] = [
  teamPart,
  growthPart,
  mentoringPart,
  oneOnOnesPart,
  interviewsPart,
  evidencePart,
];
