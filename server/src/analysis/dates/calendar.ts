/** Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, no time zones). */

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseYmd(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  return { y: +m[1], m: +m[2], d: +m[3] };
}

export function formatYmd(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export function formatYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toUtc(d: Ymd): Date {
  const t = new Date(Date.UTC(2000, d.m - 1, d.d));
  t.setUTCFullYear(d.y);
  return t;
}

function fromUtc(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(d: Ymd, n: number): Ymd {
  const total = d.y * 12 + (d.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(d.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(d: Ymd): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const days = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86400000);
  return { year: thursday.y, week: Math.floor(days / 7) + 1 };
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** The Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  const mondayW1 = addDays(jan4, 1 - weekday(jan4));
  return addDays(mondayW1, (week - 1) * 7);
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86400000);
}

/** The n-th (1-based) given ISO weekday of a month; n = -1 for the last one. */
export function nthWeekdayOfMonth(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const offset = (wd - weekday(first) + 7) % 7;
    return { y, m, d: 1 + offset + (n - 1) * 7 };
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return { y, m, d: last.d - ((weekday(last) - wd + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
