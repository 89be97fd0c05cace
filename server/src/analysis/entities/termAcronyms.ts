import type { RawMention } from '../types';

/**
 * A short form in brackets right after the lower-case words it abbreviates is a term, not a name: "electric vehicles
 * (EVs)", "the purchasing managers' index (PMI)", "artificial intelligence (AI)". Names are written with capitals, so
 * detected mentions of that short form (or its plural) anywhere in the article are dropped. Mentions a person tagged
 * or confirmed stay. Pure.
 */
const BRACKETED = /\(([A-Z][A-Z0-9]{1,5})s?\)/g;

export function dropTermAcronyms(text: string, mentions: RawMention[]): RawMention[] {
  const terms = new Set<string>();
  for (const m of text.matchAll(BRACKETED)) {
    const short = m[1];
    const words = text.slice(Math.max(0, m.index - 80), m.index).trim().split(/[\s-]+/).slice(-short.length);
    if (words.length === short.length && words.every((w, i) => /^\p{Ll}/u.test(w) && w[0] === short[i].toLowerCase())) terms.add(short);
  }
  if (!terms.size) return mentions;
  return mentions.filter((m) => m.origin !== 'detected' || !terms.has(text.slice(m.start, m.end).replace(/s$/, '')));
}
