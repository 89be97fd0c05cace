import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * Some companies share their name with a region or a river the place gazetteers list ("Amazon"), and the tagger
 * reads them as the place. A place does not put billions into a startup, buy a rival, lay off staff or trade on a
 * stock market. A detected mention typed a place, that the company gazetteer lists and that no country or city
 * gazetteer does (countries and cities invest and buy too: "Qatar has invested …"), is an organization when
 *  - it invests a sum in an organization right after it ("Amazon has invested $4 billion in Anthropic"; a state
 *    invests in schools: "California has invested $2 billion in housing"), or
 *  - it acts as only a company does ("Amazon acquired …", "Amazon laid off …", "Amazon's shares fell", "Amazon's
 *    chief executive"; not "Korea's stock market"), or
 *  - its shares or a stake in it come right before it ("Shares of Amazon rose", "a stake in Amazon").
 * Announcing is no cue: states announce ("California announced …"). Every detected mention of the same name typed a
 * place follows. Mentions a person tagged or confirmed stay. Pure.
 */
const ACTS_AFTER = /^(?:\s+(?:(?:has|have|had|will|would|is to|plans to|agreed to)\s+)?(?:acquir(?:ed|es|e)|bought|buys|laid off|lays off|Web Services)|['’]s\s+(?:shares|stock(?! market| exchange| index)|market value|chief executive|CEO|founder))(?![\p{L}-])/u;
const INVESTS_IN = /^\s+(?:(?:has|have|had|will|would|plans to|agreed to)\s+)?invest(?:ed|s)?\s+(?:a further |another |an additional |up to |about |nearly |more than )?(?:US)?[$€£¥][\d.,]+(?:\s+(?:million|billion|trillion|bn|m))?\s+in\s+$/;
const STAKE_BEFORE = /(?:\b[Ss]hares (?:of|in)|\bstake in|\bstock of)\s+$/;

export function knownCompanyPlaces(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const names = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || m.type !== 'location') return;
    const name = text.slice(m.start, m.end);
    if (!gazetteer.isKnownCompany(name) || gazetteer.isKnownCountryOrCity(name)) return;
    const next = mentions[i + 1];
    const investsIn = next?.type === 'organization' && next.start - m.end < 80 && INVESTS_IN.test(text.slice(m.end, next.start));
    if (investsIn || ACTS_AFTER.test(text.slice(m.end, m.end + 40)) || STAKE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) names.add(name);
  });
  if (!names.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type === 'location' && names.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m));
}
