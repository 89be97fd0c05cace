import type { RawMention } from '../types';
import type { Gazetteer } from './gazetteer';

/** A run of a name's words, offsets within the name. */
export interface NameRun {
  start: number;
  end: number;
  type: RawMention['type'];
}

/** How rare a word must be (its rank in the lexicon's vocabulary) to pass for a name's word: "Jiaxin", not "Slams". */
const RARE_RANK = 20000;
/** A word a name could hold: letters, perhaps a hyphen or an apostrophe ("Jae-in", "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** Words of a headline that are no name's, however rare: short function words. */
const FUNCTION_WORD = /^(?:A|An|And|As|At|By|For|From|In|Into|Of|On|Or|Over|The|To|Vs|With|Amid|After|Against|Is|Are|Was|Were|Be|Will|Can|Has|Have|Had|Its|Than)$/;

/**
 * A title-case headline names a person in full where the article, below, names them by surname alone: "Kiara Mendoza
 * Wins Tour Stage As Rivals Falter" over "Mendoza, 24, attacked …", "Ruan Jiaxin Takes Gold" over "Ruan, 19, won …".
 * `headlineNames` keeps, of a detected mention on such a line, only the runs of its words the article names; this
 * takes back into a person's run the words of the same mention that stand for the rest of the name:
 *  - before the surname, a given name: a word the first-name gazetteer lists, or a rare word ("Kiara", "Teodora");
 *  - after it, as Chinese, Korean and Vietnamese names run, a rare word that does not end in "s" as a headline's
 *    verb does ("Jiaxin" of "Ruan Jiaxin Takes Gold"; not "Slams" of "Putin Slams West"), or a given name without one.
 * At most two words each way, none a short function word or a word the article names as something else. Pure.
 */
export function withGivenNames(name: string, runs: NameRun[], named: ReadonlyMap<string, RawMention['type'] | null>, gazetteer: Gazetteer): NameRun[] {
  if (!runs.some((r) => r.type === 'person')) return runs;
  const words = [...name.matchAll(/\S+/g)].map((w) => ({ start: w.index, end: w.index + w[0].length, text: w[0] }));
  const free = (w: { start: number; end: number }) => !runs.some((r) => r.start < w.end && w.start < r.end);
  const nameWord = (w: string) => NAME_WORD.test(w) && !FUNCTION_WORD.test(w) && !named.has(w.toLowerCase());
  const rare = (w: string) => gazetteer.wordRank(w) >= RARE_RANK;
  const given = (w: string) => nameWord(w) && (gazetteer.isGivenName(w) || rare(w));
  const after = (w: string) => nameWord(w) && !/s$/.test(w) && (rare(w) || gazetteer.isGivenName(w));
  return runs.map((r) => {
    if (r.type !== 'person') return r;
    let first = words.findIndex((w) => w.start === r.start), last = words.findIndex((w) => w.end >= r.end);
    if (first < 0 || last < 0) return r;
    for (let n = 0; n < 2 && first > 0 && free(words[first - 1]) && given(words[first - 1].text); n++) first--;
    for (let n = 0; n < 2 && last < words.length - 1 && free(words[last + 1]) && after(words[last + 1].text); n++) last++;
    return { ...r, start: words[first].start, end: Math.max(r.end, words[last].end) };
  });
}
