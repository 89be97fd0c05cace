import type { RawMention, Token } from '../types';
import { FUNDING, SENTENCE } from './fundingInvestors';
import type { Gazetteer } from './gazetteer';
import { isJapaneseGivenName } from './japaneseGivenNames';
import { titledPersonName } from './titledPersonNames';

/**
 * Venture firms named after their founders' surnames ("Andreessen Horowitz", "Kleiner Perkins") read as a person's
 * full name to a tagger. In a sentence about a funding round (see `fundingInvestors.ts`), a detected two-word person
 * right after "led by", "co-led by", "backed by", "joined by", "from" or "including" is an investor, an organization,
 * when its first word is no given name (a person who leads a round is named by a given name: "led by Reid Hoffman")
 * and the article never names its last word alone (a person is later called by the surname: "Son said …"). A given
 * name the Western first-name lists lack but that reads as a Japanese one ("led by Masayoshi Son", `japaneseGivenNames`)
 * is a given name too, and a name the article writes with a person's post or title ("Masayoshi Son, the founder of
 * SoftBank", "SoftBank chief executive Masayoshi Son": `titledPersonNames`) is a person's. Every
 * detected mention of that name typed a person follows. Mentions a person tagged or confirmed stay. Pure.
 */
const INVESTOR_BEFORE = /\b(?:led by|co-led by|backed by|joined by|from|including)\s+$/;
const TWO_WORDS = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;

export function surnameFirms(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  if (!FUNDING.test(text)) return mentions;
  const firms = new Set<string>();
  for (const s of text.matchAll(SENTENCE)) {
    if (!s[0] || !FUNDING.test(s[0])) continue;
    const from = s.index, to = s.index + s[0].length;
    for (const m of mentions) {
      if (m.origin !== 'detected' || m.type !== 'person' || m.start < from || m.end > to) continue;
      const name = text.slice(m.start, m.end);
      if (!TWO_WORDS.test(name) || !INVESTOR_BEFORE.test(text.slice(Math.max(from, m.start - 12), m.start))) continue;
      const [first, last] = name.split(' ');
      if (gazetteer.isGivenName(first) || isJapaneseGivenName(first) || titledPersonName(text, name) || new RegExp(`(?<!${first} )\\b${last}\\b`).test(text)) continue;
      firms.add(name);
    }
  }
  if (!firms.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type === 'person' && firms.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m));
}
