import { isAcronym } from '../linking/nameForms';
import type { RawMention, Token } from '../types';
import { forumType } from './forumAcronyms';
import type { Gazetteer } from './gazetteer';

/**
 * A show or a conference is often named by an acronym written before its common noun: "the GTC conference", "the
 * SXSW festival", "the CES trade show". The acronym names the event, misc in the CoNLL scheme, yet a tagger reads
 * every acronym as an organization. A detected organization that is one acronym right before "conference", "expo",
 * "fair", "festival", "trade show", "convention" or "hackathon" in lower case is misc, unless a gazetteer knows it as
 * an organization or a place, it is a group's ("the OPEC conference", `forumAcronyms`), or the article names it elsewhere not so (an organization holding its own conference
 * acts elsewhere: "OPEC said"). An acronym before "summit", "meeting" or "talks" names the body that meets ("the APEC
 * summit"), as CoNLL-2003 tags it, and stays. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const EVENT_NOUN = /^ (?:conference|expo|fair|festival|trade show|convention|hackathon)\b/;

export function eventAcronyms(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const beforeNoun = (m: RawMention) => EVENT_NOUN.test(text.slice(m.end, m.end + 13));
  const elsewhere = new Set(mentions.filter((m) => !beforeNoun(m)).map((m) => text.slice(m.start, m.end)));
  let changed = false;
  const out = mentions.map((m) => {
    if (m.origin !== 'detected' || m.type !== 'organization' || !beforeNoun(m)) return m;
    const name = text.slice(m.start, m.end);
    if (!isAcronym(name) || forumType(name) || elsewhere.has(name) || gazetteer.isKnownOrganization(name) || gazetteer.isKnownPlace(name)) return m;
    changed = true;
    return { ...m, type: 'misc' as const };
  });
  return changed ? out : mentions;
}
