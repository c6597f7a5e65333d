import { z } from 'zod';
import { command, query } from '../ipc/channel';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const settingsSchema = z.strictObject({
  theme: z.enum(THEMES, { message: 'must be system, light or dark' }),
  weekStart: z.enum(['monday', 'sunday'], { message: 'must be monday or sunday' }),
  backupSchedule: z.enum(['off', 'daily', 'weekly'], { message: 'must be off, daily or weekly' }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { theme: 'system', weekStart: 'monday', backupSchedule: 'daily' };

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
