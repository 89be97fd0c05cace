import type { RawMention } from '../types';

/**
 * "Mass", the liturgy, is capitalized but names no one and nothing of the CoNLL scheme: "his first Mass", "celebrated
 * Mass", "Christmas Mass", "a funeral Mass". A gazetteer knows "Mass" as the short form of Massachusetts ("Boston,
 * Mass."), so a tagger calls it a place. A detected "Mass", or a feast's name before it ("Christmas Mass", "Easter
 * Mass"), is dropped after a lower-case word (a determiner, an adjective or a verb: "the Mass", "first Mass",
 * "attended Mass") or when a feast's or a rite's word opens it; after a comma it is the state ("Springfield, Mass.")
 * and stays. Mentions a person tagged or confirmed stay. Pure.
 */
const LITURGY = /^(?:(?:Christmas|Easter|Midnight|Sunday|Requiem|Holy|Papal|Funeral|Inaugural|Chrism|Vigil|Latin) )?Mass$/;
const OPENED_BY_RITE = /^\p{Lu}\p{Ll}+ Mass$/u;
const LOWER_WORD_BEFORE = /(?:^|\s)\p{Ll}[\p{Ll}-]*\s$/u;

export function liturgyMass(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('Mass')) return mentions;
  const out = mentions.filter((m) => {
    if (m.origin !== 'detected') return true;
    const name = text.slice(m.start, m.end);
    if (!LITURGY.test(name)) return true;
    return !(OPENED_BY_RITE.test(name) || LOWER_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
  });
  return out.length === mentions.length ? mentions : out;
}
