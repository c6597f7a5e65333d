/**
 * Outlook and Exchange name time zones the Windows way: by id ("W. Europe Standard Time")
 * or by the display name Outlook shows ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome,
 * Stockholm, Vienna"). Each row gives both for one Windows zone and the IANA zone it stands
 * for (its "001" territory zone). Only the zones people commonly meet in; a name not here is
 * reported as unknown, never guessed.
 */
interface WindowsZone {
  windows: string;
  display: string[];
  iana: string;
}

const ZONES: WindowsZone[] = [
  { windows: 'UTC', display: ['Coordinated Universal Time'], iana: 'UTC' },
  {
    windows: 'GMT Standard Time',
    display: ['Dublin, Edinburgh, Lisbon, London', 'Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London'],
    iana: 'Europe/London',
  },
  { windows: 'Greenwich Standard Time', display: ['Monrovia, Reykjavik'], iana: 'Atlantic/Reykjavik' },
  {
    windows: 'W. Europe Standard Time',
    display: ['Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'],
    iana: 'Europe/Berlin',
  },
  {
    windows: 'Central Europe Standard Time',
    display: ['Belgrade, Bratislava, Budapest, Ljubljana, Prague'],
    iana: 'Europe/Budapest',
  },
  { windows: 'Romance Standard Time', display: ['Brussels, Copenhagen, Madrid, Paris'], iana: 'Europe/Paris' },
  { windows: 'Central European Standard Time', display: ['Sarajevo, Skopje, Warsaw, Zagreb'], iana: 'Europe/Warsaw' },
  { windows: 'W. Central Africa Standard Time', display: ['West Central Africa'], iana: 'Africa/Lagos' },
  { windows: 'GTB Standard Time', display: ['Athens, Bucharest'], iana: 'Europe/Bucharest' },
  {
    windows: 'FLE Standard Time',
    display: ['Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', 'Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius'],
    iana: 'Europe/Kiev',
  },
  { windows: 'Israel Standard Time', display: ['Jerusalem'], iana: 'Asia/Jerusalem' },
  { windows: 'Egypt Standard Time', display: ['Cairo'], iana: 'Africa/Cairo' },
  { windows: 'South Africa Standard Time', display: ['Harare, Pretoria'], iana: 'Africa/Johannesburg' },
  { windows: 'Turkey Standard Time', display: ['Istanbul'], iana: 'Europe/Istanbul' },
  {
    windows: 'Russian Standard Time',
    display: ['Moscow, St. Petersburg', 'Moscow, St. Petersburg, Volgograd'],
    iana: 'Europe/Moscow',
  },
  { windows: 'E. Africa Standard Time', display: ['Nairobi'], iana: 'Africa/Nairobi' },
  { windows: 'Arabian Standard Time', display: ['Abu Dhabi, Muscat'], iana: 'Asia/Dubai' },
  { windows: 'Iran Standard Time', display: ['Tehran'], iana: 'Asia/Tehran' },
  { windows: 'Pakistan Standard Time', display: ['Islamabad, Karachi'], iana: 'Asia/Karachi' },
  { windows: 'India Standard Time', display: ['Chennai, Kolkata, Mumbai, New Delhi'], iana: 'Asia/Kolkata' },
  { windows: 'Sri Lanka Standard Time', display: ['Sri Jayawardenepura'], iana: 'Asia/Colombo' },
  { windows: 'Nepal Standard Time', display: ['Kathmandu'], iana: 'Asia/Kathmandu' },
  { windows: 'Bangladesh Standard Time', display: ['Dhaka'], iana: 'Asia/Dhaka' },
  { windows: 'SE Asia Standard Time', display: ['Bangkok, Hanoi, Jakarta'], iana: 'Asia/Bangkok' },
  { windows: 'China Standard Time', display: ['Beijing, Chongqing, Hong Kong, Urumqi'], iana: 'Asia/Shanghai' },
  { windows: 'Singapore Standard Time', display: ['Kuala Lumpur, Singapore'], iana: 'Asia/Singapore' },
  { windows: 'Taipei Standard Time', display: ['Taipei'], iana: 'Asia/Taipei' },
  { windows: 'W. Australia Standard Time', display: ['Perth'], iana: 'Australia/Perth' },
  { windows: 'Tokyo Standard Time', display: ['Osaka, Sapporo, Tokyo'], iana: 'Asia/Tokyo' },
  { windows: 'Korea Standard Time', display: ['Seoul'], iana: 'Asia/Seoul' },
  { windows: 'Cen. Australia Standard Time', display: ['Adelaide'], iana: 'Australia/Adelaide' },
  { windows: 'E. Australia Standard Time', display: ['Brisbane'], iana: 'Australia/Brisbane' },
  { windows: 'AUS Eastern Standard Time', display: ['Canberra, Melbourne, Sydney'], iana: 'Australia/Sydney' },
  { windows: 'New Zealand Standard Time', display: ['Auckland, Wellington'], iana: 'Pacific/Auckland' },
  { windows: 'Azores Standard Time', display: ['Azores'], iana: 'Atlantic/Azores' },
  { windows: 'E. South America Standard Time', display: ['Brasilia'], iana: 'America/Sao_Paulo' },
  {
    windows: 'Argentina Standard Time',
    display: ['City of Buenos Aires', 'Buenos Aires'],
    iana: 'America/Buenos_Aires',
  },
  { windows: 'Pacific SA Standard Time', display: ['Santiago'], iana: 'America/Santiago' },
  { windows: 'Newfoundland Standard Time', display: ['Newfoundland'], iana: 'America/St_Johns' },
  { windows: 'Atlantic Standard Time', display: ['Atlantic Time (Canada)'], iana: 'America/Halifax' },
  {
    windows: 'SA Pacific Standard Time',
    display: ['Bogota, Lima, Quito, Rio Branco', 'Bogota, Lima, Quito'],
    iana: 'America/Bogota',
  },
  { windows: 'Eastern Standard Time', display: ['Eastern Time (US & Canada)'], iana: 'America/New_York' },
  { windows: 'Central Standard Time', display: ['Central Time (US & Canada)'], iana: 'America/Chicago' },
  {
    windows: 'Central Standard Time (Mexico)',
    display: ['Guadalajara, Mexico City, Monterrey'],
    iana: 'America/Mexico_City',
  },
  { windows: 'Mountain Standard Time', display: ['Mountain Time (US & Canada)'], iana: 'America/Denver' },
  { windows: 'US Mountain Standard Time', display: ['Arizona'], iana: 'America/Phoenix' },
  { windows: 'Pacific Standard Time', display: ['Pacific Time (US & Canada)'], iana: 'America/Los_Angeles' },
  { windows: 'Alaskan Standard Time', display: ['Alaska'], iana: 'America/Anchorage' },
  { windows: 'Hawaiian Standard Time', display: ['Hawaii'], iana: 'Pacific/Honolulu' },
];

/** Lower case, no iCalendar escapes, single spaces: how Outlook's names vary between exports. */
const normalise = (name: string) => name.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();

const byName = new Map<string, string>();
for (const zone of ZONES) {
  byName.set(normalise(zone.windows), zone.iana);
  for (const display of zone.display) byName.set(normalise(display), zone.iana);
}

/** The IANA zone for a Windows id or Outlook display name ("(UTC-05:00) Eastern Time (US & Canada)"); null if unknown. */
export function ianaForWindowsZone(name: string): string | null {
  const withoutOffset = name.replace(/^\s*\((?:UTC|GMT)(?:[+-]\d{1,2}:\d{2})?\)\s*/i, '');
  return byName.get(normalise(withoutOffset)) ?? null;
}
