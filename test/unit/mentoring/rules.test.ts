import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  agreementProblems,
  canChangeStatus,
  endReasonProblems,
  focusAreaProblems,
  pairEditProblems,
  pairPeopleProblems,
  sessionProblems,
  statusChangeProblems,
} from '#shared/mentoring/rules';
import { PAIR_STATUSES } from '#shared/mentoring/model';
import { addProblems } from '#shared/rules/problem';

describe('mentoring rules', () => {
  it('a mentor is not their own mentee; an unchosen mentor is not a clash', () => {
    expect(pairPeopleProblems('a', 'a')).toEqual([
      { field: 'menteeId', message: 'The mentee must be someone other than the mentor: choose another person.' },
    ]);
    expect(pairPeopleProblems('a', 'b')).toEqual([]);
    expect(pairPeopleProblems('', '')).toEqual([]);
  });

  it('the planned end comes after the start; no planned end is fine', () => {
    const problem = {
      field: 'agreement.plannedEnd',
      message: 'The planned end must be after the start date: choose a later day.',
    };
    expect(agreementProblems({ startDate: '2026-03-02', plannedEnd: '2026-03-02' })).toEqual([problem]);
    expect(agreementProblems({ startDate: '2026-03-02', plannedEnd: '2026-03-01' })).toEqual([problem]);
    expect(agreementProblems({ startDate: '2026-03-02', plannedEnd: '2026-03-03' })).toEqual([]);
    expect(agreementProblems({ startDate: '2026-03-02', plannedEnd: null })).toEqual([]);
  });

  it('a focus area is listed once, whatever its case', () => {
    expect(focusAreaProblems(['Testing', 'Hiring', 'testing'])).toEqual([
      { field: 'focusAreas', message: '"testing" is listed twice' },
    ]);
    expect(focusAreaProblems(['Testing', 'Hiring'])).toEqual([]);
  });

  it('statuses move proposed → active ⇄ paused, any open one may end, and ended is final', () => {
    const allowed = PAIR_STATUSES.flatMap((from) =>
      PAIR_STATUSES.filter((to) => canChangeStatus(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'proposed→active',
      'proposed→ended',
      'active→paused',
      'active→ended',
      'paused→active',
      'paused→ended',
    ]);
    expect(statusChangeProblems('ended', 'active', '')).toEqual([
      { field: 'status', message: 'An ended pair cannot become active.', conflict: true },
    ]);
    expect(statusChangeProblems('active', 'active', '')).toEqual([]);
  });

  it('ending needs a reason, and blank is no reason', () => {
    expect(statusChangeProblems('active', 'ended', '  ')).toEqual(endReasonProblems(''));
    expect(endReasonProblems('')).toEqual([{ field: 'reason', message: 'Say why the pair is ending.' }]);
    expect(statusChangeProblems('active', 'ended', 'Moved teams')).toEqual([]);
  });

  it('an ended pair is no longer edited', () => {
    expect(pairEditProblems('ended')).toMatchObject([{ field: 'id', conflict: true }]);
    expect(pairEditProblems('paused')).toEqual([]);
  });

  it('a session is dated within the pair, asks the fit once, and is refused on an ended pair', () => {
    const pair = { status: 'active' as const, startDate: '2026-03-02' };
    const today = '2026-04-01';
    expect(sessionProblems(pair, { date: '2026-04-02', fit: null }, today, true)).toEqual([
      {
        field: 'date',
        message: expect.stringMatching(
          /^The session date cannot be after today \(.*Apr.* 2026\): choose today or an earlier day\.$/,
        ),
      },
    ]);
    expect(sessionProblems(pair, { date: '2026-03-01', fit: null }, today, true)).toEqual([
      { field: 'date', message: 'The session is before the pair started: choose a day on or after the start date.' },
    ]);
    expect(sessionProblems(pair, { date: '2026-03-10', fit: 'good_fit' }, today, false)).toEqual([
      { field: 'fit', message: 'The fit check is asked on the first session only: leave it empty here.' },
    ]);
    expect(sessionProblems(pair, { date: today, fit: 'good_fit' }, today, true)).toEqual([]);
    expect(sessionProblems({ ...pair, status: 'ended' }, { date: today, fit: null }, today, true)).toMatchObject([
      { field: 'pairId', conflict: true },
    ]);
  });
});

describe('addProblems', () => {
  it("puts a rule's words on the form's own path for its field", () => {
    const schema = z
      .object({ startDate: z.string(), plannedEnd: z.string() })
      .superRefine((v, ctx) => addProblems(ctx, agreementProblems(v), (field) => field.replace('agreement.', '')));
    const result = schema.safeParse({ startDate: '2026-03-02', plannedEnd: '2026-03-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['plannedEnd', 'The planned end must be after the start date: choose a later day.'],
    ]);
  });
});
