import { ianaForWindowsZone } from './windowsZones';

function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface ResolvedZone {
  timeZone: string;
  /** The file's own name when it was not already an IANA zone (Outlook's Windows names). */
  from: string | null;
}

/**
 * The IANA zone a TZID stands for: an IANA name as Google and Apple write it, a Windows id or
 * Outlook display name as Exchange writes it, or the IANA name some programs put in the
 * VTIMEZONE's X-LIC-LOCATION. Null when none of these says which zone it is.
 */
export function resolveZone(tzid: string, licLocation: string | null): ResolvedZone | null {
  const windows = ianaForWindowsZone(tzid);
  if (windows) return { timeZone: windows, from: tzid };
  if (isIanaZone(tzid)) return { timeZone: tzid, from: null };
  if (licLocation && isIanaZone(licLocation)) return { timeZone: licLocation, from: tzid };
  return null;
}
