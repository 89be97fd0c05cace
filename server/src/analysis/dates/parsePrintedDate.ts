import { formatYmd, isValidDay } from './calendar';
import { monthOf } from './lexicon';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const FORMS: { re: RegExp; pick: (m: RegExpExecArray) => [number, number, number] }[] = [
  // 1996-08-22, 2017/11/22
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, pick: (m) => [+m[1], +m[2], +m[3]] },
  // Jan. 5, 2017 · November 22, 2017 · Nov 22 2017 · November 22nd, 2017
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i'), pick: (m) => [+m[3], monthOf(m[1]), +m[2]] },
  // 22-Nov-2017 (CGTN's timestamps)
  { re: new RegExp(`(?<!\\d)(\\d{1,2})-${MONTH}-(\\d{4})(?!\\d)`, 'i'), pick: (m) => [+m[3], monthOf(m[2]), +m[1]] },
  // 22 Nov 2017 · 22 November, 2017 · 5th of January 2017
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, 'i'), pick: (m) => [+m[3], monthOf(m[2]), +m[1]] },
];

/**
 * Normalizes a date as printed in a dateline or caption ("Jan. 5, 2017", "November 22, 2017", "1996-08-22",
 * "22 Nov 2017") to `YYYY-MM-DD`; the first full date found in `s` wins. Null when `s` holds no complete, valid date.
 */
export function parsePrintedDate(s: string): string | null {
  let best: { at: number; value: string } | null = null;
  for (const f of FORMS) {
    const m = f.re.exec(s);
    if (!m) continue;
    const [y, mo, d] = f.pick(m);
    if (y < 1000 || !isValidDay(y, mo, d)) continue;
    if (!best || m.index < best.at) best = { at: m.index, value: formatYmd({ y, m: mo, d }) };
  }
  return best?.value ?? null;
}
