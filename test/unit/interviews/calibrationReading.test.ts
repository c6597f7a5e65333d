import { describe, expect, it } from 'vitest';
import { readCalibration } from '#shared/interviews/calibrationReading';

describe('reading a difference from the panel', () => {
  it('calls under half a point either way in line, and half a point or more a lean', () => {
    expect(readCalibration({ meanDiff: 0.11, compared: 9 })).toEqual({
      lean: 'in-line',
      sure: true,
      words: 'In line with the panel',
    });
    expect(readCalibration({ meanDiff: -0.49, compared: 9 }).lean).toBe('in-line');
    expect(readCalibration({ meanDiff: 0.5, compared: 9 }).words).toBe('Scores higher than the panel');
    expect(readCalibration({ meanDiff: -0.5, compared: 9 }).words).toBe('Scores lower than the panel');
  });

  it('says when too few ratings were compared to be sure, from six on it is', () => {
    expect(readCalibration({ meanDiff: -1.5, compared: 4 })).toEqual({
      lean: 'lower',
      sure: false,
      words: 'Scores lower than the panel, on too few ratings to be sure',
    });
    expect(readCalibration({ meanDiff: -1.5, compared: 5 }).sure).toBe(false);
    expect(readCalibration({ meanDiff: -1.5, compared: 6 }).sure).toBe(true);
  });
});
