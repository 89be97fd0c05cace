import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * A coined company name the tagger has never seen ("Anthropic") may be read as a place when a preposition stands
 * before it: "invested $8 billion in Anthropic", "the chatbot made by Anthropic". But no place makes a chatbot or is
 * "based in" another place, and money invested "in" a name no gazetteer lists as a place goes to a company. A detected
 * mention typed a place, that no gazetteer lists as one, is an organization when
 *  - something is made, built, developed, owned, acquired or founded "by" it ("the model developed by X"), or
 *  - a sum or a stake is put "in" it ("invested $8 billion in X", "a 10% stake in X", "an investment in X"), or
 *  - it is "based in" or "headquartered in" a place, right after it and a comma ("X, based in San Francisco, …").
 * Places the gazetteers know ("invested $8 billion in Vietnam", "funded by Qatar") stay places. Every detected mention
 * of the same name typed a place follows. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const MADE_BY = /\b(?:made|built|developed|designed|created|owned|acquired|bought|founded|operated|run|trained) by\s+$/;
const PUT_IN = /\b(?:invest(?:ed|s|ing)?(?: (?:a further |another |an additional |up to |about |nearly |more than )?(?:US)?[$€£¥]?[\d.,]+(?: (?:million|billion|trillion|bn|m))?(?: (?:dollars|euros|pounds|yuan))?)?|(?:an? )?investments?|stake|shares|funding round) in\s+$/;
const BASED_IN = /^,\s+(?:which is\s+)?(?:based|headquartered) in\b/;

export function placeCompanies(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || m.type !== 'location') continue;
    const name = text.slice(m.start, m.end);
    if (gazetteer.isKnownPlace(name)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (MADE_BY.test(before) || PUT_IN.test(before) || BASED_IN.test(text.slice(m.end, m.end + 40))) names.add(name);
  }
  if (!names.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type === 'location' && names.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m));
}
