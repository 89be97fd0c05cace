import type { RawMention } from '../types';
import { isShouted } from './isShouted';

/**
 * In a headline written in title case ("Xi Calls For Stronger Global Governance At SCO Summit") every word has a
 * capital, so capitals say nothing of where a name begins and ends, and the tagger runs names into the verbs and nouns
 * around them: "Xi Calls For Stronger Global Governance", "Beijing Hosts", "BYD Overtakes Tesla As World", "Grand
 * Military Parade". A headline sums up the article, so the article's other lines name the same things: a detected
 * mention of two words or more on such a line keeps only the runs of its words that are, in any case, a mention
 * elsewhere in the article ("Xi", "Beijing", "BYD", "Tesla"), each with that mention's type; words the article never
 * names are dropped. Single words stay as tagged. Nothing changes when there is no article to sum up (a headline
 * alone, a list of headlines: the rest must be at least as long as the headlines and name two things or more), or for
 * mentions a person tagged or confirmed. Pure.
 *
 * A line is in title case when it has four words or more, every word of four letters or more begins with a capital,
 * it has lower-case letters (headlines in capitals, as in CoNLL-2003, are another matter: see `isShouted`), and a word
 * prose writes in lower case is capitalized after its first word ("For", "To", "Of", "As", "Amid").
 */
const MINOR = /^(?:A|An|And|As|At|By|For|From|In|Into|Of|On|Or|Over|The|To|Vs|With|Amid|After|Against)$/;
const WORD = /\S+/g;
/** A word that starts in lower case with four letters or more, which no title-case line has (ASCII only: a quick test). */
const PROSE_WORD = /(?:^|\s)[a-z][a-zA-Z]{3}/;

export function headlineNames(text: string, mentions: RawMention[]): RawMention[] {
  const lines = headlineLines(text);
  if (!lines.length) return mentions;
  const onHeadline = (m: RawMention) => lines.some(([s, e]) => m.start >= s && m.end <= e);
  const named = new Map<string, RawMention['type']>();
  for (const m of mentions) if (!onHeadline(m)) named.set(key(text.slice(m.start, m.end)), m.type);
  // The rest of the article must be there to sum up: longer than its headlines, and naming two things or more.
  const headlineLength = lines.reduce((n, [s, e]) => n + e - s, 0);
  if (named.size < 2 || text.length - headlineLength < headlineLength) return mentions;
  let changed = false;
  const out: RawMention[] = [];
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    if (m.origin !== 'detected' || !/\s/.test(name) || !onHeadline(m) || named.has(key(name))) { out.push(m); continue; }
    changed = true;
    out.push(...namedRuns(name, named).map((r) => ({ ...m, start: m.start + r.start, end: m.start + r.end, type: r.type })));
  }
  return changed ? out : mentions;
}

/** The longest runs of words, left to right, that the article names elsewhere; offsets within `name`. */
function namedRuns(name: string, named: Map<string, RawMention['type']>): { start: number; end: number; type: RawMention['type'] }[] {
  const words = [...name.matchAll(WORD)].map((w) => ({ start: w.index, end: w.index + w[0].length }));
  const runs: { start: number; end: number; type: RawMention['type'] }[] = [];
  for (let i = 0; i < words.length;) {
    let found = 0;
    for (let j = words.length; j > i && !found; j--) {
      const start = words[i].start;
      const end = words[j - 1].end - (/['’]s$/.test(name.slice(start, words[j - 1].end)) ? 2 : 0);
      const type = named.get(key(name.slice(start, end)));
      if (type) { runs.push({ start, end, type }); found = j - i; }
    }
    i += found || 1;
  }
  return runs;
}

const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');

/** [start, end) of each line in title case. */
function headlineLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    // Most lines are prose: a word of four letters or more in lower case (here caught cheaply in ASCII) rules out title
    // case before the line is split. This runs at every keystroke on the whole article.
    if (PROSE_WORD.test(line[0])) continue;
    const words = line[0].split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.length < 4 || isShouted(words) || !/\p{Ll}/u.test(line[0])) continue;
    const titled = words.every((w) => !/^\p{L}{4}/u.test(w) || /^\p{Lu}/u.test(w));
    if (titled && words.slice(1).some((w) => MINOR.test(w))) out.push([line.index, line.index + line[0].length]);
  }
  return out;
}
