/**
 * Years told with their era, as culture and science news dates history: "in 221 BC", "Confucius (551-479 BC)", "AD 220",
 * "618 AD". TimeML 1.2.1's value grammar has no form for a year before Christ, and TimeBank none to follow; the value
 * here is TIMEX2's, kept by TIMEX3 taggers for historic text (HeidelTime): "BC" and the year in four digits, "BC0221"
 * (no year 0: 1 BC is "BC0001"); the era is part of the expression, as it makes the value. A year of the Christian era
 * is the plain year and its extent the number alone, as for "1056 AD" before ("AD 220" → "220", value "0220").
 * Centuries BC are the century pattern's ("the third century BC" → "BC02"). The era is written in capitals, so the
 * regexes are case-sensitive ("ad" and "bc" are no era).
 */
import { type Pattern, type Resolved, whole } from './patternTypes';

const BC = '(?:BCE|BC|B\\.C\\.E\\.|B\\.C\\.)';
const AD = '(?:AD|A\\.D\\.|CE|C\\.E\\.)';
/** Not inside a word or a longer number ("A1 BC", "12,221 BC" is no year of ours: there is no ending before it). */
const START = "(?<![\\p{L}\\d,.'’])";
const END = '(?![\\p{L}\\d])';
const RANGE_LINK = '\\s*(?:[-–]|to|and|until)\\s*';

const bcValue = (y: number) => `BC${String(y).padStart(4, '0')}`;
const adValue = (y: number) => String(y).padStart(4, '0');
const year = (value: string): Resolved => ({ type: 'date', value, relative: false });

export const eraPatterns: Pattern[] = [
  {
    // "221 BC", "479 B.C.", "618 AD", "220 CE"
    name: 'era-year',
    re: new RegExp(`${START}(\\d{1,4})\\s+(?:(${BC})|${AD})(?:${END}|(?<=\\.))`, 'gu'),
    build(m) {
      const y = +m[1];
      if (!y) return null;
      if (m[2]) return whole(m, () => year(bcValue(y)));
      return { start: m.index, end: m.index + m[1].length, resolve: () => year(adValue(y)) };
    },
  },
  {
    // "AD 220", "A.D. 907"
    name: 'era-first-year',
    re: new RegExp(`${START}(?:AD|A\\.D\\.)\\s+(\\d{1,4})${END}`, 'gu'),
    build(m) {
      const y = +m[1];
      if (!y) return null;
      const end = m.index + m[0].length;
      return { start: end - m[1].length, end, resolve: () => year(adValue(y)) };
    },
  },
  {
    // The first year of a range whose era follows the second: "551-479 BC", "from 1046 to 256 BC" (the first year BC
    // counts down to the second); "206 BC-AD 220" is two years of their own.
    name: 'era-range-start',
    re: new RegExp(`${START}(\\d{1,4})(?=${RANGE_LINK}(\\d{1,4})\\s+(?:(${BC})|${AD})(?:${END}|(?<=\\.)))`, 'gu'),
    build(m) {
      const [first, second] = [+m[1], +m[2]];
      if (!first || !second) return null;
      if (m[3] ? first <= second : first >= second) return null;
      return whole(m, () => year(m[3] ? bcValue(first) : adValue(first)));
    },
  },
];
