/**
 * JST calendar dates as 'YYYY-MM-DD' strings. Japan has no daylight saving time, so JST is always UTC+9,
 * and date arithmetic is done on UTC-midnight instants of the calendar date.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type IsoDate = string;

export function jstDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant at which a JST calendar date begins (00:00:00 JST). */
export function startOfJstDay(date: IsoDate): Date {
  return new Date(toUtcMidnight(date) - JST_OFFSET_MS);
}

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtcMidnight(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMidnight(t: number): IsoDate {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromUtcMidnight(toUtcMidnight(date) + n * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMidnight(b) - toUtcMidnight(a)) / DAY_MS);
}

/**
 * The same day of the month `n` months later (or earlier for negative n); when that month is shorter,
 * its last day (e.g. 05-31 minus 3 months is 02-28 or 02-29).
 */
export function addMonthsClamped(date: IsoDate, n: number): IsoDate {
  const d = new Date(toUtcMidnight(date));
  const targetMonthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const year = Math.floor(targetMonthIndex / 12);
  const month = targetMonthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtcMidnight(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
}

export function addYearsClamped(date: IsoDate, n: number): IsoDate {
  return addMonthsClamped(date, n * 12);
}

/** Age in whole years on a date; a person reaches an age on the birthday itself (29 Feb: on 1 Mar in common years). */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
