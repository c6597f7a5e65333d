/**
 * Which scheduled backups to keep: the newest of each of the last 7 days, of the last 4
 * weeks and of the last 6 months. Anything else is pruned. Safety copies (before a restore,
 * a migration or encryption) are not subject to this rule.
 */
export interface Dated {
  id: string;
  createdAt: string;
}

const DAY = 86_400_000;

/** The oldest a scheduled backup gets before pruning removes it: the monthly horizon below. */
export const LONGEST_KEPT_DAYS = 186;

function bucketKeep<T extends Dated>(
  items: T[],
  now: Date,
  count: number,
  bucketOf: (d: Date) => string,
  horizonMs: number,
): Set<string> {
  const keep = new Set<string>();
  const seen = new Set<string>();
  for (const item of [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const at = new Date(item.createdAt);
    if (now.getTime() - at.getTime() > horizonMs) continue;
    const bucket = bucketOf(at);
    if (seen.has(bucket) || seen.size >= count) continue;
    seen.add(bucket);
    keep.add(item.id);
  }
  return keep;
}

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return `${t.getUTCFullYear()}-W${Math.ceil(((t.getTime() - yearStart) / DAY + 1) / 7)}`;
}

export function backupsToKeep<T extends Dated>(items: T[], now: Date): Set<string> {
  const days = bucketKeep(items, now, 7, (d) => d.toISOString().slice(0, 10), 7 * DAY);
  const weeks = bucketKeep(items, now, 4, isoWeek, 28 * DAY);
  const months = bucketKeep(items, now, 6, (d) => d.toISOString().slice(0, 7), LONGEST_KEPT_DAYS * DAY);
  return new Set([...days, ...weeks, ...months]);
}

/** A scheduled backup is due when the newest one is older than the schedule's interval. */
export function backupDue(latest: string | null, schedule: 'off' | 'daily' | 'weekly', now: Date): boolean {
  if (schedule === 'off') return false;
  if (!latest) return true;
  const interval = schedule === 'daily' ? DAY : 7 * DAY;
  return now.getTime() - new Date(latest).getTime() >= interval;
}
