import type { Reminder } from '#shared/reminders/model';
import type { Settings } from '#shared/settings/model';
import type { WritableDB } from '../db/access';
import { dueReminders } from './due';
import type { Notifier } from './notifier';

/**
 * Shows every due reminder that has not fired before, and records it first: a reminder is
 * written down in the store (so it survives restarts) before it is shown, so a crash in
 * between loses one notification rather than showing it twice.
 */
export function runReminders(
  db: WritableDB,
  settings: Settings,
  now: Date,
  notifier: Notifier,
  open: (route: string) => void,
): Reminder[] {
  const due = dueReminders(db, settings, now);
  const fired = db.prepare('SELECT 1 FROM reminders_fired WHERE key = ?');
  const fresh = due.filter((r) => fired.get(r.key) === undefined);
  if (!fresh.length) return [];
  const record = db.prepare('INSERT INTO reminders_fired (key, fired_at) VALUES (?, ?)');
  db.transaction(() => {
    for (const r of fresh) record.run(r.key, now.toISOString());
  })();
  for (const r of fresh) notifier.show(r, open);
  return fresh;
}
