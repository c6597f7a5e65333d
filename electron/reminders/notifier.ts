import type { Reminder } from '#shared/reminders/model';

/**
 * Where reminders are shown: the operating system's notifications in the app
 * (electronNotifier.ts), a recording list in tests. `open` is called when the user clicks
 * one, with the route to show.
 */
export interface Notifier {
  show(reminder: Reminder, open: (route: string) => void): void;
}
