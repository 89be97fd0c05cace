import type { ReferenceDate, Structure } from '../types';

/**
 * The date relative expressions ("Wednesday", "last year") are resolved against, in order of authority:
 * an explicit override (setting, CLI `dct`, the date the user set in the sidecar), the date the article prints
 * in its header, dateline or first dated caption (a yearless dateline takes its year from the fallback), then the
 * fallback (the file's modification date, else today).
 */
export function chooseReferenceDate(structure: Structure, override?: ReferenceDate, fallback?: ReferenceDate, today = new Date()): ReferenceDate {
  if (override && isIsoDate(override.value)) return override;
  const printed = structure.printedDate;
  if (printed) {
    const value = printed.value.startsWith('XXXX-') ? withYearOf(printed.value, fallback && isIsoDate(fallback.value) ? fallback.value : today.toISOString().slice(0, 10)) : printed.value;
    if (isIsoDate(value)) return { value, source: printed.where, span: { start: printed.start, end: printed.end } };
  }
  if (fallback && isIsoDate(fallback.value)) return fallback;
  return { value: today.toISOString().slice(0, 10), source: 'today' };
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * A yearless printed date ("XXXX-12-07" from "BEIJING, Dec. 7 (Xinhua)") in the year of `base` (the file's date or
 * today), or the year before when that day is still more than a day ahead of `base`: an article is saved after it is
 * dated.
 */
function withYearOf(monthDay: string, base: string): string {
  const y = +base.slice(0, 4);
  const md = monthDay.slice(5);
  const candidate = `${y}-${md}`;
  const ahead = (Date.parse(candidate) - Date.parse(base)) / 86400000;
  return Number.isNaN(ahead) || ahead > 1 ? `${y - 1}-${md}` : candidate;
}
