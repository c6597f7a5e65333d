import { describe, expect, it } from 'vitest';
import { backupDue, backupsToKeep } from '#electron/backup/retention';

const at = (iso: string) => ({ id: iso, createdAt: iso });

describe('backup retention', () => {
  it('keeps the newest of each of the last 7 days, 4 weeks and 6 months', () => {
    const now = new Date('2026-07-01T12:00:00Z');
    // One backup a day, 9 months back, two on the newest day.
    const items = [at('2026-07-01T11:00:00.000Z'), at('2026-07-01T08:00:00.000Z')];
    for (let d = 1; d <= 270; d++) items.push(at(new Date(now.getTime() - d * 86_400_000).toISOString()));
    const keep = backupsToKeep(items, now);
    expect(keep.has('2026-07-01T11:00:00.000Z')).toBe(true);
    expect(keep.has('2026-07-01T08:00:00.000Z')).toBe(false); // same day, older
    expect(keep.has('2026-06-25T12:00:00.000Z')).toBe(true); // 6 days back: a daily
    expect(keep.has('2026-06-23T12:00:00.000Z')).toBe(false); // 8 days, not a week's newest
    // at most 7 daily + 4 weekly + 6 monthly, with overlaps
    expect(keep.size).toBeLessThanOrEqual(17);
    expect(keep.size).toBeGreaterThanOrEqual(10);
    const kept = [...keep].sort();
    expect(kept[0]! >= '2026-01-01').toBe(true); // nothing older than ~6 months
  });

  it('is due when the newest scheduled backup is older than the interval', () => {
    const now = new Date('2026-07-10T12:00:00Z');
    expect(backupDue(null, 'daily', now)).toBe(true);
    expect(backupDue('2026-07-09T12:00:01Z', 'daily', now)).toBe(false);
    expect(backupDue('2026-07-09T12:00:00Z', 'daily', now)).toBe(true);
    expect(backupDue('2026-07-05T12:00:00Z', 'weekly', now)).toBe(false);
    expect(backupDue('2026-07-03T12:00:00Z', 'weekly', now)).toBe(true);
    expect(backupDue(null, 'off', now)).toBe(false);
  });
});
