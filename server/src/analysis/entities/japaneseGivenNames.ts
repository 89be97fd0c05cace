/**
 * Whether a word reads as a Japanese given name romanized in Hepburn: two syllables or more, each a vowel after at
 * most one consonant ("sh", "ch", "ts" and a "y" glide count as one), with an "n" closing a syllable ("Masayoshi",
 * "Hiroshi", "Kazunori", "Shintaro"). The first-name gazetteer, built from Western lists, lacks most of them; English
 * surnames and the names of firms seldom take this shape ("Andreessen", "Horowitz", "Sequoia", "Temasek"). Pure.
 */
const SYLLABLES = /^(?:(?:sh|ch|ts|[kgsztdnhbpmrwjf])?y?[aiueo]n?)+$/;
const SYLLABLE = /(?:sh|ch|ts|[kgsztdnhbpmrwjf])?y?[aiueo]n?/g;

export function isJapaneseGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && w.length >= 5 && SYLLABLES.test(w) && (w.match(SYLLABLE)?.length ?? 0) >= 2;
}
