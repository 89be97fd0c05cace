import type { RawMention } from '../types';
import type { Gazetteer } from './gazetteer';
import { MAX_PHRASE_WORDS } from './lexicon';

/**
 * A place that ends a longer name the gazetteers know as an organization is only a piece of it, as `placePrefixes.ts`
 * finds one that opens it: clubs and companies named with a word before their city ("Real Madrid", "Inter Milan",
 * "Air China"). Opening a sentence or a photo caption ("Real Madrid's Kylian Mbappe celebrates …") the first word
 * looks capitalized only for being first, and a tagger keeps the city alone. Where the capitalized words right before
 * a detected place, and no mention, make with it a name the gazetteers list as an organization and never as a place,
 * the longest such name wins: the mention takes them in and becomes an organization. Only the few words right before
 * each place are read, one hash look-up each. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}\p{N}-]* $/u;

const isOrganizationOnly = (name: string, gazetteer: Gazetteer) => gazetteer.isKnownOrganization(name) && !gazetteer.isKnownPlace(name);

export function placeEndings(text: string, mentions: RawMention[], _tokens: unknown, gazetteer: Gazetteer): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.type !== 'location' || m.origin !== 'detected') return;
    const floor = i > 0 ? mentions[i - 1].end : 0;
    let start = m.start;
    let best = -1;
    for (let words = text.slice(m.start, m.end).split(' ').length; words < MAX_PHRASE_WORDS; words++) {
      const prev = WORD_BEFORE.exec(text.slice(Math.max(floor, start - 40), start));
      if (!prev) break;
      start -= prev[0].length;
      if (isOrganizationOnly(text.slice(start, m.end), gazetteer)) best = start;
    }
    if (best < 0) return;
    out ??= [...mentions];
    out[i] = { ...m, start: best, type: 'organization' };
  });
  return out ? (out as RawMention[]).sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}
