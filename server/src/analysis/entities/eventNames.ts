import type { RawMention, Token } from '../types';
import { tokenEndingAt, tokenStartingAt } from '../tokens/tokenIndex';

/**
 * Names of meetings and shows: summits, expos, festivals, fairs, games and forums.
 *  - A name of the form "X and Y Forum" is one name, though a tagger that does not know it, in a headline above all,
 *    takes only "Road Forum" of "Belt and Road Forum". A detected mention of two words or more ending in such a head
 *    (or "Initiative", "Dialogue", "Conference") grows over "X and" before it when no mention covers the capitalized
 *    word X: "Belt and Road Forum", "China and Africa Summit".
 *  - Events are misc in the CoNLL scheme ("Atlanta Games", a film festival): a name ending in "Summit", "Expo",
 *    "Festival", "Fair", "Games", "Olympics", "Exhibition", "Biennale", "Airshow", "Gala", "Carnival", "Marathon", a fixture ("Derby",
 *    "El Clasico") typed a place or an organization is misc ("the BRICS Summit" is no place, "the Spring Festival Gala"
 *    a show); so is a listing a body confers ("a UNESCO World Heritage Site"). The place an event is named after is
 *    part of its name ("the China Import and Export Fair", see `joinPlaceBefore`). A forum is as often a standing body ("World Economic Forum", "Boao Forum for Asia") as a
 *    meeting, and the tagger types most organizations; one it typed a place or a person becomes an organization.
 *  - The edition of a tournament or a show is part of its name, as CoNLL-2003 tags "Euro 96": a mention ending in
 *    "Euro", "Expo", "Cup", "Olympics", "Paralympics", "Games" or "Biennale" grows over a year or a two-digit number
 *    right after it ("Euro 2024", "Expo 2025", "World Cup 2026") and is misc; not over an amount ("Euro 50 million")
 *    or a date ("1996-08-22").
 *  - A stage race is named "Tour de X", "Tour of X", "Giro d'X" or "Vuelta a X", misc as CoNLL-2003 tags "Tour de
 *    France" and "Tour of Switzerland"; a tagger reads the place at its end and types the whole a place.
 *  - An event head the tagger took alone, as a person's name ("The Met Gala" → "Gala"), takes in the one capitalized
 *    word right before it that no mention covers and that opens no sentence on its own ("The", "In"), and is misc.
 *  - Games named by host and year are one name, the host's brand for them: "the Paris 2024 Olympics", "the Milan
 *    Cortina 2026 Winter Olympics" (the host and the Games the tagger found apart, with the year between, join).
 * Mentions a person tagged or confirmed stay as they are. Pure.
 */
const JOIN_HEAD = /\s(?:Forum|Summit|Expo|Festival|Fair|Games|Initiative|Dialogue|Conference)$/;
const EVENT = /\s(?:Summit|Expo|Festival|Fair|Games|Olympics|Exhibition|Biennale|Triennale|Airshow|Air Show|Gala|Carnival|Marathon|Derby|Cl[aá]sico|Heritage Site)$/;
const FORUM = /\sForum(?:\s+(?:for|on|of)\s+\p{Lu}[\p{L}\s]*)?$/u;
const CAPITAL_WORD = /^\p{Lu}[\p{Ll}-]+$/u;
const STAGE_RACE = /^(?:Tour de|Tour of|Giro d['’]|Vuelta a) ?\p{Lu}/u;
/** An event head alone: the word the tagger kept of "the Met Gala", "the Edinburgh Fringe". */
const LONE_HEAD = /^(?:Gala|Festival|Expo|Fair|Carnival|Marathon|Airshow|Biennale|Fringe)$/;
/** One capitalized word, then one space, right before a lone head. */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*) $/u;
const FUNCTION = new Set(['The', 'A', 'An', 'And', 'But', 'In', 'On', 'At', 'For', 'Of', 'To', 'As', 'By', 'With', 'From']);
const CHEAP = /Forum|Summit|Expo|Festival|Fair|Games|Olympics|Exhibition|Airshow|Air Show|Gala|Carnival|Marathon|Derby|Cl[aá]sico|Heritage Site|Initiative|Dialogue|Conference|Euro|Cup|Biennale|Tour |Giro |Vuelta |Fringe/;
const EDITION_HEAD = /(?:^|\s)(?:Euro|Expo|Cup|Olympics|Paralympics|Games|Biennale)$/;
const EDITION = /^ '?(?:(?:19|20)\d\d|\d\d)(?![\d\p{L}]|[-–/:.,]\d|\s+(?:million|billion|trillion|thousand|mln|bln|bn|m|cents?|per|percent)\b)/u;

export function eventNames(text: string, mentions: RawMention[], tokens: Token[]): RawMention[] {
  if (!CHEAP.test(text)) return mentions;
  let changed = false;
  const out = mentions.map((m) => {
    if (m.origin !== 'detected') return m;
    const name = text.slice(m.start, m.end);
    let next = m;
    const start = joinedStart(text, m, tokens, mentions) ?? seasonStart(text, m, mentions) ?? loneHeadStart(text, m, mentions);
    if (start !== null) next = { ...next, start, ...(LONE_HEAD.test(name) ? { type: 'misc' as const } : {}) };
    const edition = EDITION_HEAD.test(name) ? EDITION.exec(text.slice(m.end, m.end + 40)) : null;
    if (edition && !mentions.some((o) => o.start >= m.end && o.start < m.end + edition[0].length)) {
      next = { ...next, end: m.end + edition[0].length, type: 'misc' };
    } else if ((EVENT.test(name) || STAGE_RACE.test(name)) && (m.type === 'location' || m.type === 'organization')) next = { ...next, type: 'misc' };
    else if (FORUM.test(name) && (m.type === 'location' || m.type === 'person')) next = { ...next, type: 'organization' };
    if (next !== m) changed = true;
    return next;
  });
  const joined = joinPlaceBefore(text, changed ? out : mentions);
  const result = joined ?? (changed ? out : mentions);
  return joinHostYear(text, result) ?? result;
}

/** Where a lone event head starts once it takes in the capitalized word before it ("Met" of "the Met Gala"), or null. */
function loneHeadStart(text: string, m: RawMention, mentions: RawMention[]): number | null {
  if (m.end - m.start > 9 || !LONE_HEAD.test(text.slice(m.start, m.end))) return null;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
  if (!word || FUNCTION.has(word[1])) return null;
  const start = m.start - word[1].length - 1;
  return mentions.some((o) => o !== m && o.start < m.start && start < o.end) ? null : start;
}

/**
 * "the Paris 2024 Olympics": a detected place or organization, a year, then detected Games ("Olympics", "Winter
 * Olympics", "Paralympic Games") join into one misc mention. Null when nothing joins.
 */
const HOST_YEAR_GAP = /^ (?:19|20)\d\d $/;
function joinHostYear(text: string, mentions: RawMention[]): RawMention[] | null {
  let out: RawMention[] | null = null;
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1], b = mentions[i];
    if (b.start - a.end !== 6 || a.origin !== 'detected' || b.origin !== 'detected' || (a.type !== 'location' && a.type !== 'organization')) continue;
    if (!HOSTED_GAMES.test(text.slice(b.start, b.end)) || !HOST_YEAR_GAP.test(text.slice(a.end, b.start))) continue;
    out ??= mentions.slice();
    out[i - 1] = { ...b, start: a.start, type: 'misc' };
    out[i] = { ...b, start: -1 };
  }
  return out && out.filter((m) => m.start >= 0);
}

/**
 * The place an event is named after is part of its name: "the China Import and Export Fair", "the Shanghai Jazz
 * Festival", which the tagger cuts into the place and the rest. A detected place or misc right before a detected event
 * name (one space between) joins it, and the whole is misc. The Games named by their host city stay two names, as
 * CoNLL-2003 tags them: "the Atlanta" + "Olympics", "Beijing" + "Winter Olympics". Null when nothing joins.
 */
const HOSTED_GAMES = /(?:^|\s)(?:Games|Olympics|Paralympics)$/;
function joinPlaceBefore(text: string, mentions: RawMention[]): RawMention[] | null {
  let out: RawMention[] | null = null;
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1], b = mentions[i];
    if (a.origin !== 'detected' || b.origin !== 'detected' || b.type !== 'misc' || a.type === 'person' || a.type === 'organization') continue;
    const name = text.slice(b.start, b.end);
    if (text.slice(a.end, b.start) !== ' ' || !EVENT.test(name) || HOSTED_GAMES.test(name)) continue;
    out ??= mentions.slice();
    out[i - 1] = { ...b, start: a.start };
    out[i] = { ...b, start: -1 };
  }
  return out && out.filter((m) => m.start >= 0);
}

/**
 * Where "Olympics" starts once it takes in its season, which the tagger leaves out after the host's name ("Beijing
 * Winter Olympics" → "Beijing" + "Olympics"): "Winter Olympics" is the name. Null when no season word is there.
 */
const SEASON_BEFORE = /(?:^|[^\p{L}])((?:Winter|Summer|Youth) )$/u;
function seasonStart(text: string, m: RawMention, mentions: RawMention[]): number | null {
  if (!HOSTED_GAMES.test(text.slice(m.start, m.end))) return null;
  const season = SEASON_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
  if (!season || mentions.some((o) => o.end > m.start - season[1].length && o.start < m.start)) return null;
  return m.start - season[1].length;
}

/** Where "Road Forum" starts once it takes in "Belt and" before it, or null. */
function joinedStart(text: string, m: RawMention, tokens: Token[], mentions: RawMention[]): number | null {
  const name = text.slice(m.start, m.end);
  if (!JOIN_HEAD.test(name) || !name.includes(' ')) return null;
  const first = tokenStartingAt(tokens, m.start);
  if (first === undefined || first < 2 || tokens[first - 1].text !== 'and') return null;
  const x = tokens[first - 2];
  if (!CAPITAL_WORD.test(x.text) || FUNCTION.has(x.text) || tokenEndingAt(tokens, x.end) === undefined) return null;
  if (text.slice(x.end, m.start) !== ' and ') return null;
  if (mentions.some((o) => o !== m && o.start < x.end && x.start < o.end)) return null;
  return x.start;
}
