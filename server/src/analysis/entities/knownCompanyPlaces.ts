import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * Some companies share their name with a region or a river the place gazetteers list ("Amazon"), and the tagger
 * reads them as the place. A place does not invest billions in a startup, buy a rival, announce job cuts or trade on
 * a stock market. A detected mention typed a place, that the company gazetteer lists and that no country or city
 * gazetteer does (countries and cities do invest and announce: "Qatar has invested …", "Berlin announced …"), is an
 * organization when
 *  - it acts as a company right after it ("Amazon has invested $4 billion in …", "Amazon acquired …", "Amazon
 *    announced …", "Amazon shares fell", "Amazon's stock"), or
 *  - its shares or a stake in it come right before it ("Shares of Amazon rose", "a stake in Amazon").
 * Every detected mention of the same name typed a place follows. Mentions a person tagged or confirmed stay. Pure.
 */
const ACTS_AFTER = /^(?:\s+(?:(?:has|have|had|will|would|is to|plans to|agreed to|said it (?:would|will|had|has))\s+)?(?:invest(?:ed|s)?|acquir(?:ed|es|e)|bought|buys|announced|announces|unveiled|unveils|laid off|lays off|reported|reports|posted|founder|Web Services)|['’]s\s+(?:shares|stock|market value|chief executive|CEO|founder))(?![\p{L}-])/u;
const STAKE_BEFORE = /(?:\b[Ss]hares (?:of|in)|\bstake in|\bstock of)\s+$/;

export function knownCompanyPlaces(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || m.type !== 'location') continue;
    const name = text.slice(m.start, m.end);
    if (!gazetteer.isKnownCompany(name) || gazetteer.isKnownCountryOrCity(name)) continue;
    if (ACTS_AFTER.test(text.slice(m.end, m.end + 40)) || STAKE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) names.add(name);
  }
  if (!names.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type === 'location' && names.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m));
}
