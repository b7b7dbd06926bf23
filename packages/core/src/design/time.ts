/**
 * Wall-clock and calendar helpers on plain strings (`HH:MM`, `YYYY-MM-DD`), without time
 * zones: a run of show is in the venue's local time and a mission date is a calendar day.
 */

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isClock(value: string): boolean {
  return CLOCK.test(value);
}

/** `HH:MM` → minutes since midnight; throws on anything else. */
export function parseClock(value: string): number {
  const m = CLOCK.exec(value);
  if (!m) throw new RangeError(`not a time of day (HH:MM): ${value}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes since midnight → `HH:MM`. Past midnight the hours go on (`24:30`), so an overrun stays visible. */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function dateToUtc(value: string): number | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t;
}

/** A real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  return dateToUtc(value) !== null;
}

export function addDays(date: string, days: number): string {
  const t = dateToUtc(date);
  if (t === null) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return new Date(t + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = dateToUtc(from);
  const b = dateToUtc(to);
  if (a === null || b === null) throw new RangeError(`not a date (YYYY-MM-DD): ${a === null ? from : to}`);
  return Math.round((b - a) / DAY_MS);
}
