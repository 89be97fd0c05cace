import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * The formal names of states are places: "the Democratic Republic of the Congo", "the People's Republic of China",
 * "the Islamic Republic of Iran", "the Kingdom of Saudi Arabia". A sentence tagger cuts them at "of" ("Islamic
 * Republic" + "Iran") or reads them as organizations. Each such name holding a detection becomes one location, in
 * place of the detections inside it (see `replaceByNames`).
 *
 * Only words that name a state and nothing else head the name (Republic, Kingdom, Sultanate, Principality, Emirate);
 * "Federation of …" and "Union of …" are as often unions and trade bodies ("the Union of Concerned Scientists").
 * A name coordinates inside itself only without the article ("the Republic of Trinidad and Tobago"); after "of the"
 * an "and" begins another name ("the Democratic Republic of the Congo and Rwanda" is two countries). Pure.
 */
/** Words after a state's name that make a body of it: "the Republic of Korea Navy", "… Embassy". */
const BODY = '(?:Navy|Army|Air|Armed|Forces?|Embassy|Consulate|Mission|Government|Ministry|President|Prime|Minister|Police|Coast)\\b';
const STATE_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(?:Republic|Kingdom|Sultanate|Principality|Emirate)|United\\s+States)\\s+of\\s+(?:the\\s+(?!${BODY})\\p{Lu}[\\p{L}'’-]*(?:\\s+(?!${BODY})\\p{Lu}[\\p{L}'’-]*){0,2}|(?!${BODY})\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:and\\s+)?(?!${BODY})\\p{Lu}[\\p{L}'’-]*){0,2})`, 'gu');
/** A capitalized article or preposition opening the match is no part of the name: "The Republic of Korea". */
const LEADING = /^(?:The|A|In|On|At|For|From|With|By|To|Of)\s+/;

/** The word that makes a state's name, for a cheap scan before the full pattern runs on a window around it. */
const STATE_WORD = /(?:Republic|Kingdom|Sultanate|Principality|Emirate|States)\s+of\s/g;

export function stateNames(text: string, mentions: RawMention[]): RawMention[] {
  const names: RawMention[] = [];
  for (const w of text.matchAll(STATE_WORD)) {
    const from = Math.max(0, w.index - 60);
    const window = text.slice(from, w.index + 80);
    const m = [...window.matchAll(STATE_NAME)].find((x) => from + x.index <= w.index && w.index < from + x.index + x[0].length);
    if (!m) continue;
    const lead = LEADING.exec(m[0])?.[0].length ?? 0;
    const start = from + m.index + lead, end = from + m.index + m[0].length;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) continue;
    if (names.some((n) => n.start === start)) continue;
    if (!mentions.some((x) => x.start >= start && x.end <= end)) continue;
    if (mentions.some((x) => x.start === start && x.end === end && x.type === 'location')) continue;
    names.push({ start, end, type: 'location', score: 0.9, origin: 'detected' });
  }
  return replaceByNames(mentions, names);
}
