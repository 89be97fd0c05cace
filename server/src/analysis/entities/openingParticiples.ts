import type { RawMention } from '../types';
import { SENTENCE_START } from './commonPlurals';

/**
 * A participle opening a sentence is capitalized only for being first: "Born in Belo Horizonte, Mendes joined …",
 * "Raised in Lagos, she …", "Founded in 2015, the firm …". The tagger, which knows "Born" as a town and a surname,
 * may tag the word as a name of its own beside the place after it. A detected mention that is one of these
 * participles alone, at the start of a sentence and followed by a preposition, is dropped; a surname that acts ("Born
 * said") is followed by no preposition and stays, and so does a mention a person tagged or confirmed. Pure.
 */
const PARTICIPLES = new Set(['Born', 'Raised', 'Based', 'Founded', 'Located', 'Educated', 'Trained', 'Elected', 'Appointed', 'Built', 'Headquartered']);
const PREPOSITION_AFTER = /^ (?:in|on|at|into|near|outside|inside|by|as|to|during|after|before|under)\b/;

export function openingParticiples(text: string, mentions: RawMention[]): RawMention[] {
  const drop = (m: RawMention) => m.origin === 'detected' && PARTICIPLES.has(text.slice(m.start, m.end))
    && SENTENCE_START.test(text.slice(Math.max(0, m.start - 4), m.start)) && PREPOSITION_AFTER.test(text.slice(m.end, m.end + 12));
  return mentions.some(drop) ? mentions.filter((m) => !drop(m)) : mentions;
}
