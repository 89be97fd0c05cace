import type { RawMention } from '../types';
import { isProductName } from './productNames';

/**
 * A maker's name is also its product's ("an Airbus", "the Boeing"), and a tagger that learned the aircraft types the
 * name misc everywhere. When the article shows the name acting as a company — it speaks or reports ("Airbus said",
 * "Airbus delivered 60 jets"), its shares trade ("shares of Airbus", "Alphabet shares rose"), or an apposition calls
 * it a company ("Airbus, the European planemaker,") — every detected misc mention of exactly that one-word name is
 * an organization. Model names ("Airbus A320", see `makerModels.ts`) are longer mentions and stay misc.
 *
 * Groups of people take the same verbs ("the Palestinians said", "the Republican said"), and a market is named by
 * its people ("French shares rose"), so the name must not be preceded by "the" and must not end like a demonym or a
 * group ("-ans", "-ens", "-is", "-ese", "-ish", "-crats", "-an", "-i", "-ch", "-ss", "-ek", "-ic", a plural "-s":
 * "Kurds said", "Swiss shares"); apps ("TikTok said", see `productNames.ts`) stay products. Mentions a person tagged
 * or confirmed stay as they are. Pure.
 */
const ACTS = /^\s+(?:said|says|announced|reported|delivered|delivers|posted|unveiled|shipped|sold|sells|plans|expects|booked|won|lost|cut|raised|launched|confirmed|denied)\b/;
/** Common nouns for a kind of company: "the European planemaker", "the e-commerce platform", "shares of …". */
export const COMPANY_KIND = '(?:company|firm|group|maker|planemaker|manufacturer|carmaker|automaker|chipmaker|giant|conglomerate|supplier|producer|operator|airline|bank|startup|start-up|platform|retailer|marketplace|developer|provider)';
const APPOSITION = new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}${COMPANY_KIND}\b`, 'u');
const SHARES = /\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+$/;
const SHARES_AFTER = /^(?:['’]s)?\s+(?:shares|stock)\s+(?:rose|fell|jumped|climbed|gained|dropped|slid|slumped|surged|soared|tumbled|sank|plunged|rallied|closed|ended|opened|were|are|have|had|hit)\b/;
const NOT_COMPANY = /(?:[aeiou]ns|is|ese|ish|an|i|[^su]s|ch|ss|ek|ic)$/;
const ONE_WORD = /^\p{Lu}[\p{L}-]+$/u;

/** The text around a name shows it acting as a company: it speaks or reports, its shares trade, an apposition says so. */
export function actsAsCompany(before: string, after: string): boolean {
  return ACTS.test(after) || APPOSITION.test(after) || SHARES.test(before) || SHARES_AFTER.test(after);
}

export function actingCompanies(text: string, mentions: RawMention[]): RawMention[] {
  const acting = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'misc' || m.origin !== 'detected') continue;
    const name = text.slice(m.start, m.end);
    if (!ONE_WORD.test(name) || NOT_COMPANY.test(name) || acting.has(name) || isProductName(name)) continue;
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    if (/\b[Tt]he\s+$/.test(before)) continue;
    const after = text.slice(m.end, m.end + 60);
    if (actsAsCompany(before, after)) acting.add(name);
  }
  if (!acting.size) return mentions;
  return mentions.map((m) =>
    m.type === 'misc' && m.origin === 'detected' && acting.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m,
  );
}
