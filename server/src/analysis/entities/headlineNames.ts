import type { RawMention } from '../types';
import { NO_GAZETTEER, type Gazetteer } from './gazetteer';
import { withGivenNames } from './headlineGivenNames';
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
 * mentions a person tagged or confirmed. A person's run takes back the given name the headline writes beside the
 * surname the article names ("Kiara Mendoza Wins …" over "Mendoza said": `headlineGivenNames.ts`). Pure.
 *
 * A headline alone (no article, or a list of headlines) has no article to sum up; there the gazetteers stand in for it:
 * a detected mention of two words or more on the line keeps the longest runs of its words that a gazetteer knows as
 * a place (location), as an organization when the run is of two words or more or a rare word ("Nvidia"), or as a
 * nation's adjective ("Chinese", "European": misc), and the other words are dropped ("AI Is Reshaping Chinese
 * Factories" names no company; "China Unveils New Plan" → "China"). The words of a headline in title case are
 * capitalized whatever they are, so the tagger's reading of them is no evidence of a name.
 *
 * A line is in title case when it has four words or more, every word of four letters or more begins with a capital,
 * it has lower-case letters, and a word prose writes in lower case is capitalized after its first word ("For", "To",
 * "Of", "As", "Amid", "Is", "Will"), or such a word is in lower case after it while every longer word is capitalized
 * ("China Unveils New Plan to Boost Consumption": the style guides lower-case short prepositions), when every other
 * word is capitalized, on a line with no digits that ends in no period (a short sentence: "Winter is in the air."). A word that names hold inside them in lower case ("of", "and", "for", "the": "Ministry of Industry and
 * Information Technology") is no such evidence, nor are the words of fixture lists and scorecards ("Denver at New
 * York", "Smith not out 45", "Lyon in Paris").
 *
 * A line in capitals (a subhead, a wire headline: `isShouted`) hides the same boundaries and the case of the words
 * the tagger types by ("STRAIT OF HORMUZ TENSIONS" read as a company). There a detected mention the article writes
 * elsewhere in ordinary case, always with one type, takes that type; one the article does not write so keeps the
 * runs of its words that are a name of two words or more in the article, each with its type ("STRAIT OF HORMUZ"),
 * when the words it leaves out are ones the article writes in lower case ("tensions").
 * A single word the article names is no such run: a headline in capitals often names in full what the text names
 * in part ("PAN ZHANLE", "SOUTH CHINA MORNING POST", "WUHAN OPEN"), and only a name of several words matched word for word
 * shows where the headline's name ends. A dateline ("NEW YORK 2025-08-30", "BEIJING, Dec. 7") names the place it was
 * filed from, whatever the text makes of the name, and stays; so does a name the tagger read as a place, since the
 * gazetteers that tell a place ignore case, while the shape that tells a company or a person is what capitals hide
 * ("DENVER AT BOSTON" in a fixture list, where the text's "Boston" is the club). The type
 * rules may retype the article's mention after this ("in Khan Younis" makes a place of what the tagger called a
 * person), so `shoutedNames` gives the capitalized mention its type again once they have run.
 */
const MINOR = /^(?:A|An|And|As|At|By|For|From|In|Into|Of|On|Or|Over|The|To|Vs|With|Amid|After|Against|Is|Are|Was|Were|Be|Will|Can|Could|Would|Should|Must|Has|Have|Had|Does|Its|Than)$/;
/** A word in lower case that shows a line of capitalized words is a headline, not a name ("to", "as", "amid", "is"). */
const LOWER_MINOR = /^(?:as|into|over|to|with|amid|after|against|is|are|will|can|could|would|should|must|has|have|its|than)$/;
/** A nation's adjective, by its ending ("Chinese", "European", "Russian", "British", "Israeli"). */
const DEMONYM_ENDING = /(?:ese|an|ish|i)$/;
const WORD = /\S+/g;
/** A word that starts in lower case with four letters or more, which no title-case line has (ASCII only: a quick test). */
const PROSE_WORD = /(?:^|\s)[a-z][a-zA-Z]{3}/;

export function headlineNames(text: string, mentions: RawMention[], _tokens?: unknown, gazetteer: Gazetteer = NO_GAZETTEER): RawMention[] {
  const { titled, shouted } = headlineLines(text);
  const lines = [...titled, ...shouted];
  if (!lines.length) return mentions;
  if (titled.length === 1 && !text.trim().includes('\n')) return headlineAlone(text, mentions, gazetteer);
  const within = (m: RawMention, ls: [number, number][]) => ls.some(([s, e]) => m.start >= s && m.end <= e);
  const named = new Map<string, RawMention['type']>();
  for (const m of mentions) if (!within(m, lines)) named.set(key(text.slice(m.start, m.end)), m.type);
  const shoutedNamed = namesElsewhere(text, mentions, (m) => within(m, lines));
  // The rest of the article must be there to sum up: longer than its headlines, and naming two things or more.
  const headlineLength = lines.reduce((n, [s, e]) => n + e - s, 0);
  if (named.size < 2 || text.length - headlineLength < headlineLength) return mentions;
  let changed = false;
  const out: RawMention[] = [];
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    if (m.origin !== 'detected') { out.push(m); continue; }
    if (within(m, shouted)) {
      if (isDateline(text, m)) { out.push(m); continue; }
      const type = shoutedNamed.get(key(name));
      const runs = type !== undefined || !/\s/.test(name) ? [] : shoutedRuns(text, name, shoutedNamed);
      if (type && type !== m.type && m.type !== 'location') { out.push({ ...m, type }); changed = true; }
      else if (runs.length) { out.push(...runs.map((r) => ({ ...m, start: m.start + r.start, end: m.start + r.end, type: r.type }))); changed = true; }
      else out.push(m);
      continue;
    }
    if (!/\s/.test(name) || !within(m, titled) || named.has(key(name))) { out.push(m); continue; }
    changed = true;
    out.push(...withGivenNames(name, namedRuns(name, named), named, gazetteer).map((r) => ({ ...m, start: m.start + r.start, end: m.start + r.end, type: r.type })));
  }
  return changed ? out : mentions;
}

/**
 * After the type rules: a detected mention on a line in capitals that the article writes elsewhere in ordinary case
 * takes the type the article's mentions ended with ("KHAN YOUNIS" as "in Khan Younis"), when they agree. Pure.
 */
export function shoutedNames(text: string, mentions: RawMention[]): RawMention[] {
  const { shouted } = headlineLines(text);
  if (!shouted.length) return mentions;
  const within = (m: RawMention) => shouted.some(([s, e]) => m.start >= s && m.end <= e);
  const named = namesElsewhere(text, mentions, within);
  return mentions.map((m) => {
    const type = m.origin === 'detected' && within(m) && !isDateline(text, m) ? named.get(key(text.slice(m.start, m.end))) : undefined;
    return type && type !== m.type && m.type !== 'location' ? { ...m, type } : m;
  });
}

/** A title-case headline with nothing else: detected names of several words keep the runs a gazetteer knows. */
function headlineAlone(text: string, mentions: RawMention[], gazetteer: Gazetteer): RawMention[] {
  const known = (run: string): RawMention['type'] | undefined => {
    if (gazetteer.isKnownPlace(run)) return 'location';
    if (!gazetteer.isKnownNonPerson(run)) return undefined;
    if (!/\s/.test(run) && DEMONYM_ENDING.test(run)) return 'misc';
    return /\s/.test(run) || gazetteer.wordRank(run) >= 5000 ? 'organization' : undefined;
  };
  let changed = false;
  const out: RawMention[] = [];
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    if (m.origin !== 'detected' || m.type === 'person' || !/\s/.test(name) || known(name)) { out.push(m); continue; }
    changed = true;
    const words = [...name.matchAll(WORD)].map((w) => ({ start: w.index, end: w.index + w[0].length }));
    for (let i = 0; i < words.length;) {
      let found = 0;
      for (let j = words.length; j > i && !found; j--) {
        const type = known(name.slice(words[i].start, words[j - 1].end));
        if (type) { out.push({ ...m, start: m.start + words[i].start, end: m.start + words[j - 1].end, type }); found = j - i; }
      }
      i += found || 1;
    }
  }
  return changed ? out : mentions;
}

/** The type of each name the article writes off the given lines, or null when its mentions differ in type. */
function namesElsewhere(text: string, mentions: RawMention[], within: (m: RawMention) => boolean): Map<string, RawMention['type'] | null> {
  const named = new Map<string, RawMention['type'] | null>();
  for (const m of mentions) {
    if (within(m)) continue;
    const k = key(text.slice(m.start, m.end)), was = named.get(k);
    named.set(k, was === undefined || was === m.type ? m.type : null);
  }
  return named;
}

/** A dateline's place: a name opening its line, then a date or a comma ("NEW YORK 2025-08-30", "BEIJING, Dec. 7"). */
function isDateline(text: string, m: RawMention): boolean {
  return (m.start === 0 || text[m.start - 1] === '\n') && /^(?:,| \d)/.test(text.slice(m.end, m.end + 2));
}

/**
 * The runs of a name in capitals that are names of two words or more in the article, when every word left out is one
 * the article writes in lower case ("tensions" of "STRAIT OF HORMUZ TENSIONS"): a word it never writes so, or a number
 * ("SILK ROAD RALLY", "MACAU OPEN"), may be the headline's name's own. Else none.
 */
function shoutedRuns(text: string, name: string, named: Map<string, RawMention['type'] | null>): { start: number; end: number; type: RawMention['type'] }[] {
  const runs = namedRuns(name, named).filter((r) => /\s/.test(name.slice(r.start, r.end)));
  if (!runs.length) return runs;
  let left = name;
  for (const r of [...runs].reverse()) left = left.slice(0, r.start) + ' ' + left.slice(r.end);
  const ordinary = (w: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])${w.toLowerCase()}(?![\p{L}\p{N}])`, 'u').test(text);
  return left.split(/\s+/).filter(Boolean).every((w) => /^\p{L}+$/u.test(w) && ordinary(w)) ? runs : [];
}

/** The longest runs of words, left to right, that the article names elsewhere; offsets within `name`. */
function namedRuns(name: string, named: Map<string, RawMention['type'] | null>): { start: number; end: number; type: RawMention['type'] }[] {
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

/** Every word capitalized but short function words, on a line with no digits that ends in no period: a headline. */
const allCapitalized = (line: string, words: string[]): boolean =>
  !/\d|\.\s*$/.test(line) && words.every((w) => /^\p{Lu}/u.test(w) || LOWER_MINOR.test(w) || /^(?:a|an|and|at|by|for|in|of|on|or|the|vs)$/.test(w));

/** [start, end) of each line in title case, where capitals say nothing of where a name begins and ends. */
export const titleCaseLines = (text: string): [number, number][] => headlineLines(text).titled;

/** [start, end) of each line in title case, and of each line in capitals. */
function headlineLines(text: string): { titled: [number, number][]; shouted: [number, number][] } {
  const titled: [number, number][] = [], shouted: [number, number][] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    // Most lines are prose: a word of four letters or more in lower case (here caught cheaply in ASCII) rules out title
    // case and capitals before the line is split. This runs at every keystroke on the whole article.
    if (PROSE_WORD.test(line[0])) continue;
    const words = line[0].split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const span: [number, number] = [line.index, line.index + line[0].length];
    if (isShouted(words)) { shouted.push(span); continue; }
    if (words.length < 4 || !/\p{Ll}/u.test(line[0])) continue;
    const inTitleCase = words.every((w) => !/^\p{L}{4}/u.test(w) || /^\p{Lu}/u.test(w) || LOWER_MINOR.test(w));
    if (inTitleCase && words.slice(1).some((w) => MINOR.test(w) || (LOWER_MINOR.test(w) && allCapitalized(line[0], words)))) titled.push(span);
  }
  return { titled, shouted };
}
