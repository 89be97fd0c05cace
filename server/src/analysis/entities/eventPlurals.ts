import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * An event named in the plural is several editions of a fixture, no body that acts: "four of the last five
 * Clasicos", "three straight Derbies". The tagger, seeing a capitalized word of a sports story, types it an
 * organization. A detected one-word organization or place right after a count ("five", "the last three",
 * "straight") that is the plural of a fixture's name ("Clasico", "Derby") or of the last word of an event the article
 * names as misc ("El Clasico" … "Clasicos"), and no place a gazetteer lists ("both Americas" of "American"), is misc
 * as the event is. Mentions a person tagged or confirmed stay as they are. Pure.
 */
/** A count right before the plural: "five Clasicos", "the last three Derbies", "two straight Expos". */
const COUNT_BEFORE = /(?<![\p{L}\p{N}])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|both|multiple|all|last|past|previous|consecutive|straight|successive|back-to-back)\s+$/iu;
const FIXTURES = new Set(['Clasico', 'Clásico', 'Superclasico', 'Superclásico', 'Derby', 'Classico', 'Klassieker']);

/** The singulars a one-word plural may stand for: "Clasicos" → "Clasico", "Derbies" → "Derby". */
function singulars(word: string): string[] {
  const out: string[] = [];
  if (/ies$/.test(word)) out.push(word.slice(0, -3) + 'y');
  if (/es$/.test(word)) out.push(word.slice(0, -2));
  if (/[^s]s$/.test(word)) out.push(word.slice(0, -1));
  return out;
}

export function eventPlurals(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const candidates = mentions.filter((m) => m.origin === 'detected' && (m.type === 'organization' || m.type === 'location') && /^\p{Lu}\p{L}+s$/u.test(text.slice(m.start, m.end)));
  if (!candidates.length) return mentions;
  const events = new Set(FIXTURES);
  for (const m of mentions) if (m.type === 'misc') events.add(text.slice(m.start, m.end).split(' ').pop()!);
  const isPlural = (m: RawMention) => {
    const name = text.slice(m.start, m.end);
    return singulars(name).some((s) => events.has(s)) && !gazetteer.isKnownPlace(name) && COUNT_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
  };
  const plural = new Set(candidates.filter(isPlural));
  return plural.size ? mentions.map((m) => (plural.has(m) ? { ...m, type: 'misc' as const } : m)) : mentions;
}
