/**
 * The 24 solar terms of the Chinese calendar ("Grain Rain", "the Beginning of Autumn", "Jingzhe", "the Winter
 * Solstice"), by which Chinese news dates farming, food and weather stories. Each names the day the sun reaches its
 * longitude (a multiple of 15 degrees), dated in Beijing time.
 */
import { annualDayYear } from './annualDayYear';
import { formatYmd } from './calendar';
import { solarTermDay } from './lunarCalendar';
import { type Pattern, whole, wordRe } from './patternTypes';
import { escapeRegExp } from '../escapeRegExp';

/**
 * The terms in calendar order from the Beginning of Spring (term 1, early February): the English names agencies use,
 * then the pinyin. `weather`: English names that also describe weather ("Heavy Snow", "Great Cold", "White Dew").
 */
const TERMS: { english: string[]; pinyin: string; weather?: boolean }[] = [
  { english: ['Beginning of Spring', 'Start of Spring'], pinyin: 'Lichun' },
  { english: ['Rain Water'], pinyin: 'Yushui', weather: true },
  { english: ['Awakening of Insects', 'Waking of Insects', 'Insects Awakening'], pinyin: 'Jingzhe' },
  { english: ['Spring Equinox', 'Vernal Equinox'], pinyin: 'Chunfen' },
  { english: ['Pure Brightness'], pinyin: 'Qingming' },
  { english: ['Grain Rain'], pinyin: 'Guyu' },
  { english: ['Beginning of Summer', 'Start of Summer'], pinyin: 'Lixia' },
  { english: ['Grain Buds', 'Grain Full', 'Lesser Fullness of Grain'], pinyin: 'Xiaoman' },
  { english: ['Grain in Ear', 'Grain in Beard'], pinyin: 'Mangzhong' },
  { english: ['Summer Solstice'], pinyin: 'Xiazhi' },
  { english: ['Minor Heat', 'Slight Heat', 'Lesser Heat'], pinyin: 'Xiaoshu', weather: true },
  { english: ['Major Heat', 'Great Heat', 'Greater Heat'], pinyin: 'Dashu', weather: true },
  { english: ['Beginning of Autumn', 'Start of Autumn'], pinyin: 'Liqiu' },
  { english: ['End of Heat', 'Limit of Heat', 'Stopping the Heat'], pinyin: 'Chushu', weather: true },
  { english: ['White Dew'], pinyin: 'Bailu', weather: true },
  { english: ['Autumn Equinox', 'Autumnal Equinox', 'Fall Equinox'], pinyin: 'Qiufen' },
  { english: ['Cold Dew'], pinyin: 'Hanlu', weather: true },
  { english: ["Frost's Descent", 'Frost’s Descent', 'Frost Descent', 'Descent of Frost'], pinyin: 'Shuangjiang' },
  { english: ['Beginning of Winter', 'Start of Winter'], pinyin: 'Lidong' },
  { english: ['Minor Snow', 'Light Snow', 'Lesser Snow', 'Slight Snow'], pinyin: 'Xiaoxue', weather: true },
  { english: ['Major Snow', 'Heavy Snow', 'Greater Snow', 'Great Snow'], pinyin: 'Daxue', weather: true },
  { english: ['Winter Solstice'], pinyin: 'Dongzhi' },
  { english: ['Minor Cold', 'Slight Cold', 'Lesser Cold'], pinyin: 'Xiaohan', weather: true },
  { english: ['Major Cold', 'Great Cold', 'Greater Cold'], pinyin: 'Dahan', weather: true },
];

const escape = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');
const NAME_RE = TERMS.flatMap((t) => [...t.english, t.pinyin]).sort((a, b) => b.length - a.length).map(escape).join('|');
/** The equinoxes and solstices, which English also writes in lower case ("the summer solstice"). */
const ASTRONOMICAL = /^(?:spring|vernal|summer|autumn|autumnal|fall|winter)\s+(?:equinox|solstice)$/i;
/** Words telling the text is about the solar terms, which make the names that are also words of weather or Chinese names safe. */
const ABOUT_TERMS = /\bsolar\s+terms?\b|\bjieqi\b/i;

/** The term (1–24) a name matched by NAME_RE stands for, and whether it needs the text to be about the terms. */
function termOf(name: string): { term: number; needsContext: boolean } | null {
  const flat = name.replace(/\s+/g, ' ');
  for (let i = 0; i < TERMS.length; i++) {
    const t = TERMS[i];
    if (t.english.some((e) => e === flat || (ASTRONOMICAL.test(e) && e.toLowerCase() === flat.toLowerCase()))) return { term: i + 1, needsContext: !!t.weather };
    if (t.pinyin === flat) return { term: i + 1, needsContext: true };
  }
  return null;
}

export const solarTermPatterns: Pattern[] = [
  {
    // "Grain Rain", "the Beginning of Autumn", "this year's Winter Solstice", "the Dongzhi Festival", "the summer solstice"
    // (without "the", as the festivals)
    name: 'solar-term',
    re: wordRe(`(?:(last|next|this)\\s+year['’]s\\s+)?(${NAME_RE})(\\s+Festival)?(?:,?\\s+((?:19|20)\\d\\d))?`),
    priority: 3,
    build(m, text) {
      const found = termOf(m[2]);
      if (!found) return null;
      // "Heavy Snow", "Dashu": a word of weather or a name, unless the text speaks of the terms or glosses it in brackets.
      const glossed = /^\s*\(\p{Lu}[\p{L}'’ ]+\)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      if (found.needsContext && !m[3] && !glossed && !ABOUT_TERMS.test(text)) return null;
      // Qingming by its pinyin name is a festival of its own (see festivalPatterns); a name in brackets glosses the one
      // before it ("Major Cold (Dahan)"), the same day.
      if (m[2] === 'Qingming' || (text[m.index - 1] === '(' && text[m.index + m[0].length] === ')')) return null;
      const dayOf = (year: number) => solarTermDay(found.term, year);
      const yearOf = annualDayYear(text, m.index, m.index + m[0].length, m[4], m[1], dayOf);
      return whole(m, (ctx) => ({ type: 'date', value: formatYmd(dayOf(yearOf(ctx))), relative: !m[4], anchor: true }));
    },
  },
];
