import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * A coined brand named in a list with companies is one too: "Ele.me and Meituan", "JD.com, Alibaba and Pinduoduo".
 * The tagger reads a word it has never seen as a person or a place. In a run of detected mentions joined only by
 * commas, "and", "or" or "&", a one-word mention typed a person or a place is an organization when its word is one the
 * lexicon's vocabulary lacks altogether, no gazetteer lists it (as a given name either), every other mention of the
 * run is an organization, and one of them is a company a gazetteer lists or a brand written as a web address. People
 * named by surname beside an institution ("Hegseth and the Pentagon") stay: an institution is no listed company.
 * Mentions a person tagged or confirmed stay as they are. Pure.
 */
const JOINER = /^(?:,\s+|,?\s+(?:and|or|&)\s+)$/;
const WORD = /^\p{Lu}[\p{L}\p{M}]+$/u;
const WEB_BRAND = /^[\p{L}\p{N}-]+\.(?:com|me|net|io|ai|cn|org|co)$/iu;

export function coordinatedCompanies(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const retype = new Set<RawMention>();
  const isCoined = (m: RawMention) => {
    const name = text.slice(m.start, m.end);
    return m.origin === 'detected' && (m.type === 'person' || m.type === 'location') && WORD.test(name)
      && gazetteer.wordRank(name) === Infinity && !gazetteer.isKnownNonPerson(name) && !gazetteer.isGivenName(name);
  };
  for (let i = 0; i < mentions.length;) {
    let j = i + 1;
    while (j < mentions.length && JOINER.test(text.slice(mentions[j - 1].end, mentions[j].start))) j++;
    const run = mentions.slice(i, j);
    i = j;
    if (run.length < 2) continue;
    const coined = run.filter(isCoined);
    const others = run.filter((m) => !coined.includes(m));
    if (coined.length !== 1 || others.some((m) => m.type !== 'organization')) continue;
    if (others.some((m) => gazetteer.isKnownCompany(text.slice(m.start, m.end)) || WEB_BRAND.test(text.slice(m.start, m.end)))) retype.add(coined[0]);
  }
  return retype.size ? mentions.map((m) => (retype.has(m) ? { ...m, type: 'organization' as const } : m)) : mentions;
}
