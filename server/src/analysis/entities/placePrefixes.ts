import type { RawMention } from '../types';
import type { Gazetteer } from './gazetteer';
import { MAX_PHRASE_WORDS } from './lexicon';

/**
 * A place that opens a longer name the gazetteers know as an organization is only a piece of it: clubs and companies
 * named after their city ("Paris Saint-Germain") are read by a tagger word by word, and it stops at the city it
 * knows. Where the capitalized words right after a detected place make, with it, a name the
 * gazetteers list as an organization and never as a place, the longest such name wins: the mention takes in those
 * words (and any mention among them) and becomes an organization. So does a detected place of two words or more that
 * is itself such a name and opens with a known place ("Paris Saint-Germain" read whole, but as a place; not "St Louis",
 * a place whatever its spelling). A place standing alone stays one, even where the
 * gazetteers know its name as a club too ("Montreal" of the baseball standings). Only the few words right after each place are read, one hash look-up each. Mentions a person tagged
 * or confirmed stay as they are. Pure.
 */
const NEXT_WORD = /^ \p{Lu}[\p{L}\p{N}-]*(?![\p{L}\p{N}'’])/u;

const isOrganizationOnly = (name: string, gazetteer: Gazetteer) => gazetteer.isKnownOrganization(name) && !gazetteer.isKnownPlace(name);

/** A name of several words whose first word is a known place: "Paris" of "Paris Saint-Germain". */
function opensWithPlace(name: string, gazetteer: Gazetteer): boolean {
  const space = name.indexOf(' ');
  return space > 0 && gazetteer.isKnownPlace(name.slice(0, space));
}

export function placePrefixes(text: string, mentions: RawMention[], _tokens: unknown, gazetteer: Gazetteer): RawMention[] {
  let out: RawMention[] | null = null;
  const dropped = new Set<RawMention>();
  mentions.forEach((m, i) => {
    if (m.type !== 'location' || m.origin !== 'detected' || dropped.has(m)) return;
    let end = m.end;
    let best = -1;
    for (let words = text.slice(m.start, m.end).split(' ').length; words < MAX_PHRASE_WORDS; words++) {
      const next = NEXT_WORD.exec(text.slice(end, end + 40));
      if (!next) break;
      end += next[0].length;
      if (isOrganizationOnly(text.slice(m.start, end), gazetteer)) best = end;
    }
    // The tagger may take the whole name and still call it a place ("linked with Arsenal and Paris Saint-Germain").
    if (best < 0 && opensWithPlace(text.slice(m.start, m.end), gazetteer) && isOrganizationOnly(text.slice(m.start, m.end), gazetteer)) best = m.end;
    if (best < 0) return;
    const inside = mentions.slice(i + 1).filter((n) => n.start < best);
    if (inside.some((n) => n.end > best || n.origin !== 'detected')) return;
    out ??= [...mentions];
    out[i] = { ...m, end: best, type: 'organization' };
    for (const n of inside) dropped.add(n);
  });
  return out ? (out as RawMention[]).filter((m) => !dropped.has(m)) : mentions;
}
