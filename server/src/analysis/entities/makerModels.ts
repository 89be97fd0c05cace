import { MONTH_RE, WEEKDAY_FULL_RE } from '../dates/lexicon';
import type { RawMention, Token } from '../types';
import { NO_GAZETTEER, type Gazetteer } from './gazetteer';

/**
 * A maker's name followed by a model number names a product, `misc` in the CoNLL scheme, and the whole of it is one
 * name: "the Boeing 737 MAX", "an Airbus A320", "the COMAC C919". A sentence tagger sees the maker as an organization
 * and the variant as a name of its own ("Boeing"/org + "MAX"/person). A detected organization or misc mention becomes
 * one misc mention running over the model number and the variant words after it ("MAX", "XWB", "Dreamliner");
 * mentions inside that span are dropped. An organization the tagger found whole ("Comac C919") becomes misc too.
 *
 * The model number has a letter ("A320", "C919", "ARJ21") or is a number of three or four digits ("737") with a
 * product cue: a variant word or a vehicle noun after it ("737 MAX", "787 jets"), or a determiner before the maker
 * ("the Boeing 737"). Scores, distances and lists stay out: "Arsenal 2", "Surrey 420-5", "the Asian 5,000 and 10,000
 * metres", a shipping list in capitals. Mentions a person tagged or
 * confirmed stay as they are. Pure.
 */
/**
 * A model number: capitals and digits ("A320", "C919", and one digit after capitals: "SU7", "X6"; not an age group,
 * "U17", nor the period of a company's results in a headline, "Deutsche Bahn H1", "Newcrest Q4", "FY2"), or three or
 * four digits.
 */
const CODE_BODY = '(?!U\\d|(?:Q[1-4]|H[12]|FY\\d{1,2})(?![A-Za-z0-9]))(?:[A-Z]{1,3}-?\\d{2,4}|[A-Z]{1,3}\\d|\\d{3,4})[A-Z]{0,2}';
const CODE = new RegExp(`^ (${CODE_BODY})(?![\\p{L}\\p{N}]|[-–/]\\d)`, 'u');
/** Variant words after a model number: short capitals ("MAX", "XWB", "ER") or a few named variants. */
const VARIANT = /^ (?:[A-Z]{2,4}|Max|Neo|neo|Dreamliner|Pro|Plus|Ultra)(?![\p{L}\p{N}])/u;
const VEHICLE = /^ (?:jets?|jetliners?|airliners?|planes?|aircraft|airplanes?|aeroplanes?|freighters?|models?|family|fleet|series|crash(?:es)?|flights?)\b/;
const DETERMINER = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|his|her|our|new|one|two|three|\p{Lu}\p{L}*['’]s)\s+$/u;
/** A maker's name is written in mixed case ("Boeing"; not a line of capitals, "UKCM W155 CNR" in a shipping list). */
const MAKER = /^\p{Lu}[\p{L}\s&-]*\p{Ll}[\p{L}\s&-]*$/u;
/** Adjectives before a distance or a class are no makers: "the Asian 5,000 and 10,000 metres", "Swedish 500cc". */
const ADJECTIVE = /(?:ic|ish|ian|an|ese|ean)$/;
const MEASURE = /^(?: (?:and|or|to) [\d,.]+\b| metres| meters| m\b| km\b| kg\b| cc\b|cc\b| points)/;
const WHOLE = new RegExp(`^(\\p{Lu}[\\p{L}&-]*\\p{Ll}[\\p{L}&-]*) (${CODE_BODY})(?: (?:[A-Z]{2,4}|Max|Neo|Dreamliner|Pro|Plus|Ultra))*$`, 'u');
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Cheap test on the whole text: a capital word, a space, then a model number. */
const CHEAP = /[A-Za-z] (?:[A-Z]{1,3}-?\d|\d{2,4})/;

export function makerModels(text: string, allMentions: RawMention[], _tokens: Token[] = [], gazetteer: Gazetteer = NO_GAZETTEER): RawMention[] {
  const mentions = possessiveModels(text, allMentions);
  if (!CHEAP.test(text)) return mentions;
  const grown = new Map<RawMention, number>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || m.type === 'location') continue;
    const generation = generationEnd(text, m, gazetteer);
    if (generation !== null) { grown.set(m, generation); continue; }
    if (m.type === 'organization' && isModelName(text.slice(m.start, m.end))) { grown.set(m, m.end); continue; }
    // A series and a lettered model number the tagger took for a person: "Mate X6", "Galaxy S24".
    if (m.type === 'person' && isModelName(text.slice(m.start, m.end)) && /\s[A-Z]+-?\d/.test(text.slice(m.start, m.end))) { grown.set(m, m.end); continue; }
    if (m.type === 'person') continue;
    const end = modelEnd(text, m);
    // Only over detections: a user's or a confirmed mention inside the model name keeps it apart.
    if (end !== null && !mentions.some((x) => x !== m && x.origin !== 'detected' && x.start < end && m.end < x.end)) grown.set(m, end);
  }
  if (!grown.size) return mentions;
  const spans = [...grown].map(([m, end]) => ({ start: m.start, end }));
  const swallowed = (x: RawMention) => !grown.has(x) && spans.some((s) => s.start <= x.start && x.end <= s.end);
  // The model named again without its maker is the same product: "Xiaomi SU7" … "the SU7".
  const models = new Set(spans.map((s) => text.slice(s.start, s.end).replace(/^\S+\s+/, '')).filter((t) => /\d/.test(t)));
  return mentions.filter((x) => !swallowed(x)).map((x) => (grown.has(x) ? { ...x, end: grown.get(x)!, type: 'misc' as const }
    : x.origin === 'detected' && x.type !== 'misc' && models.has(text.slice(x.start, x.end)) ? { ...x, type: 'misc' as const } : x));
}

/** A name the tagger found whole, maker and model number: "Comac C919", "Airbus A350 XWB" (not "Euro 2000"). */
export function isModelName(name: string): boolean {
  const m = WHOLE.exec(name);
  return !!m && !ADJECTIVE.test(m[1]) && !YEAR.test(m[2]);
}

/** Where the maker's model name ends ("Boeing" + " 737 MAX"), or null when no model number follows the mention. */
export function modelEnd(text: string, m: RawMention): number | null {
  const name = text.slice(m.start, m.end);
  if (!MAKER.test(name) || ADJECTIVE.test(name)) return null;
  const code = CODE.exec(text.slice(m.end, m.end + 12));
  if (!code || YEAR.test(code[1]) || MEASURE.test(text.slice(m.end + code[0].length, m.end + code[0].length + 12))) return null;
  let end = m.end + code[0].length;
  let variants = 0;
  for (let v = VARIANT.exec(text.slice(end, end + 14)); v; v = VARIANT.exec(text.slice(end, end + 14))) {
    end += v[0].length;
    variants++;
  }
  if (/[A-Z]/.test(code[1]) || variants > 0) return end;
  if (VEHICLE.test(text.slice(end, end + 14)) || DETERMINER.test(text.slice(Math.max(0, m.start - 24), m.start))) return end;
  return null;
}

/**
 * A known company's name, with or without its series' name, and a generation of one or two digits is that maker's
 * phone, car or console: "the Huawei Mate 70", "the Xiaomi 15 Ultra". The tagger stops at the number. A maker alone
 * needs a named variant after the number ("Xiaomi 15 Ultra"; "Bayer 2" is a score); a maker and a series need a
 * lower-case word or a comma after it, never a capital, a bracket or another number, which a table of results has
 * ("Bayer Leverkusen 2 (Kirsten 30) Schalke 0").
 */
const GENERATION = /^ \d{1,2}(?![\p{L}\p{N}]|[.,:/-]\d)/u;
const MAKER_SERIES = /^(\p{Lu}[\p{L}-]*\p{Ll}[\p{L}-]*|[A-Z]{2,4})(?: (\p{Lu}\p{Ll}+))?$/u;
function generationEnd(text: string, m: RawMention, gazetteer: Gazetteer): number | null {
  const number = GENERATION.exec(text.slice(m.end, m.end + 6));
  if (!number) return null;
  const words = MAKER_SERIES.exec(text.slice(m.start, m.end));
  if (!words || !gazetteer.isKnownCompany(words[1]) || gazetteer.isKnownPlace(words[1])) return null;
  let end = m.end + number[0].length;
  let variants = 0;
  for (let v = NAMED_VARIANT.exec(text.slice(end, end + 14)); v; v = NAMED_VARIANT.exec(text.slice(end, end + 14))) { end += v[0].length; variants++; }
  if (variants > 0) return end;
  const after = text.slice(end, end + 14);
  return words[2] && /^(?:,| \p{Ll})/u.test(after) && !UNIT_WORD.test(after) ? end : null;
}
/** Variant words of phones and consoles; not capitals, which in a table of results are the next team ("NEW YORK"). */
const NAMED_VARIANT = /^ (?:Pro|Max|Ultra|Plus|Neo|Mini|Lite|Air|Fold|Flip)(?![\p{L}\p{N}])/u;
const UNIT_WORD = /^ (?:percent|pct|points?|goals?|runs?|wickets?|minutes?|seconds?|years?|months?|days?|hours?|laps?|km|kg|million|billion|times|to|and|or|of)\b/;

/** A product line's name and its generation: "PlayStation 5", "iPhone 16", "Pixel 9" (then the variant words). */
const NAMED_VERSION = '(?:\\p{Lu}\\p{L}*|\\p{Ll}{1,2}\\p{Lu}\\p{L}*)(?: \\p{Lu}\\p{L}*)? \\d{1,2}';
/**
 * A model number, or a product line's name and generation, after a company's possessive is that company's product:
 * "Boeing's 777X", "Nvidia's H20", "DeepSeek's R1", "Airbus's A350 XWB", "Sony's PlayStation 5 Pro". The tagger finds nothing there, or an organization in a code it does not know.
 * After a detected organization and "'s", a model number (with its variant words), that no mention but a detected one
 * of exactly its span covers, becomes a misc mention. A place's possessive stays out ("China's G20 presidency"), and so does a bare number, a score or a count
 * ("Yorkshire's 529 for eight", "Cologne's 100 percent record").
 */
const CODE_WHOLE = new RegExp(`^${CODE_BODY}$`);
const POSSESSIVE_CODE = new RegExp(`^['’]s (${CODE_BODY}|${NAMED_VERSION})(?![\\p{L}\\p{N}]|[-–/]\\d)`, 'u');
/**
 * A maker the tagger did not find before its product's name: one capitalized word and "'s" that no mention covers,
 * with a line's name and generation after it ("Nintendo's Switch 2": the tagger sees only "Switch"). Only a named
 * generation counts, not a code ("Yorkshire's 529"). The maker is named too: an organization, as the tagger would.
 */
// Found from the possessive back to its word: a regex that tried every capitalized word of the article (with a
// lookbehind, which V8 cannot scan fast) cost more than any other document rule on a long article, on every keystroke.
const POSSESSIVE_VERSION = new RegExp(String.raw`['’]s (?=${NAMED_VERSION}(?![\p{L}\p{N}]))`, 'gu');
const WORD_CHAR = /[\p{L}\p{N}]/u;
const BEFORE_WORD = /[\p{L}\p{N}'’.-]/u;
function unfoundMakers(text: string, mentions: RawMention[]): RawMention[] {
  if (!/['’]s \p{Lu}/u.test(text)) return [];
  const found: RawMention[] = [];
  for (const w of text.matchAll(POSSESSIVE_VERSION)) {
    const end = w.index;
    let start = end;
    while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
    if (end - start < 2 || !/\p{Lu}/u.test(text[start]) || (start > 0 && BEFORE_WORD.test(text[start - 1]))) continue;
    if (!mentions.some((x) => x.start < end + 2 && start < x.end)) found.push({ start, end, type: 'organization', score: 0.5, origin: 'detected' });
  }
  return found;
}
/** A month or a day and its number is a date ("Alibaba's June 18 festival"), and a number of units no generation. */
const DATED = new RegExp(`^(?:${MONTH_RE}|${WEEKDAY_FULL_RE}) `, 'i');
function possessiveModels(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  for (const m of [...mentions, ...unfoundMakers(text, mentions)]) {
    if (m.type !== 'organization' || m.origin !== 'detected' || (text[m.end] !== "'" && text[m.end] !== '’')) continue;
    const code = POSSESSIVE_CODE.exec(text.slice(m.end, m.end + 40));
    if (!code || !/[A-Za-z]/.test(code[1]) || DATED.test(code[1]) || MEASURE.test(text.slice(m.end + code[0].length, m.end + code[0].length + 12))) continue;
    const start = m.end + 3;
    let end = m.end + code[0].length;
    if (/\d$/.test(code[1]) && /^ \d|^[.,]\d/.test(text.slice(end, end + 2))) continue;
    for (let v = VARIANT.exec(text.slice(end, end + 14)); v; v = VARIANT.exec(text.slice(end, end + 14))) end += v[0].length;
    // A name and a number then a capital, a number or a bracket is a line of a table of results, no product
    // ("Harlow's Old Rovers 0 Velez Town 2"); so is a nil.
    if (!CODE_WHOLE.test(code[1]) && (/ 0$/.test(code[1]) || /^\s+[\p{Lu}\p{N}(]/u.test(text.slice(end, end + 3)))) continue;
    const list: RawMention[] = out ?? mentions;
    const inside = list.filter((x) => x.start < end && start < x.end);
    // What the tagger found inside the product's name, cut at the number ("Claude Opus"/person + " 4"), goes.
    if (inside.some((x) => x.origin !== 'detected' || x.start < start || x.end > end)) continue;
    const maker = list.includes(m) ? [] : [m];
    out = [...list.filter((x) => !inside.includes(x)), ...maker, { start, end, type: 'misc' as const, score: 0.8, origin: 'detected' as const }]
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return out ?? mentions;
}
