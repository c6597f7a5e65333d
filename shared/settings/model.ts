import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { timeZoneSchema } from '../schemas/fields';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const settingsSchema = z.strictObject({
  theme: z.enum(THEMES, { message: 'must be system, light or dark' }),
  weekStart: z.enum(['monday', 'sunday'], { message: 'must be monday or sunday' }),
  backupSchedule: z.enum(['off', 'daily', 'weekly'], { message: 'must be off, daily or weekly' }),
  /** The manager's own zone; null follows the system's (see myTimeZone). */
  timeZone: timeZoneSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  theme: 'system',
  weekStart: 'monday',
  backupSchedule: 'daily',
  timeZone: null,
};

/** The zone every time is shown in: the one chosen in Settings, else the system's. */
export function myTimeZone(settings: Pick<Settings, 'timeZone'> | null | undefined): string {
  return settings?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
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
