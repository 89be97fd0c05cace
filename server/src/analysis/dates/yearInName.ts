/**
 * A year written right after a name, as part of it: "Vision 2030", "Agenda 2063", "Paris 2024", "Beijing 2022",
 * "Expo 2025", "Made in China 2025". Such a year is a label, not a time the sentence speaks of: a plan's horizon or
 * a brand, which need not even be the year the event took place ("Tokyo 2020" was held in 2021). A year after a
 * preposition ("in Paris in 2024"), a calendar word ("May 2025", "Christmas 2024", "Q3 2025") or in a headline
 * written in title case ("Exports Rise In 2024") stays a date; a year before the name ("the 2024 Paris Olympics")
 * dates it.
 */
import { MONTH_WORD_RE, SEASON_RE, WEEKDAY_FULL_RE } from './lexicon';

/** Capitalized words that are no name: a sentence's first preposition, article or conjunction ("Since 2020, …"). */
const FUNCTION_WORD = /^(?:In|On|At|By|Since|Until|Till|From|To|Through|Throughout|Before|After|During|For|Of|And|Or|But|Between|Around|About|Circa|Within|Beyond|Than|Unlike|Like|As|Into|Over|Under|Toward|Towards|Via|The|A|An|This|That|Its|Their|Our|Early|Late|Mid|Also|Only|Even|Still|Then|Now|So|Yet|Not|Nor|All|Each|Every|Whereas|While|When|Where|If|Because|Including|Excluding|Updated|Published|Posted|Copyright|Vs|Versus|No|Nos|Vol|Page)$/;

/** Capitalized calendar words a year belongs with: months, weekdays, seasons, holidays, codes of periods. */
const CALENDAR_WORD = new RegExp(
  `^(?:${MONTH_WORD_RE}|${WEEKDAY_FULL_RE}|${SEASON_RE}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|Christmas|Easter|Ramadan|Eid|Diwali|Hanukkah|Passover|Festival|Day|Eve|Year|Years|Week|Quarter|Half|Term|Semester|Session|Season|FY|[QH][1-4]|fiscal)$`,
  'i',
);

/** The capitalized word right before `start` (one space between), or null. */
function nameWordBefore(text: string, start: number): string | null {
  const m = /(?:^|[^\p{L}\d'’.-])(\p{Lu}[\p{L}\d'’.-]*)[ \u00A0]$/u.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1].replace(/[.]$/, '') : null;
}

/**
 * True for a line written in title case (a headline), where every word is capitalized and a year after a capitalized
 * word tells nothing: no lower-case word of four letters or more near the year.
 */
function titleCase(text: string, start: number): boolean {
  // the line around the year, within 80 characters each way (searched in that window only: this runs per year)
  const from = Math.max(0, start - 80);
  const window = text.slice(from, start + 80);
  const at = start - from;
  const nl = window.indexOf('\n', at);
  const line = window.slice(window.lastIndexOf('\n', at) + 1, nl < 0 ? window.length : nl);
  return !/(?:^|[^\p{L}])\p{Ll}{4,}/u.test(line);
}

/**
 * True when the bare year at `start` is part of a name before it ("Vision 2030", "Paris 2024"). Not after a possessive
 * or a country written with full stops, which a year modifies as an adjective does ("China's 2025 target", "the U.S.
 * 2024 election").
 */
export function yearInName(text: string, start: number): boolean {
  const word = nameWordBefore(text, start);
  if (!word || FUNCTION_WORD.test(word) || CALENDAR_WORD.test(word)) return false;
  if (/['’]s?$|\.\p{L}/u.test(word)) return false;
  return !titleCase(text, start);
}
