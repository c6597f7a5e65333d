import { formatZoneOffset } from '#shared/format';

/** The time zones a person can be in, with the words a manager reads instead of IANA ids. */
export interface TimeZoneOption {
  /** The IANA id the store keeps, e.g. "America/Argentina/Buenos_Aires". */
  id: string;
  /** "Buenos Aires (America, Argentina)": city first, since that is what people search for. */
  label: string;
  /** The offset from UTC today, e.g. "GMT-3", in the user's locale. */
  offset: string;
  /** Lower-case words the search matches against: city, region, id and offset. */
  search: string;
}

const words = (s: string) => s.replace(/[_/]/g, ' ').toLowerCase();

export function labelOfZone(zone: string): string {
  const parts = zone.split('/');
  if (parts.length === 1) return zone.replace(/_/g, ' ');
  const city = parts[parts.length - 1]!.replace(/_/g, ' ');
  return `${city} (${parts.slice(0, -1).join(', ').replace(/_/g, ' ')})`;
}

/**
 * ICU lists some zones under names their cities dropped years ago (Asia/Calcutta); the
 * current IANA name is what people search for and what the store keeps. Both are valid zones.
 */
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
};

function isZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the runtime knows, by its current name (plus UTC, which Intl lists apart), sorted by label. */
export function timeZoneOptions(at: Date = new Date(), locale?: string): TimeZoneOption[] {
  const current = (id: string) => {
    const renamed = CURRENT_NAMES[id];
    return renamed && isZone(renamed) ? renamed : id;
  };
  const zones = new Set([...Intl.supportedValuesOf('timeZone').map(current), 'UTC']);
  return [...zones]
    .map((id) => {
      const label = labelOfZone(id);
      const offset = formatZoneOffset(id, at, locale);
      return { id, label, offset, search: `${words(label)} ${words(id)} ${offset.toLowerCase()}` };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Every word typed must appear somewhere in the option: "buenos", "argentina aires", "gmt-3". */
export function zoneMatches(option: TimeZoneOption, typed: string): boolean {
  return words(typed)
    .split(/[\s,()]+/)
    .filter(Boolean)
    .every((w) => option.search.includes(w));
}

/**
 * The zone a typed text names exactly: its id ("Europe/Berlin"), its label, or a city that
 * only one zone has ("Berlin"); null when it names none or several.
 */
export function zoneNamedBy(options: readonly TimeZoneOption[], typed: string): TimeZoneOption | null {
  const t = typed.trim().toLowerCase();
  if (!t) return null;
  const exact = options.find((o) => o.id.toLowerCase() === t || o.label.toLowerCase() === t);
  if (exact) return exact;
  const byCity = options.filter((o) => o.label.toLowerCase().split(' (')[0] === t);
  return byCity.length === 1 ? byCity[0]! : null;
}
