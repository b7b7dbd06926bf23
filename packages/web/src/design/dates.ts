/** Calendar days (`YYYY-MM-DD`) for display; no dependency, so any page can use it cheaply. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` as a calendar day in the reader's language, whatever their time zone. */
export function formatDay(date: string, language: string, style: 'long' | 'full' = 'long'): string {
  const m = DATE.exec(date);
  if (!m) return date;
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (utc.getUTCDate() !== Number(m[3])) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' }).format(utc);
}
