import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * The title of a film, book, song, series or other work, in quotation marks after a noun that says what it is, is one
 * `misc` name (CoNLL marks titles of works misc, without their quotation marks): 'the film "Ne Zha 2"', 'the novel
 * "The Three-Body Problem"', 'a documentary titled "Home in the Mountains"'. An editorial's or a report's title is
 * no name in CoNLL, so "titled" counts only after such a noun. The tagger cuts such titles at their common
 * words or numbers and reads their parts as people, places or companies ("Ne Zha"/organization, "Mountains"/place),
 * or misses a title made of one common word ('her song "Flowers"'). The whole quoted title, a capital or a digit
 * first and at most twelve words, replaces what was detected inside it; titles listed after the first one ('the
 * films "A" and "B"') are titles too. A title overlapping a mention that reaches outside the quotation marks, or one
 * a person tagged or confirmed, stays as it is (see `replaceByNames`). Pure.
 */
const WORK = String.raw`(?:film|films|movie|movies|blockbuster|animation|cartoon|book|books|novel|novels|memoir|biography|song|songs|single|ballad|anthem|series|drama|dramas|sitcom|documentary|documentaries|album|albums|EP|play|opera|musical|ballet|(?:TV|talk|variety|reality|game) show|game|games|poem|painting|exhibition|programme|program|podcast|comedy|thriller|sequel|prequel|franchise|epic)`;
const TITLE = String.raw`(?:"([\p{Lu}\p{N}][^"\n]{0,100})"|“([\p{Lu}\p{N}][^”\n]{0,100})”|‘([\p{Lu}\p{N}][^’\n]{0,100})’)`;
const CUED = new RegExp(String.raw`\b${WORK}(?:,?\s+(?:titled|entitled|called|named))?\s+${TITLE}`, 'gu');
const NEXT = new RegExp(String.raw`^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)${TITLE}`, 'u');
const MAX_WORDS = 12;

export function workTitles(text: string, mentions: RawMention[]): RawMention[] {
  if (!/["“‘]/.test(text)) return mentions;
  const titles: RawMention[] = [];
  for (const cue of text.matchAll(CUED)) {
    let match: RegExpExecArray | RegExpMatchArray | null = cue;
    let end = cue.index + cue[0].length;
    while (match) {
      const title = match[1] ?? match[2] ?? match[3];
      const start = end - 1 - title.length;
      if (title.split(/\s+/).length <= MAX_WORDS && !/[.!?,]$/.test(title)) {
        titles.push({ start, end: end - 1, type: 'misc', score: 0.9, origin: 'detected' });
      }
      match = NEXT.exec(text.slice(end, end + 110));
      if (match) end += match[0].length;
    }
  }
  return replaceByNames(mentions, titles.filter((t) => !mentions.some((m) => m.start === t.start && m.end === t.end && m.type === 'misc')));
}
