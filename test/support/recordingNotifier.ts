import type { Reminder } from '#shared/reminders/model';
import type { Notifier } from '#electron/reminders/notifier';

/** The notifier of tests: records what would have been shown, and can click one. */
export function recordingNotifier() {
  const shown: { reminder: Reminder; open: (route: string) => void }[] = [];
  const notifier: Notifier = { show: (reminder, open) => shown.push({ reminder, open }) };
  return {
    notifier,
    shown,
    bodies: () => shown.map((s) => s.reminder.body),
    click: (index: number) => shown[index]!.open(shown[index]!.reminder.route),
  };
}
