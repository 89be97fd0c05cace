import type { RawMention } from '../types';

/**
 * A surname and a hyphenated given name of syllables is a Korean or Taiwanese person's name, the way news romanizes
 * it: "Lai Ching-te", "Yoon Suk-yeol", "Moon Jae-in", "Ban Ki-moon". The tagger reads some of them, before a noun such
 * as "administration" or "government", as organizations ("The Lai Ching-te administration"). A detected name of two
 * words, the second a capitalized syllable, a hyphen and a lower-case one, typed anything but person, is a person in
 * every detected mention; compounds with an English participle or suffix ("Hong Kong-based", "New York-born",
 * "Academy Award-winning") stay as they are, but not a syllable such as "-ming". Mentions a person tagged or confirmed stay. Pure.
 */
const SYLLABLE_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}{0,5}-\p{Ll}{1,5}$/u;
const ENGLISH_TAIL = /-(?:\p{Ll}{2,}(?:ed|ing)|born|run|led|made|like|style|era|wide|bound|only)$/u;

export function hyphenatedGivenNames(text: string, mentions: RawMention[]): RawMention[] {
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'person' || m.origin !== 'detected') continue;
    const name = text.slice(m.start, m.end);
    if (SYLLABLE_NAME.test(name) && !ENGLISH_TAIL.test(name)) people.add(name);
  }
  if (!people.size) return mentions;
  return mentions.map((m) => (m.type !== 'person' && m.origin === 'detected' && people.has(text.slice(m.start, m.end)) ? { ...m, type: 'person' as const } : m));
}
