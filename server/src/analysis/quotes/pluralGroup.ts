/**
 * "Analysts at Morgan Stanley said in a note that … “…,” they wrote": a group of people described by a plural noun
 * (analysts, officials, researchers, the ministers) who spoke as the subject of a reporting verb is who the next
 * "they" stands for, as a person is for "he" or "she". The group is the whole described phrase.
 */
import type { Span } from '../types';
import { insideAny } from './insideAny';

/** Plural nouns for people by their work or part in the story. */
const GROUP_NOUN = String.raw`analysts|officials|researchers|scientists|experts|economists|strategists|ministers|diplomats|lawmakers|legislators|leaders|negotiators|delegates|representatives|spokespeople|executives|investigators|prosecutors|lawyers|judges|police|officers|authorities|doctors|medics|nurses|rescuers|witnesses|residents|villagers|activists|protesters|organi[sz]ers|critics|observers|sources|engineers|teachers|students|workers|farmers|volunteers|parents|survivors|fans|voters|traders|investors|monitors|inspectors|campaigners`;

/**
 * A group opening its sentence and speaking: "Analysts at Morgan Stanley said", "Health officials in Gaza told",
 * "The ministers wrote". Group 1 is the phrase.
 */
/** (a noun may open its sentence, capitalized: "Analysts at Morgan Stanley said") */
const GROUP_NOUNS = GROUP_NOUN.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const GROUP_SPEAKING = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)((?:(?:The|Some|Several|Many|Other|Two|Three|Four|Five|Senior|Top)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${GROUP_NOUNS})(?:\s+(?:at|from|for|with|in|of|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}?[\p{L}.&'’-]+)?)\s+(?:also\s+)?(?:said|say|says|told|tell|wrote|write|added|warned|noted|argued|predicted|estimated|expect|expected|believe|believed)\b`, 'gu');

/**
 * The last group that spoke between `from` and `at`, outside quotations; null when there is none.
 */
export function groupBefore(text: string, quoted: Span[], from: number, at: number): Span | null {
  let found: Span | null = null;
  for (const m of text.slice(from, at).matchAll(GROUP_SPEAKING)) {
    const start = from + m.index! + m[0].indexOf(m[1]);
    const span = { start, end: start + m[1].length };
    if (!insideAny(quoted, span) && /^\p{Lu}/u.test(m[1])) found = span;
  }
  return found;
}
