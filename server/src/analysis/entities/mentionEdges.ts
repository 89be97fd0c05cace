import type { RawMention, Token } from '../types';
import { tokenEndingAt, tokenStartingAt } from '../tokens/tokenIndex';

/**
 * Edges a left-to-right tagger sometimes gets wrong once it is inside a name, mended on detected mentions:
 *  - a title is not part of the name: "Judge Olga Lavrentyeva" → "Olga Lavrentyeva"; an organization running into
 *    a title and a name is two mentions: "Federal Reserve Governor Lawrence Lindsey" → "Federal Reserve" (its type)
 *    + "Lawrence Lindsey" (person);
 *  - a name does not end in a lower-case word: "NAPM rose" → "NAPM".
 * The titles are the words that, in CoNLL-2003 train, stand before a person's name far more often than inside it.
 * Pure.
 */
const TITLES = new Set([
  'Minister', 'President', 'General', 'Gen.', 'Secretary', 'Secretary-General', 'King', 'Queen', 'Princess', 'Ambassador',
  'Commissioner', 'Speaker', 'Sir', 'Dr.', 'Dr', 'Doctor', 'Sheikh', 'PM', 'Chairman', 'Chairwoman', 'Captain', 'Capt.',
  'Archbishop', 'Bishop', 'Cardinal', 'Pope', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Judge', 'Governor', 'Gov.',
  'Director', 'Senator', 'Sen.', 'Rep.', 'Col.', 'Colonel', 'Lt.', 'Chancellor', 'Premier', 'Mayor', 'Coach', 'CEO',
]);
const CAPITALIZED = /^\p{Lu}/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

export function trimMentionEdges(text: string, mentions: RawMention[], tokens: Token[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of mentions) {
    let a = tokenStartingAt(tokens, m.start);
    let b = tokenEndingAt(tokens, m.end);
    if (m.origin !== 'detected' || a === undefined || b === undefined || a === b) { out.push(m); continue; }
    while (b > a && LOWER_WORD.test(tokens[b].text)) b--;
    // A title inside the name, followed by capitalized words to its end: the person begins after it.
    let title = -1;
    for (let i = a; i < b; i++) if (TITLES.has(tokens[i].text) && tokens.slice(i + 1, b + 1).every((t) => CAPITALIZED.test(t.text))) { title = i; break; }
    if (title < 0) { out.push({ ...m, start: tokens[a].start, end: tokens[b].end }); continue; }
    if (title > a && m.type !== 'person') out.push({ ...m, start: tokens[a].start, end: tokens[title - 1].end });
    out.push({ ...m, type: 'person', start: tokens[title + 1].start, end: tokens[b].end });
  }
  return out;
}
