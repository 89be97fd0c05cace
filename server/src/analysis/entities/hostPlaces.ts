import type { RawMention } from '../types';

/**
 * Only cities and countries host the Games, a World Cup or a World Expo: "Brisbane would host the 2032 Games",
 * "Milan and Cortina d'Ampezzo will host the 2026 Winter Olympics". A tagger that reads a host city as a club or a
 * person ("Brisbane"/organization, "Cortina d'Ampezzo"/person) is told by what it hosts. A detected name typed an
 * organization or a person, right before "(will|would|is to …) host the (year) (…) Games|Olympics|Paralympics|World
 * Cup|Expo", or joined by "and" to a name standing there, is a place; only that mention changes (an organization
 * hosts a forum or a summit, so those stay out). Reads the text after each mention, past a cheap test for "host".
 * Mentions a person tagged or confirmed stay as they are. Pure.
 */
const HOSTS = /^ (?:(?:will|would|is to|are to|is set to|are set to|is due to|are due to|to|won the right to|won the bid to|bid to|will co-|would co-)\s?)?(?:co-)?host(?:s|ed)? the (?:\d{4} )?(?:\p{Lu}[\p{Ll}-]+ ){0,3}(?:Games|Olympics|Paralympics|World Cup|Expo)(?![\p{L}\p{N}])/u;

export function hostPlaces(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.origin !== 'detected' || (m.type !== 'organization' && m.type !== 'person')) continue;
    const after = text.slice(m.end, m.end + 90);
    if (!after.includes('host')) continue;
    let hosts = HOSTS.test(after);
    // "Milan and Cortina d'Ampezzo will host …": the first of two hosts
    const next = mentions[i + 1];
    if (!hosts && next && text.slice(m.end, next.start) === ' and ') hosts = HOSTS.test(text.slice(next.end, next.end + 90));
    if (!hosts) continue;
    out ??= [...mentions];
    out[i] = { ...m, type: 'location' };
  }
  return out ?? mentions;
}
