/** Today in the manager's own zone, as YYYY-MM-DD (what a date input shows). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The date `months` months before today, for period filters. */
export function monthsAgo(months: number, now = new Date()): string {
  return localToday(new Date(now.getFullYear(), now.getMonth() - months, now.getDate()));
}
