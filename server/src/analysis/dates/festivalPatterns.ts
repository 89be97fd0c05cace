/** Chinese festivals, dated by the lunisolar calendar: "the Spring Festival", "Mid-Autumn Festival", "Qingming". */
import { annualDayYear } from './annualDayYear';
import { compareYmd, formatYmd, type Ymd } from './calendar';
import { type Festival, festivalDay } from './lunarCalendar';
import { type Pattern, whole, wordRe } from './patternTypes';
import type { Tense } from './tense';
import { everyBefore } from './periodCommon';

const NAMES: [RegExp, Festival][] = [
  [/^(?:Spring\s+Festival\s+Eve|(?:Chinese\s+|Lunar\s+|Chinese\s+Lunar\s+)New\s+Year['’]s\s+Eve)$/i, 'eve'],
  [/^(?:Spring\s+Festival|(?:Chinese|Lunar|Chinese\s+Lunar)\s+New\s+Year)$/i, 'spring'],
  [/^Lantern\s+Festival$/i, 'lantern'],
  [/^(?:Qingming(?:\s+Festival)?|Tomb[-\s]Sweeping\s+Day)$/i, 'qingming'],
  [/^(?:Dragon\s+Boat|Duanwu)\s+Festival$/i, 'dragon-boat'],
  [/^Qixi(?:\s+Festival)?$/i, 'qixi'],
  [/^(?:Mid-Autumn|Moon)\s+Festival$/i, 'mid-autumn'],
  [/^(?:Double\s+Ninth|Chongyang)\s+Festival$/i, 'double-ninth'],
  [/^Laba(?:\s+Festival)?$/i, 'laba'],
];
const FESTIVAL_RE =
  "Spring\\s+Festival(?:\\s+Eve)?|(?:Chinese\\s+|Lunar\\s+|Chinese\\s+Lunar\\s+)New\\s+Year(?:['’]s\\s+Eve)?|Lantern\\s+Festival|Qingming(?:\\s+Festival)?|Tomb[-\\s]Sweeping\\s+Day|(?:Dragon\\s+Boat|Duanwu)\\s+Festival|Qixi(?:\\s+Festival)?|(?:Mid-Autumn|Moon)\\s+Festival|(?:Double\\s+Ninth|Chongyang)\\s+Festival|Laba\\s+Festival";

/** The twelve animals of the Chinese zodiac in their order, from the Rat (1924, 2020, …); other names they go by after "|". */
const ZODIAC = ['Rat|Mouse', 'Ox|Cow|Buffalo', 'Tiger', 'Rabbit|Hare', 'Dragon', 'Snake|Serpent', 'Horse', 'Goat|Sheep|Ram', 'Monkey', 'Rooster|Chicken', 'Dog', 'Pig|Boar'];
const ZODIAC_RE = ZODIAC.join('|');
const ELEMENT_RE = 'Wood|Fire|Earth|Metal|Gold|Water';

/**
 * The Gregorian year in which the lunar year of zodiac animal `index` nearest to `ref` begins: the one under way, else
 * the nearer of the last and the next. Six years either way ties; the tense then tells which.
 */
export function zodiacYear(index: number, ref: Ymd, tense: Tense): number {
  const lunarYear = compareYmd(ref, festivalDay('spring', ref.y)) < 0 ? ref.y - 1 : ref.y;
  const ahead = (((index - (lunarYear - 2020)) % 12) + 12) % 12;
  return ahead < 6 || (ahead === 6 && tense !== 'past') ? lunarYear + ahead : lunarYear + ahead - 12;
}

export const festivalPatterns: Pattern[] = [
  {
    // "the Year of the Snake", "the Year of the Wood Snake": a lunar year, valued by the Gregorian year it begins in
    // (TIMEX3 values are Gregorian; the lunar year covers most of that year, as a fiscal year is valued by the year it
    // is named by). Without a year told, the one nearest the article date.
    name: 'zodiac-year',
    re: wordRe(`(?:the\\s+)?Year\\s+of\\s+the\\s+(?:(?:${ELEMENT_RE})\\s+)?(${ZODIAC_RE})(?:,?\\s+((?:19|20)\\d\\d))?`),
    priority: 2,
    build(m) {
      if (!/^(?:[Tt]he\s+)?Y/.test(m[0]) || !/^\p{Lu}/u.test(m[1])) return null;
      const index = ZODIAC.findIndex((names) => names.split('|').some((n) => n.toLowerCase() === m[1].toLowerCase()));
      // A lunar year runs into the next Gregorian one, so it frames no month or day named after it (as a fiscal year
      // does not): "The Year of the Snake ends on Feb. 16" is February of the year after.
      if (m[2]) return whole(m, () => ({ type: 'date', value: m[2], relative: false, frames: false }));
      return whole(m, (ctx) => ({ type: 'date', value: String(zodiacYear(index, ctx.ref, ctx.tense)), relative: true, frames: false }));
    },
  },
  {
    // "the Spring Festival", "last year's Mid-Autumn Festival", "Chinese New Year 2018", "this Qingming"
    name: 'festival',
    re: wordRe(`(?:(last|next|this)\\s+(?:year['’]s\\s+)?)?(${FESTIVAL_RE})(?:,?\\s+((?:19|20)\\d\\d))?`),
    priority: 2,
    build(m, text) {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      // "the Spring Festival Gala" is a television show, broadcast on the eve.
      if (/^\s+Gala\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
      const festival = NAMES.find(([re]) => re.test(m[2]))?.[1];
      if (!festival) return null;
      // "broadcast every Lunar New Year's Eve": each year's, a set; a lunar day has no fixed ISO month and day.
      const every = !m[1] && !m[3] ? everyBefore(text, m.index) : 0;
      if (every) return { start: m.index - every, end: m.index + m[0].length, resolve: () => ({ type: 'set', value: 'P1Y', relative: false }) };
      // "the first day of the Chinese New Year in 2025", "Spring Festival celebrations on Feb. 10, 2024"
      const yearOf = annualDayYear(text, m.index, m.index + m[0].length, m[3], m[1], (year) => festivalDay(festival, year));
      return whole(m, (ctx) => ({ type: 'date', value: formatYmd(festivalDay(festival, yearOf(ctx))), relative: !m[3], anchor: true }));
    },
  },
];
