import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';
import { SURE } from './speakingSubjects';

/**
 * A company the tagger has never seen ("Anthropic", a coined word) is read from its shape, a person or a place. But
 * a company speaks of itself as "it": "X said it had raised …", "X said on Tuesday its revenue doubled". A detected
 * mention typed a place or misc, or a person with doubt, is an organization when it says, announces or confirms, right
 * after, that "it" did what companies do (had raised, acquired, launched, hired, laid off, was valued …) or that
 * "its" shares, revenue, users or chief executive did: people speak of "it" too, but as a thing or a state of affairs
 * ("X said it was a mistake", "X said it would raise tariffs": no past deed of a company), and a name the tagger
 * is sure is a person stays one. A name the gazetteers list as a place stays a place ("China said it
 * would …": a country speaks so too, and the CoNLL scheme keeps it a place). Every detected mention of the same name in
 * the article follows. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const SAYS = String.raw`(?:said|says|announced|announces|confirmed|confirms|added|stated|disclosed|reported)`;
const WHEN = String.raw`(?:(?:on|late on|early on) \p{Lu}\p{Ll}+day|in a statement|in a blog post|in a filing|on its website)`;
const DID = String.raw`(?:raised(?= (?:[$€£¥\d]|US\$|(?:new |fresh |more )?(?:funding|capital|money|financing)))|acquired|launched|invested|hired|laid off|secured|filed for|completed|closed a|was valued|is valued|employs|agreed to (?:buy|acquire|sell|invest))`;
const OWNS = String.raw`(?:shares|stock|revenue|revenues|profit|profits|sales|customers|users|employees|staff|workforce|valuation|models?|chatbot|products?|board|chief executive|CEO|founder|headquarters|factory|factories|app|platform|services?)`;
const SELF = new RegExp(
  String.raw`^\s+(?:(?:also|later|then)\s+)?${SAYS}(?:\s+${WHEN})?,?\s+(?:that\s+)?(?:it(?:\s+(?:had|has))?\s+${DID}|its\s+(?:\p{Ll}+\s+)?${OWNS})\b`,
  'u',
);

export function companyPronouns(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || m.type === 'organization' || (m.type === 'person' && (m.score ?? 1) >= SURE)) continue;
    const name = text.slice(m.start, m.end);
    if (name.length > 40 || gazetteer.isKnownPlace(name)) continue;
    if (SELF.test(text.slice(m.end, m.end + 120))) names.add(name);
  }
  if (!names.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type !== 'organization' && names.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m));
}
