import { Notification } from 'electron';
import type { Notifier } from './notifier';

/** Electron's Notification: the platform's own (Notification Center, toast, libnotify). */
export const electronNotifier: Notifier = {
  show(reminder, open) {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: reminder.title, body: reminder.body });
    notification.on('click', () => open(reminder.route));
    notification.show();
  },
};
