import { z } from 'zod';
import { systemTimeZone } from '../calendar';
import { command, query } from '../ipc/channel';
import { timeZoneSchema } from '../schemas/fields';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The choices for the 1:1 preparation reminder, in minutes before it starts (0: off). */
export const PREP_REMINDER_MINUTES = [0, 5, 10, 15, 30, 60] as const;

export const settingsSchema = z.strictObject({
  theme: z.enum(THEMES, { message: 'Choose system, light or dark.' }),
  weekStart: z.enum(['monday', 'sunday'], { message: 'Choose Monday or Sunday.' }),
  backupSchedule: z.enum(['off', 'daily', 'weekly'], { message: 'Choose off, daily or weekly.' }),
  /** The manager's own zone; null follows the system's (see myTimeZone). */
  timeZone: timeZoneSchema.nullable(),
  /** Minutes before a 1:1 to remind the manager to prepare; 0 is off. */
  prepReminderMinutes: z.union(
    PREP_REMINDER_MINUTES.map((m) => z.literal(m)),
    {
      message: `Choose ${PREP_REMINDER_MINUTES.join(', ')} minutes.`,
    },
  ),
  /** Reminders of actions and goals due today, scorecards not submitted, mentoring pairs overdue. */
  dueReminders: z.boolean({ message: 'Choose on or off.' }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  theme: 'system',
  weekStart: 'monday',
  backupSchedule: 'daily',
  timeZone: null,
  prepReminderMinutes: 0,
  dueReminders: true,
};

/** The zone every time is shown in: the one chosen in Settings, else the system's. */
export function myTimeZone(settings: Pick<Settings, 'timeZone'> | null | undefined): string {
  return settings?.timeZone ?? systemTimeZone();
}

export interface AppInfo {
  version: string;
  dataFile: string;
  schemaVersion: number;
}

export const settingsContract = {
  'settings.get': query<Settings>()(z.strictObject({})),
  'settings.update': command<Settings>()(settingsSchema.partial()),
  'app.info': query<AppInfo>()(z.strictObject({})),
};
