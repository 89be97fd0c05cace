import type { RawMention } from '../types';
import { SENTENCE_START } from './commonPlurals';
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
 * "Kurds said", "Swiss shares"); apps ("TikTok said", see `productNames.ts`) stay products.
 *
 * A coined brand the tagger has never seen reads as a surname ("Shein", "Temu"/person). People speak and deliver too,
 * so a one-word name typed person is a company only on the surer signs: a kind of company right before it
 * ("fast-fashion retailer Shein", "online marketplace Temu"; not a "producer", "developer" or "operator", who may
 * be a person), its shares, an apposition calling it a company, or its own "its" as it speaks ("Temu said its
 * sales …", "Temu announced on Monday that its …"), or, opening a sentence, a relative clause opened by "which",
 * which no person takes ("Glimmr, which is owned by …": people are "who"; after a name ending a phrase, "which" may
 * be of an earlier noun: "a firm run by a son of X, which plans …"). Every detected mention of exactly that name then becomes an
 * organization (the words of a person's full name are that person again in `consistency.ts`). Mentions a person
 * tagged or confirmed stay as they are. Pure.
 */
const ACTS = /^\s+(?:said|says|announced|reported|delivered|delivers|posted|unveiled|shipped|sold|sells|plans|expects|booked|won|lost|cut|raised|launched|confirmed|denied)\b/;
/** Common nouns for a kind of company: "the European planemaker", "the e-commerce platform", "shares of …". */
export const COMPANY_KIND = '(?:company|firm|group|maker|planemaker|manufacturer|carmaker|automaker|chipmaker|giant|conglomerate|supplier|producer|operator|airline|bank|startup|start-up|platform|retailer|marketplace|developer|provider)';
/** (Not the company's possessive: ", the company's chief engineer," is a person's post.) */
const APPOSITION = new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}${COMPANY_KIND}\b(?!['’])`, 'u');
const SHARES = /\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+$/;
const SHARES_AFTER = /^(?:['’]s)?\s+(?:shares|stock)\s+(?:rose|fell|jumped|climbed|gained|dropped|slid|slumped|surged|soared|tumbled|sank|plunged|rallied|closed|ended|opened|were|are|have|had|hit)\b/;
const NOT_COMPANY = /(?:[aeiou]ns|is|ese|ish|an|i|[^su]s|ch|ss|ek|ic)$/;
const ONE_WORD = /^\p{Lu}[\p{L}-]+$/u;
/** A kind of company right before a name: "AI firm iFlytek", "fast-fashion retailer Shein". */
export const KIND_BEFORE = new RegExp(String.raw`\b${COMPANY_KIND}\s+$`);
/** A kind of company as the word right before a name, but the kinds that also name a person's trade: "film producer",
 * "software developer", "tour operator". */
const KIND_WORD = new RegExp(String.raw`^(?!producer|developer|operator|provider|supplier)${COMPANY_KIND}$`);
/** The name speaking of its own: "said its", "announced on Monday that its". */
const ITS_AFTER = /^\s+(?:said|says|announced|reported|posted|expects|confirmed)\s+(?:(?:on|in|late|earlier)\s+\S+\s+)?(?:that\s+)?its\b/;

/** A relative clause no person takes: "X, which is owned by …". */
const WHICH_AFTER = /^,\s+which\s/;

/** The text around a name shows it acting as a company: it speaks or reports, its shares trade, an apposition says so. */
export function actsAsCompany(before: string, after: string): boolean {
  return ACTS.test(after) || APPOSITION.test(after) || SHARES.test(before) || SHARES_AFTER.test(after);
}

export function actingCompanies(text: string, mentions: RawMention[]): RawMention[] {
  const acting = new Set<string>();
  const brands = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'person') { if (m.origin === 'detected' && isBrand(text, m)) brands.add(text.slice(m.start, m.end)); continue; }
    if (m.type !== 'misc' || m.origin !== 'detected') continue;
    const name = text.slice(m.start, m.end);
    if (!ONE_WORD.test(name) || NOT_COMPANY.test(name) || acting.has(name) || isProductName(name)) continue;
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    if (/\b[Tt]he\s+$/.test(before)) continue;
    const after = text.slice(m.end, m.end + 60);
    if (actsAsCompany(before, after)) acting.add(name);
  }
  if (!acting.size && !brands.size) return mentions;
  return mentions.map((m) => {
    if (m.origin !== 'detected' || (m.type !== 'misc' && m.type !== 'person')) return m;
    const name = text.slice(m.start, m.end);
    return (m.type === 'misc' ? acting : brands).has(name) ? { ...m, type: 'organization' as const } : m;
  });
}

/** A one-word name typed person that the text shows to be a company: "retailer Shein", "Temu said its". */
function isBrand(text: string, m: RawMention): boolean {
  // This runs on every person: the word before is looked up, and the patterns after are anchored, so most fail fast.
  const wordStart = text.lastIndexOf(' ', m.start - 2) + 1;
  const kind = text[m.start - 1] === ' ' && m.start - wordStart < 16 && KIND_WORD.test(text.slice(wordStart, m.start - 1));
  const after = text.slice(m.end, m.end + 60);
  if (!kind && !ITS_AFTER.test(after) && !APPOSITION.test(after) && !SHARES_AFTER.test(after) && !(WHICH_AFTER.test(after) && SENTENCE_START.test(text.slice(Math.max(0, m.start - 4), m.start)))) {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (!before.includes('hares') && !before.includes('tock')) return false;
    if (!SHARES.test(before)) return false;
  }
  const name = text.slice(m.start, m.end);
  return ONE_WORD.test(name) && !isProductName(name);
}
