/**
 * Reads a TIMEX3 value into what it names, for the layer's readers (hover words, Outline order, validation, type).
 * The forms: calendar dates and their parts ("2017-11-15", "2017-11", "2017", "2017-W46", "2017-W46-WE", "2017-W46-3",
 * "2017-Q4", "2017-H2", "2017-SU", "199" or "199X" the 1990s, "19" or "19XX" the 20th century), times
 * ("2017-11-15T14:30", "2017-11-15TEV"), X for what is unknown ("2017-XX-XX", "XXXX-XX-15"), durations ("P3D",
 * "PT2H", "P1Y6M", "PXW", and "PXX" for a length not known at all), sets ("XXXX-WXX-1", "XXXX-WXX-2TNI",
 * "XXXX-11", "XXXX-Q2", "XXXX-H1", "XXXX-SU") and PAST_REF, PRESENT_REF, FUTURE_REF. Years and centuries before
 * Christ take the prefix BC ("BC0221" 221 BC, "BC02" the 3rd century BC), which TimeML 1.2.1's grammar lacks: it is
 * TIMEX2's form, kept by TIMEX3 taggers (HeidelTime) for history.
 * Ranges are checked (month 01–12, day 01–31, week 1–53, hour 00–24, minute and second 00–59), not month lengths.
 */

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** A clock reading; null where the value writes XX ("T14:XX", "TXX:XX"). */
export interface Clock {
  hour: number | null;
  minute?: number | null;
  second?: number;
}
export type TimeOfDay = Clock | { part: PartOfDay };

export type DurationUnit =
  | 'year' | 'month' | 'week' | 'day' | 'quarter' | 'decade' | 'century' | 'millennium' | 'weekend'
  | 'hour' | 'minute' | 'second';
/** One amount of a duration; `amount` is null where the value writes X ("PXY": some years). */
export interface DurationPart {
  amount: number | null;
  unit: DurationUnit;
}

/** `bc`: a year before Christ, `y` counted back (BC0221 → y 221). */
export interface YearValue { kind: 'year'; y: number; bc?: true }
export interface DecadeValue { kind: 'decade'; decade: number } // 199 → the 1990s
/** 19 → the 1900s (the 20th century); `bc`: BC02 → the 3rd century BC (the two hundreds before Christ). */
export interface CenturyValue { kind: 'century'; century: number; bc?: true }
export interface MonthValue { kind: 'month'; y: number; m: number }

/** The period a value with X digits names once they are filled in ('time': a date with a time of day). */
export type CalendarUnit = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'time';

/**
 * A calendar value with X digits that is not a set: `unit` is what it counts in ("2017-XX-XX" a day), `within` the
 * longest known leading period (year 2017; month 2017-11 for "2017-11-XX"; decade 199 for "199X-XX-XX"; null for
 * "XXXX-…"), `alsoKnown` whether anything after that is known too ("2017-XX-15", "XXXX-11-XX", "2017-11-XXTMO").
 */
export interface PartialValue {
  kind: 'partial';
  unit: CalendarUnit;
  within: YearValue | DecadeValue | CenturyValue | MonthValue | null;
  alsoKnown: boolean;
}

/** A recurring value: the year is XXXX and one part of it is given ("XXXX-WXX-1" every Monday, "XXXX-11" every November). */
export type SetValue =
  | { kind: 'set'; every: 'weekday'; weekday: number; part?: PartOfDay } // ISO weekday, Monday = 1
  | { kind: 'set'; every: 'month'; m: number }
  | { kind: 'set'; every: 'quarter'; q: number }
  | { kind: 'set'; every: 'half'; h: number }
  | { kind: 'set'; every: 'season'; season: Season };

export type TimexValue =
  | { kind: 'ref'; ref: 'past' | 'present' | 'future' }
  | { kind: 'day'; y: number; m: number; d: number; time?: TimeOfDay }
  | MonthValue
  | { kind: 'week'; y: number; w: number; day?: number | 'weekend' } // day: ISO weekday within the week
  | { kind: 'quarter'; y: number; q: number }
  | { kind: 'half'; y: number; h: number }
  | { kind: 'season'; y: number; season: Season }
  | YearValue
  | DecadeValue
  | CenturyValue
  | PartialValue
  | SetValue
  | { kind: 'duration'; parts: DurationPart[] }; // no parts: "PXX"

const REFS = new Map<string, 'past' | 'present' | 'future'>([['PAST_REF', 'past'], ['PRESENT_REF', 'present'], ['FUTURE_REF', 'future']]);

/** What the TIMEX3 value `value` names, or null when it is not one (see the forms above). */
export function parseTimex(value: string): TimexValue | null {
  const ref = REFS.get(value);
  if (ref) return { kind: 'ref', ref };
  if (value.startsWith('P')) return parseDuration(value.slice(1));
  const bc = BC.exec(value);
  if (bc) return bc[1].length === 4 ? { kind: 'year', y: +bc[1], bc: true } : { kind: 'century', century: +bc[1], bc: true };
  return parseCalendar(value);
}
/** A year (four digits, not 0000: there is no year 0 BC) or century (two digits) before Christ. */
const BC = /^BC((?!0000)\d{4}|\d\d)$/;

// ---------------------------------------------------------------------------------------------
// Durations

const DATE_UNITS: Record<string, DurationUnit> = {
  Y: 'year', M: 'month', W: 'week', D: 'day', Q: 'quarter', DE: 'decade', CE: 'century', ML: 'millennium', L: 'millennium', WE: 'weekend',
};
const TIME_UNITS: Record<string, DurationUnit> = { H: 'hour', M: 'minute', S: 'second' };
const AMOUNT = '[\\dX]+(?:\\.\\d+)?', DATE_UNIT = 'DE|CE|ML|WE|[YMWDQL]', TIME_UNIT = '[HMS]';
const DURATION = new RegExp(`^((?:${AMOUNT}(?:${DATE_UNIT}))*)(?:T((?:${AMOUNT}${TIME_UNIT})+))?$`);

function parseDuration(body: string): TimexValue | null {
  if (body === 'XX') return { kind: 'duration', parts: [] };
  const m = DURATION.exec(body);
  if (!m || (!m[1] && m[2] === undefined)) return null;
  return { kind: 'duration', parts: [...durationParts(m[1], DATE_UNIT, DATE_UNITS), ...durationParts(m[2] ?? '', TIME_UNIT, TIME_UNITS)] };
}

/** The amounts of an already checked run of amount-unit pairs ("1Y6M"). */
function durationParts(text: string, unit: string, units: Record<string, DurationUnit>): DurationPart[] {
  const pairs = text.matchAll(new RegExp(`(${AMOUNT})(${unit})`, 'g'));
  return [...pairs].map((p) => ({ amount: p[1].includes('X') ? null : +p[1], unit: units[p[2]] }));
}

// ---------------------------------------------------------------------------------------------
// Calendar values

const CALENDAR = /^([\dX]{2,4})(?:-(?:(\d\d|XX)(?:-(\d\d|XX)(?:T(.+))?)?|W(\d\d?|XX)(?:-(WE|[1-7])(?:T(MO|AF|EV|NI|DT))?)?|Q([1-4X])|H([12X])|(SP|SU|FA|WI)))?$/;
const TIME = /^(?:(MO|AF|EV|NI|DT)|(\d\d|XX)(?::(\d\d|XX)(?::(\d\d))?)?)$/;

/** A field's number, null for X, undefined when absent. */
const field = (s: string | undefined): number | null | undefined => (s === undefined ? undefined : /X/.test(s) ? null : +s);
const inRange = (n: number | null | undefined, lo: number, hi: number) => n === undefined || n === null || (n >= lo && n <= hi);

function parseCalendar(v: string): TimexValue | null {
  const m = CALENDAR.exec(v);
  if (!m) return null;
  const [whole, yt, mt, dt, tt, wt, wdt, wpart, qt, ht, season] = m;
  if (whole === yt) return bareYear(yt);
  if (yt.length < 4) return null;
  const [mo, d, w, q, h] = [field(mt), field(dt), field(wt), field(qt), field(ht)];
  if (!inRange(mo, 1, 12) || !inRange(d, 1, 31) || !inRange(w, 1, 53)) return null;
  const time = tt === undefined ? undefined : parseTime(tt);
  if (time === null) return null;
  const wd = wdt === undefined ? undefined : wdt === 'WE' ? ('weekend' as const) : +wdt;

  if (yt === 'XXXX') {
    if (w === null && typeof wd === 'number') return { kind: 'set', every: 'weekday', weekday: wd, ...(wpart ? { part: wpart as PartOfDay } : {}) };
    if (typeof mo === 'number' && d === undefined) return { kind: 'set', every: 'month', m: mo };
    if (typeof q === 'number') return { kind: 'set', every: 'quarter', q };
    if (typeof h === 'number') return { kind: 'set', every: 'half', h };
    if (season) return { kind: 'set', every: 'season', season: season as Season };
  }
  if (wpart) return null; // a part of the day only on a weekday set
  const y = /^\d{4}$/.test(yt) ? +yt : null;
  if (y !== null) {
    if (typeof mo === 'number' && typeof d === 'number') return { kind: 'day', y, m: mo, d, ...(time ? { time } : {}) };
    if (typeof mo === 'number' && d === undefined) return { kind: 'month', y, m: mo };
    if (typeof w === 'number') return { kind: 'week', y, w, ...(wd !== undefined ? { day: wd } : {}) };
    if (typeof q === 'number') return { kind: 'quarter', y, q };
    if (typeof h === 'number') return { kind: 'half', y, h };
    if (season) return { kind: 'season', y, season: season as Season };
  }
  const unit: CalendarUnit = tt ? 'time' : dt ? 'day' : mt ? 'month' : wt ? 'week' : qt ? 'quarter' : ht ? 'half' : 'season';
  const fields = [mo, d, w, q, h].filter((x): x is number | null => x !== undefined);
  const named = (time !== undefined && isKnownTime(time)) || wd !== undefined || season !== undefined;
  return partial(unit, yt, fields, named);
}

/** A year field alone: "2017", "199" or "199X" (a decade), "19" or "19XX" (a century); else a partly unknown one. */
function bareYear(yt: string): TimexValue {
  const digits = /^\d*/.exec(yt)![0];
  const period = /^\d*X*$/.test(yt) ? leadingPeriod(digits) : null;
  return period ?? partial(yt.length === 4 ? 'year' : yt.length === 3 ? 'decade' : 'century', yt, [], false);
}

function leadingPeriod(digits: string): YearValue | DecadeValue | CenturyValue | null {
  if (digits.length === 4) return { kind: 'year', y: +digits };
  if (digits.length === 3) return { kind: 'decade', decade: +digits };
  if (digits.length === 2) return { kind: 'century', century: +digits };
  return null;
}

/**
 * `fields`: the numbers after the year in order (month, day / week / quarter / half), null where X; `named`: whether
 * a time of day, a weekday, the weekend or a season is given.
 */
function partial(unit: CalendarUnit, yt: string, fields: (number | null)[], named: boolean): PartialValue {
  const digits = /^\d*/.exec(yt)![0];
  let within: PartialValue['within'] = leadingPeriod(digits);
  let rest = fields;
  if (within?.kind === 'year' && typeof fields[0] === 'number' && (unit === 'day' || unit === 'time')) {
    within = { kind: 'month', y: within.y, m: fields[0] };
    rest = fields.slice(1);
  }
  const yearDigitsLeft = (!within && digits.length > 0) || /\d/.test(yt.slice(digits.length));
  return { kind: 'partial', unit, within, alsoKnown: yearDigitsLeft || named || rest.some((x) => x !== null) };
}

function parseTime(t: string): TimeOfDay | null {
  const m = TIME.exec(t);
  if (!m) return null;
  if (m[1]) return { part: m[1] as PartOfDay };
  const [hour, minute, second] = [field(m[2]) as number | null, field(m[3]), field(m[4])];
  if (!inRange(hour, 0, 24) || !inRange(minute, 0, 59) || !inRange(second, 0, 59)) return null;
  return { hour, ...(minute !== undefined ? { minute } : {}), ...(typeof second === 'number' ? { second } : {}) };
}

const isKnownTime = (t: TimeOfDay): boolean => 'part' in t || t.hour !== null || (t.minute ?? null) !== null || t.second !== undefined;
