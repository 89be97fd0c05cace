import type { RawMention } from '../types';

/**
 * A short form in brackets right after the lower-case words it abbreviates is a term, not the name of a person, an
 * organization or a place: "electric vehicles (EVs)", "the purchasing managers' index (PMI)", "bovine spongiform
 * encephalopathy (BSE)". The tagger types such short forms as organizations or places; CoNLL-2003 marks them "other"
 * (misc), as it marks "BSE", so detected mentions of that short form (or its plural) anywhere in the article become
 * misc. (Dropping them instead cost 14 correct mentions on CoNLL-2003 train.) Mentions a person tagged or confirmed
 * stay as they are. Pure.
 */
const BRACKETED = /\(([A-Z][A-Z0-9]{1,5})s?\)/g;

export function termAcronymsAsMisc(text: string, mentions: RawMention[]): RawMention[] {
  const terms = new Set<string>();
  for (const m of text.matchAll(BRACKETED)) {
    const short = m[1];
    const words = text.slice(Math.max(0, m.index - 80), m.index).trim().split(/[\s-]+/).slice(-short.length);
    if (words.length === short.length && words.every((w, i) => /^\p{Ll}/u.test(w) && w[0] === short[i].toLowerCase())) terms.add(short);
  }
  if (!terms.size) return mentions;
  let changed = false;
  const out = mentions.map((m) => {
    if (m.origin !== 'detected' || m.type === 'misc' || !terms.has(text.slice(m.start, m.end).replace(/s$/, ''))) return m;
    changed = true;
    return { ...m, type: 'misc' as const };
  });
  return changed ? out : mentions;
}
