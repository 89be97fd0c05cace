import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * A photo caption names a team's or a country's player by the team's possessive and what the player does in the
 * picture: "Real Madrid's Kylian Mbappe celebrates after scoring", "Spain's Carlos Alcaraz reacts", "Brazil's Marta
 * gestures". The tagger, reading a caption's odd order, may call the player a company or a place. A mention of one
 * to three capitalized words right after the possessive of a detected organization or place, and right before a verb
 * only a person does in a picture (celebrates, reacts, gestures, poses, waves, smiles, looks on …), is a person, unless
 * a gazetteer lists the whole as anything but a person; so is every other detected mention of that name in the article
 * (the vote may have made the body's "Kylian Mbappe scored" a company after the caption). Mentions a person tagged or confirmed stay as they are. Pure.
 */
const PERSON_ACT_AFTER = /^ (?:celebrates|celebrate|reacts|react|gestures|gesture|poses|pose|waves|smiles|shouts|cries|kisses|dribbles|looks on|look on|speaks to|embraces)(?![\p{L}\p{N}-])/u;
const NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2}$/u;

export function captionPeople(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const isPlayer = (m: RawMention, i: number): boolean => {
    if (m.origin !== 'detected' || m.type === 'person') return false;
    const owner = mentions[i - 1];
    if (!owner || (owner.type !== 'organization' && owner.type !== 'location') || owner.end + 3 !== m.start || !/^['’]s $/.test(text.slice(owner.end, m.start))) return false;
    // A company's possessive before a robot that waves or poses ("Tesla's Optimus waves"): a listed company that is no
    // place (clubs named after their city are both: "Barcelona's") owns products, not players.
    const ownerName = text.slice(owner.start, owner.end);
    if (gazetteer.isKnownCompany(ownerName) && !gazetteer.isKnownPlace(ownerName)) return false;
    const name = text.slice(m.start, m.end);
    return NAME.test(name) && PERSON_ACT_AFTER.test(text.slice(m.end, m.end + 14)) && !gazetteer.isKnownNonPerson(name);
  };
  const players = new Set(mentions.filter(isPlayer).map((m) => text.slice(m.start, m.end)));
  if (!players.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type !== 'person' && players.has(text.slice(m.start, m.end)) ? { ...m, type: 'person' as const } : m));
}
