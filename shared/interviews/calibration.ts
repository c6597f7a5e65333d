/**
 * What the calibration screen shows per interviewer. Worked out from the packed rows by
 * calibratePacked.ts; test/support/calibrationReference.ts keeps the same rule over plain
 * cards, the readable version the tests hold it to.
 */
export interface MeanDiff {
  /** Mean of (this interviewer's score − the mean of the others' scores on the same item). */
  meanDiff: number;
  /** How many ratings had someone else's to compare with. */
  compared: number;
}

export interface InterviewerCalibration {
  interviewerId: string;
  interviewerName: string;
  scorecards: number;
  strongYesShare: number;
  strongNoShare: number;
  /** null when no rating of theirs could be compared with another interviewer's. */
  overall: MeanDiff | null;
  byCompetency: ({ competency: string } & MeanDiff)[];
  /** By calendar month of submission, oldest first: how their lean moves over time. */
  byMonth: ({ month: string } & MeanDiff)[];
}
