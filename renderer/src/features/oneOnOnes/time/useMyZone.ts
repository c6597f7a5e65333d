import { myTimeZone } from '#shared/settings/model';
import { useSettings } from '../../settings/theme';

/** The manager's zone (Settings, else the system's): every 1:1 time on screen is read in it. */
export function useMyZone(): string {
  return useSettings((s) => myTimeZone(s.settings));
}
