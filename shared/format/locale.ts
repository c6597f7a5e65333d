/**
 * Cairn speaks English, written the user's way. A German user reads "Thu, 3 Dec, 14:30" and
 * "1.234", not "Do., 3. Dez." inside an English sentence: dates, times and numbers use
 * English with the region of the user's locale (en-DE, en-FR, en-IN…), and the 12- or
 * 24-hour clock of the user's own locale even where ICU has no English for their region.
 */
export interface DisplayLocale {
  /** An English locale for Intl: words in English, order and separators of the user's region. */
  locale: string;
  /** The user's clock: 'h23' writes "05:00", 'h12' writes "5:00 AM". */
  hourCycle: 'h12' | 'h23';
}

const resolved = new Map<string, DisplayLocale>();

function supported(locale: string): boolean {
  return (
    Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 &&
    new Intl.DateTimeFormat(locale).resolvedOptions().locale === locale
  );
}

/** `userLocale` is for tests; without it, the locale where the app runs (the system's, in Electron). */
export function displayLocale(userLocale?: string): DisplayLocale {
  const user = userLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  let display = resolved.get(user);
  if (!display) {
    const { region } = new Intl.Locale(user).maximize();
    const english = region ? `en-${region}` : 'en-001';
    const cycle = new Intl.DateTimeFormat(user, { timeStyle: 'short' }).resolvedOptions().hourCycle;
    display = {
      // International English (day before month) where ICU has no English for the region.
      locale: supported(english) ? english : 'en-001',
      hourCycle: cycle === 'h11' || cycle === 'h12' ? 'h12' : 'h23',
    };
    resolved.set(user, display);
  }
  return display;
}
