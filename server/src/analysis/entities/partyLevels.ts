import type { RawMention } from '../types';

/**
 * Chinese news capitalizes "Party" (the Communist Party of China) inside titles that name an administrative level:
 * "a Village Party secretary", "the County Party chief", "Provincial Party secretary". The level word is no part of an
 * organization's name, yet a tagger reads "Village Party" as one. A detected mention that is exactly a level word and
 * "Party", before a lower-case title word, keeps only "Party", as the tagger types "Party" in "Party secretary of the
 * village". Full names stay whole: "the Hubei Provincial Party Committee".
 *
 * A place before "Party Secretary" or "Party chief" names where the secretary serves, not a party: "Shanghai Party
 * Secretary Chen Jining" is the place "Shanghai" and the Party, not a "Shanghai Party" (parties named after a creed,
 * "Labour Party Secretary", stay whole). Mentions a person tagged or confirmed stay as they are. Pure.
 */
const PLACE_PARTY = /^(\p{Lu}[\p{Ll}-]+) Party$/u;
const PARTY_CREED = /^(?:Communist|Labour|Labor|Democratic|Republican|Conservative|Liberal|Green|Socialist|National|Nationalist|People's|Workers'|Justice|Progressive|Reform|Independence|Unity|Freedom|Pirate|Christian|Social|Farmers'|Centre|Center|Left|Right|Popular)$/;
const PARTY_TITLE_AFTER = /^\s+(?:Secretary|secretary|Chief|chief|boss|head)\b/;
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
  const split: RawMention[] = [];
  for (const m of out ?? mentions) {
    const place = m.origin === 'detected' ? PLACE_PARTY.exec(text.slice(m.start, m.end)) : null;
    if (!place || PARTY_CREED.test(place[1]) || !PARTY_TITLE_AFTER.test(text.slice(m.end, m.end + 12))) { split.push(m); continue; }
    split.push({ ...m, end: m.start + place[1].length, type: 'location' }, { ...m, start: m.end - 'Party'.length, type: 'organization' });
  }
  return split.length !== (out ?? mentions).length ? split : out ?? mentions;
}
