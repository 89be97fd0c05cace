import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * A company the tagger has never seen ("Anthropic", a coined word) is read from its shape, a person or a place. But
 * a company speaks of itself as "it": "X said it had raised …", "X said on Tuesday its revenue doubled". A detected
 * mention typed a person, a place or misc is an organization when it says, announces or confirms, right after, that
 * "it" did what companies do (raised, acquired, launched, hired, plans, expects …) or that "its" shares, revenue,
 * users or chief executive did: people speak of "it" too, but as a thing or a state of affairs ("X said it was a
 * mistake"), not as the one who raised a round. A name the gazetteers list as a place stays a place ("China said it
 * would …": a country speaks so too, and the CoNLL scheme keeps it a place). Every detected mention of the same name in
 * the article follows. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const SAYS = String.raw`(?:said|says|announced|announces|confirmed|confirms|added|stated|disclosed|reported)`;
const WHEN = String.raw`(?:(?:on|late on|early on) \p{Lu}\p{Ll}+day|in a statement|in a blog post|in a filing|on its website)`;
const DID = String.raw`(?:raised|raise|acquired|acquire|launched|launch|released|release|invested|invest|hired|hire|cut|laid off|plans|planned|expects|expected|secured|signed|filed|sold|bought|opened|completed|valued|employs|employed|reached|agreed to (?:buy|acquire|sell|invest))`;
const OWNS = String.raw`(?:shares|stock|revenue|revenues|profit|profits|sales|customers|users|employees|staff|workforce|valuation|models?|chatbot|products?|board|chief executive|CEO|founder|headquarters|factory|factories|app|platform|services?)`;
const SELF = new RegExp(
  String.raw`^\s+(?:(?:also|later|then)\s+)?${SAYS}(?:\s+${WHEN})?,?\s+(?:that\s+)?(?:it(?:\s+(?:had|has|have|would|will|was|is|had been|has been))?\s+${DID}|its\s+(?:\p{Ll}+\s+)?${OWNS})\b`,
  'u',
);

export function companyPronouns(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || m.type === 'organization') continue;
    const name = text.slice(m.start, m.end);
    if (name.length > 40 || gazetteer.isKnownPlace(name)) continue;
    if (SELF.test(text.slice(m.end, m.end + 120))) names.add(name);
  }
  if (!names.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type !== 'organization' && names.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m));
}
