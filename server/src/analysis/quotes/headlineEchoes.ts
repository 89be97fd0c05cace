/**
 * A headline quotes the story: "'We will never give up': Rescuers race against time" stands over a paragraph with
 * “We will never give up on any life,” said a firefighter. The headline's words found again inside a quotation of
 * the body are that quotation, shortened; they are speech by that alone, and spoken by the body quotation's speaker.
 */
import type { Quote, Span } from '../types';
import { SMALL_WORDS } from './smallWords';

/** The words of a stretch, lower-cased, for comparing quotations whatever their case and punctuation. */
const wordsOf = (s: string): string[] => [...s.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((m) => m[0].replace('’', "'"));

/** Whether `inner` is an unbroken run of the words of `outer`. */
function runOf(inner: string[], outer: string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, k) => outer[i + k] === w)) return true;
  return false;
}

/**
 * Whether the quoted words `quoted` (marks included) echo one of the body's quotations `body` (marks included): two
 * words or more, one of them a lower-case word of content (so not a title, "'Ne Zha 2'"), found in the same order
 * inside it.
 */
export function echoesQuotation(text: string, quoted: Span, body: Span[]): boolean {
  const words = echoWords(text.slice(quoted.start, quoted.end));
  return words !== null && body.some((b) => runOf(words, wordsOf(text.slice(b.start, b.end))));
}

/** The words of quoted words that may echo another quotation (see `echoesQuotation`), else null. */
function echoWords(raw: string): string[] | null {
  const words = wordsOf(raw);
  return words.length >= 2 && [...raw.matchAll(/\p{L}+/gu)].some((m) => /^\p{Ll}/u.test(m[0]) && !SMALL_WORDS.has(m[0])) ? words : null;
}

/** Whether one of two quotations is the other shortened: the words of either found in the same order in the other. */
function sameWords(a: string, b: string): boolean {
  const wa = echoWords(a), wb = echoWords(b);
  return (wa !== null && runOf(wa, wordsOf(b))) || (wb !== null && runOf(wb, wordsOf(a)));
}

/**
 * The quotation decisions `keep` with each headline segment (`inTitle`) that the body quotes again decided as the
 * body's quotation is: "Why young Chinese are 'lying flat'" over "the so-called “lying flat” movement" is no more
 * speech than the story's scare quotes are.
 */
export function echoedDecisions(text: string, segments: Span[], inTitle: (i: number) => boolean, keep: boolean[]): boolean[] {
  return keep.map((k, i) => {
    if (!inTitle(i)) return k;
    const own = text.slice(segments[i].start, segments[i].end);
    const twins = segments.map((s, j) => j).filter((j) => !inTitle(j) && sameWords(own, text.slice(segments[j].start, segments[j].end)));
    return twins.length ? twins.some((j) => keep[j]) : k;
  });
}

/**
 * The quotations with each headline quotation (`inTitle`) that names no one the article names given the speaker of the
 * body quotation it shortens or that shortens it: "'We will never give up': Rescuers race …" is the firefighter's
 * whom the story quotes in full; "'Cooperation is the only way,' says Brazilian minister" the minister's the story
 * names. A speaker phrase in the headline stays where it stands, resolved to the body's speaker.
 */
export function withEchoedSpeakers(quotes: Quote[], inTitle: (q: Quote) => boolean): Quote[] {
  return quotes.map((q) => {
    if (!inTitle(q) || (q.speaker && q.speaker.entity !== null)) return q;
    const echoed = quotes.find((b) => !inTitle(b) && b.speaker?.entity != null && sameWords(q.text, b.text))?.speaker;
    if (!echoed) return q;
    return { ...q, speaker: q.speaker ? { ...q.speaker, entity: echoed.entity, name: echoed.name } : echoed };
  });
}
