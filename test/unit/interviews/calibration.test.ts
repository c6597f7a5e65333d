import { describe, expect, it } from 'vitest';
import { calibrate, type CalibrationCard } from '../../support/calibrationReference';

const card = (
  panelKey: string,
  who: string,
  submittedAt: string,
  recommendation: CalibrationCard['recommendation'],
  ratings: [string, number | null][],
): CalibrationCard => ({
  panelKey,
  interviewerId: who,
  interviewerName: who,
  submittedAt,
  recommendation,
  ratings: ratings.map(([competency, score]) => ({ competency, score })),
});

/*
 * Panel P1 (January):  Design  Ann 4, Bob 2, Cy 3    Code  Ann 3, Bob 3, Cy –
 * Panel P2 (February): Design  Ann 4, Bob 1           Code  Ann 2, Bob –
 * Panel P3 (March):    Design  Dee 3 (alone)
 *
 * Ann:  Design 4−(2+3)/2 = +1.5, 4−1 = +3 → mean 2.25;  Code 3−3 = 0;  overall (1.5+0+3)/3 = 1.5
 * Bob:  Design 2−(4+3)/2 = −1.5, 1−4 = −3 → mean −2.25; Code 0;      overall −1.5
 * Cy:   Design 3−(4+2)/2 = 0;  overall 0
 * Dee:  nobody to compare with → overall null
 */
const cards = [
  card('P1', 'Ann', '2026-01-10T10:00:00Z', 'strong_yes', [
    ['Design', 4],
    ['Code', 3],
  ]),
  card('P1', 'Bob', '2026-01-10T11:00:00Z', 'no', [
    ['Design', 2],
    ['Code', 3],
  ]),
  card('P1', 'Cy', '2026-01-11T09:00:00Z', 'yes', [
    ['Design', 3],
    ['Code', null],
  ]),
  card('P2', 'Ann', '2026-02-05T10:00:00Z', 'strong_yes', [
    ['Design', 4],
    ['Code', 2],
  ]),
  card('P2', 'Bob', '2026-02-05T12:00:00Z', 'strong_no', [
    ['Design', 1],
    ['Code', null],
  ]),
  card('P3', 'Dee', '2026-03-01T12:00:00Z', 'yes', [['Design', 3]]),
];
const result = Object.fromEntries(calibrate(cards).map((c) => [c.interviewerName, c]));

describe('calibrate', () => {
  it('mean difference against the others per competency and overall', () => {
    expect(result.Ann!.byCompetency).toEqual([
      { competency: 'Code', meanDiff: 0, compared: 1 },
      { competency: 'Design', meanDiff: 2.25, compared: 2 },
    ]);
    expect(result.Ann!.overall).toEqual({ meanDiff: 1.5, compared: 3 });
    expect(result.Bob!.byCompetency).toEqual([
      { competency: 'Code', meanDiff: 0, compared: 1 },
      { competency: 'Design', meanDiff: -2.25, compared: 2 },
    ]);
    expect(result.Bob!.overall).toEqual({ meanDiff: -1.5, compared: 3 });
    expect(result.Cy!.overall).toEqual({ meanDiff: 0, compared: 1 });
  });

  it('an interviewer with no one to compare against has no mean difference', () => {
    expect(result.Dee).toMatchObject({ overall: null, byCompetency: [], byMonth: [], scorecards: 1 });
  });

  it('counts scorecards and the share of strong yes / strong no', () => {
    expect([result.Ann!.scorecards, result.Ann!.strongYesShare, result.Ann!.strongNoShare]).toEqual([2, 1, 0]);
    expect([result.Bob!.scorecards, result.Bob!.strongYesShare, result.Bob!.strongNoShare]).toEqual([2, 0, 0.5]);
    expect([result.Cy!.scorecards, result.Cy!.strongYesShare, result.Cy!.strongNoShare]).toEqual([1, 0, 0]);
  });

  it('shows the lean over time by month', () => {
    // Ann January: (1.5 + 0) / 2 = 0.75; February: 3
    expect(result.Ann!.byMonth).toEqual([
      { month: '2026-01', meanDiff: 0.75, compared: 2 },
      { month: '2026-02', meanDiff: 3, compared: 1 },
    ]);
  });

  it('rounds thirds to three places and sorts interviewers by name', () => {
    const thirds = calibrate([
      card('Q', 'Zed', '2026-01-01', 'yes', [['X', 4]]),
      card('Q', 'Amy', '2026-01-01', 'yes', [['X', 2]]),
      card('Q', 'Max', '2026-01-01', 'yes', [['X', 2]]),
      card('Q', 'Ola', '2026-01-01', 'yes', [['X', 3]]),
    ]);
    expect(thirds.map((c) => c.interviewerName)).toEqual(['Amy', 'Max', 'Ola', 'Zed']);
    // Amy, Max: 2 − (4+2+3)/3 = −1; Ola: 3 − 8/3 = 0.333…; Zed: 4 − 7/3 = 1.666…
    expect(thirds.map((c) => c.overall?.meanDiff)).toEqual([-1, -1, 0.333, 1.667]);
    expect(calibrate([])).toEqual([]);
  });
});
