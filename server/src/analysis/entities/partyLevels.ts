import type { RawMention } from '../types';

/**
 * Chinese news capitalizes "Party" (the Communist Party of China) inside titles that name an administrative level:
 * "a Village Party secretary", "the County Party chief", "Provincial Party secretary". The level word is no part of an
 * organization's name, yet a tagger reads "Village Party" as one. A detected mention that is exactly a level word and
 * "Party", before a lower-case title word, keeps only "Party", as the tagger types "Party" in "Party secretary of the
 * village". Full names stay whole: "the Hubei Provincial Party Committee". Mentions a person tagged or confirmed stay
 * as they are. Pure.
 */
const LEVEL_PARTY = /^(?:Village|Township|Town|County|City|Municipal|District|Prefectural|Prefecture|Provincial|Regional|Branch|Grassroots) Party$/;
const TITLE_AFTER = /^\s+(?:secretary|secretaries|chief|chiefs|boss|bosses|head|heads|leader|leaders|official|officials|cadre|cadres|member|members|committee|branch)\b/;

export function partyLevels(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes(' Party ')) return mentions;
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || !LEVEL_PARTY.test(text.slice(m.start, m.end)) || !TITLE_AFTER.test(text.slice(m.end, m.end + 16))) return;
    out ??= [...mentions];
    out[i] = { ...m, start: m.end - 'Party'.length, type: 'organization' };
  });
  return out ?? mentions;
}
