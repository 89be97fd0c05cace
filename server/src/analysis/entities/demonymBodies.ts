import type { RawMention } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * A nation's adjective opening the name of a national body is part of that name: "the Chinese Football Association",
 * "the Kenyan Athletics Federation", "the Indian Space Research Organisation" are one organization each in CoNLL-2003
 * (train: such names of associations, federations, unions, parties and agencies are mostly written whole). A tagger
 * may split one into the adjective, misc (or, before the vote on types, a place), and the rest, an organization (or misc, before the organization heads retype it). A one-word misc or place mention shaped as an
 * adjective of nation ("-ese", "-an", "-ish", "-ch", "-i": "Chinese", "Kenyan", "Polish", "Dutch", "Qatari"), and no place the gazetteers
 * know (countries end so too: "Pakistan", "Oman"; a party named after one is the tagger's to read), right
 * before a detected name ending in such a head word joins it, which keeps that name's type. Ministries are not joined: the training data
 * writes "X Foreign Ministry" split as often as whole. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const NATION_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ese|an|ish|ch|i)$/u;
const BODY_HEAD = / (?:Association|Federation|Union|Agency|Academy|Society|Party|League|Council|Confederation|Organi[sz]ation|Institute|Authority)$/;

export function demonymBodies(text: string, mentions: RawMention[], _tokens: unknown, gazetteer: Gazetteer): RawMention[] {
  let out: (RawMention | null)[] | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if ((a.type !== 'misc' && a.type !== 'location') || (b.type !== 'organization' && b.type !== 'misc') || b.start !== a.end + 1 || text.charCodeAt(a.end) !== 32) continue;
    if (a.origin !== 'detected' || b.origin !== 'detected') continue;
    if (!NATION_ADJECTIVE.test(text.slice(a.start, a.end)) || gazetteer.isKnownPlace(text.slice(a.start, a.end)) || !BODY_HEAD.test(text.slice(b.start, b.end))) continue;
    out ??= [...mentions];
    out[i] = { ...b, start: a.start };
    // The body's own mention is now part of the joined one.
    out[i + 1] = null;
    i++;
  }
  return out ? out.filter((m): m is RawMention => m !== null) : mentions;
}
