import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '#shared/calendar';
import { byUrgency, graceDays, pairHealth, quietAfterDays, type HealthInput } from '#shared/mentoring/health';

const pair = (patch: Partial<HealthInput> = {}): HealthInput => ({
  status: 'active',
  startDate: '2026-03-02',
  plannedEnd: null,
  cadenceDays: 14,
  lastSessionDate: '2026-03-02',
  sessionCount: 1,
  firstFit: 'good_fit',
  ...patch,
});
const kinds = (input: HealthInput, today: string) => pairHealth(input, today).flags.map((f) => f.kind);

describe('date arithmetic', () => {
  it('counts calendar days across month ends, leap days and DST changes', () => {
    expect(daysBetween('2026-03-02', '2026-03-16')).toBe(14);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // EU clocks change on 29 March
    expect(daysBetween('2026-03-16', '2026-03-02')).toBe(-14);
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
  });
});

describe('grace and quiet thresholds', () => {
  it('gives 2 days of grace to weekly, 4 to fortnightly, 8 to monthly pairs', () => {
    expect([graceDays(7), graceDays(14), graceDays(30), graceDays(1)]).toEqual([2, 4, 8, 2]);
  });
  it('calls a pair quiet after twice its cadence, never sooner than three weeks', () => {
    expect([quietAfterDays(7), quietAfterDays(14), quietAfterDays(30)]).toEqual([21, 28, 60]);
  });
});

describe('pairHealth', () => {
  it('is quiet about a pair that met on time, with the next session due one cadence on', () => {
    expect(pairHealth(pair(), '2026-03-10')).toEqual({ flags: [], urgency: 0, nextDue: '2026-03-16' });
  });

  it('flags overdue only after the grace period (fortnightly: due 16 March, grace 4 days)', () => {
    expect(kinds(pair(), '2026-03-20')).toEqual([]); // 4 days late: inside the grace
    const late = pairHealth(pair(), '2026-03-21');
    expect(late.flags).toEqual([{ kind: 'overdue', message: 'Session overdue by 5 days' }]);
  });

  it('says "never met" when the first session is overdue, and counts from the start date', () => {
    const never = pair({ lastSessionDate: null, sessionCount: 0, firstFit: null, cadenceDays: 7 });
    expect(kinds(never, '2026-03-11')).toEqual([]); // due 9 March, 2 days of grace
    expect(pairHealth(never, '2026-03-12').flags).toEqual([
      { kind: 'never_met', message: 'Never met: first session overdue by 3 days' },
    ]);
  });

  it('replaces overdue with "gone quiet" at twice the cadence', () => {
    expect(kinds(pair(), '2026-03-29')).toEqual(['overdue']); // 27 days since the last session
    expect(pairHealth(pair(), '2026-03-30').flags).toEqual([
      { kind: 'quiet', message: 'Gone quiet: last session 28 days ago' },
    ]);
    const never = pair({ lastSessionDate: null, sessionCount: 0, firstFit: null });
    expect(pairHealth(never, '2026-04-01').flags[0]?.message).toBe(
      'Gone quiet: never met in the 30 days since the start',
    );
  });

  it('flags a planned end within 14 days, today, and past', () => {
    const ending = pair({ plannedEnd: '2026-03-24', lastSessionDate: '2026-03-09' });
    expect(kinds(ending, '2026-03-09')).toEqual([]); // 15 days left
    expect(pairHealth(ending, '2026-03-10').flags).toEqual([
      { kind: 'ending_soon', message: 'Planned end in 14 days' },
    ]);
    expect(pairHealth(ending, '2026-03-24').flags.at(-1)?.message).toBe('Planned end is today');
    expect(pairHealth(ending, '2026-03-25').flags.at(-1)).toEqual({
      kind: 'past_end',
      message: 'Planned end passed 1 day ago',
    });
  });

  it('raises a first-session "not a fit" while the pair stays active', () => {
    expect(kinds(pair({ firstFit: 'not_a_fit' }), '2026-03-03')).toEqual(['not_a_fit']);
  });

  it('never flags proposed, paused or ended pairs, however old', () => {
    for (const status of ['proposed', 'paused', 'ended'] as const) {
      expect(pairHealth(pair({ status, plannedEnd: '2026-03-05' }), '2027-01-01')).toEqual({
        flags: [],
        urgency: 0,
        nextDue: null,
      });
    }
  });

  it('sorts by urgency: quiet before never met before overdue before ending soon, later ones first within a kind', () => {
    const today = '2026-04-10';
    const rows = [
      { name: 'ending', input: pair({ lastSessionDate: '2026-04-08', plannedEnd: '2026-04-20' }) },
      { name: 'overdue-a-little', input: pair({ lastSessionDate: '2026-03-20' }) },
      { name: 'fine', input: pair({ lastSessionDate: '2026-04-09' }) },
      { name: 'quiet', input: pair({ lastSessionDate: '2026-03-01' }) },
      { name: 'overdue-more', input: pair({ lastSessionDate: '2026-03-16' }) },
      {
        name: 'never',
        input: pair({ startDate: '2026-03-20', lastSessionDate: null, sessionCount: 0, firstFit: null }),
      },
    ].map((r, i) => ({ ...r, health: pairHealth(r.input, today), createdAt: String(i) }));
    expect(rows.sort(byUrgency).map((r) => r.name)).toEqual([
      'quiet',
      'never',
      'overdue-more',
      'overdue-a-little',
      'ending',
      'fine',
    ]);
  });
});
