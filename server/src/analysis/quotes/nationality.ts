/**
 * Nationalities in speaker phrases: "the Russian minister", "the Brazilian", "the German leader". Which people the
 * article gives a nationality: by a nationality word next to their name ("Brazilian forward Gabriel Barbosa",
 * "Modric, the Croatian"), in their role ("russian president"), or by their country's possessive ("Lavrov, Russia's
 * top diplomat", "Japan's Prime Minister Shigeru Ishiba").
 */
import { isChineseGivenName, isChineseSurname } from '../entities/chineseSurnames';
import type { Entity, Mention, Span } from '../types';
import { countryOfCapital } from './capitals';
import { insideAny } from './insideAny';

/**
 * A misc mention that reads as a nationality or group word ("Russian", "South Korean", "Republican"): one or two
 * capitalized words (no acronym), not the object of "of" ("the head of the Mountain Rescue Service").
 */
export function isNationalityLike(text: string, m: Mention): boolean {
  return /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(text.slice(m.start, m.end)) && !/\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * Adjectives of countries and unions that English does not derive by a suffix, and of the short forms of their names
 * ("UK", "EU", "U.S."): "the UK foreign secretary" is the British one, "the EU trade chief" the European one.
 */
const IRREGULAR_ADJECTIVES: Record<string, string> = {
  france: 'french', uk: 'british', britain: 'british', 'great britain': 'british', 'united kingdom': 'british',
  us: 'american', 'u.s.': 'american', usa: 'american', america: 'american', 'united states': 'american',
  eu: 'european', 'european union': 'european', netherlands: 'dutch', holland: 'dutch', switzerland: 'swiss',
  ireland: 'irish', spain: 'spanish', denmark: 'danish', sweden: 'swedish', finland: 'finnish', poland: 'polish',
  greece: 'greek', thailand: 'thai', philippines: 'philippine', norway: 'norwegian', portugal: 'portuguese',
  belgium: 'belgian', lebanon: 'lebanese', peru: 'peruvian', wales: 'welsh', scotland: 'scottish', uae: 'emirati',
  'saudi arabia': 'saudi', afghanistan: 'afghan', argentina: 'argentine', cyprus: 'cypriot', czechia: 'czech',
};

/**
 * Whether a nationality word is that of a country, by the regular ways English derives the one from the other:
 * Russia/Russian, Brazil/Brazilian, China/Chinese, Japan/Japanese, Germany/German, Korea/Korean, Israel/Israeli;
 * or by the irregular pairs above (France/French, UK/British, EU/European).
 */
export function sameNation(adjective: string, country: string): boolean {
  const a = adjective.toLowerCase(), c = country.toLowerCase();
  if (IRREGULAR_ADJECTIVES[c] === a) return true;
  if (a.length < 4 || c.length < 4) return false;
  const countryStems = [c, c.replace(/(?:[aeoy]|ey)$/, '')];
  return ['ian', 'ese', 'an', 'ish', 'i', 'n'].some((suffix) => a.endsWith(suffix) && countryStems.includes(a.slice(0, -suffix.length)));
}

/**
 * Nouns for a person of a nation, with the adjective the article may have introduced them by: "the Spaniard" is the
 * one introduced as "Spanish tennis star …", "the Serb" the one introduced as "Serbian …", "the Argentine" one
 * introduced as "Argentinian" (or "Argentine"). Nouns the same as their adjective ("Swiss", "Thai") are here too:
 * these are the nation nouns a speaker epithet may end in (resolveSpeaker's isEpithet).
 */
const DEMONYM_NOUNS: Record<string, string> = {
  Spaniard: 'Spanish', Briton: 'British', Brit: 'British', Frenchman: 'French', Frenchwoman: 'French', Dutchman: 'Dutch',
  Dutchwoman: 'Dutch', Scot: 'Scottish', Welshman: 'Welsh', Welshwoman: 'Welsh', Irishman: 'Irish', Irishwoman: 'Irish',
  Englishman: 'English', Englishwoman: 'English', Serb: 'Serbian', Croat: 'Croatian', Pole: 'Polish', Swede: 'Swedish',
  Dane: 'Danish', Finn: 'Finnish', Turk: 'Turkish', Slovak: 'Slovakian', Slovene: 'Slovenian', Filipino: 'Philippine',
  Thai: 'Thai', Swiss: 'Swiss', Kiwi: 'New Zealand', Aussie: 'Australian', Argentine: 'Argentinian',
};

/** The same nouns lower-cased, as the head of a speaker phrase is read: "the Spaniard", "the 31-year-old Briton". */
const DEMONYM_HEADS = new Set(Object.keys(DEMONYM_NOUNS).map((w) => w.toLowerCase()));

/** Whether a lower-cased head noun is a noun for a person of a nation ("spaniard", "briton", "swiss"). */
export const isDemonymNoun = (head: string): boolean => DEMONYM_HEADS.has(head);

/** The nationality adjectives a nationality word may have been written as: itself, and for "Spaniard" "Spanish". */
export function nationalityForms(word: string): string[] {
  const adjective = DEMONYM_NOUNS[word];
  return adjective ? [word, adjective] : [word];
}

/** Where mentions lie, for the walks below. */
export interface MentionView {
  text: string;
  mentions: Mention[];
  /** Mentions inside these spans (quotations) are left out. */
  quoted: Span[];
}

const inside = insideAny;
// "Brazilian forward Gabriel Barbosa" / "Russia's top diplomat Sergey Lavrov" (in one sentence: not "… experts. Mr. X")
const titleBetween = (text: string, a: number, b: number) => /^(?:['’]s)?\s+(?:[\p{L}.'’-]+\s+){0,3}$/u.test(text.slice(a, b)) && !/\s(?:of|in|at|to|and|with|for|from|by|on)\s/i.test(text.slice(a - 1, b + 1)) && !/\n|\p{Ll}{2}[.!?]\s/u.test(text.slice(a, b));
// "Luka Modric, the Croatian …" / "Sergey Lavrov, Russia's top diplomat"
const appositionBetween = (text: string, a: number, b: number, possessive: boolean) => (possessive ? /^,\s+$/u : /^,\s+(?:a|an|the)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}$/u).test(text.slice(a, b));

/**
 * The people the article introduces with nationality `word` among the first `count` mentions, nearest first: each
 * named within 40 characters right after or before a mention of the word, or of its country in the possessive.
 */
export function peopleOfNationality(view: MentionView, count: number, word: string): number[] {
  const { text, mentions } = view;
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const m = mentions[i];
    if (inside(view.quoted, m)) continue;
    const own = text.slice(m.start, m.end);
    const host = m.type === 'location' ? hostIn(view, i, word) : null;
    if (host !== null) out.push(host);
    const possessive = m.type === 'location' && /^['’]s\s/.test(text.slice(m.end, m.end + 3)) && sameNation(word, own);
    if (!possessive && (m.type !== 'misc' || own !== word)) continue;
    const after = mentions.find((p) => p.type === 'person' && p.start >= m.end && p.start - m.end <= 40 && titleBetween(text, m.end, p.start));
    if (after) out.push(after.entity);
    const before = mentions.filter((p) => p.type === 'person' && p.end <= m.start && m.start - p.end <= 40 && appositionBetween(text, p.end, m.start, possessive)).pop();
    if (before) out.push(before.entity);
  }
  return out;
}

/** A host's verb and its guest, up to the capital: " hosted Olaf Scholz in ", " on Tuesday welcomed the visiting … in ". */
const HOSTED_IN = /^\s+(?:(?:on|this|last)\s+\p{Lu}\p{Ll}+\s+)?(?:hosted|hosts|welcomed|welcomes|received|receives|will\s+host|is\s+hosting)\s+[^.!?;:\n"“”]{1,100}?\s+in\s+$/u;

/**
 * The person who hosts someone in their own country's capital, which location mention `i` names when it is one of the
 * nation of `word`: "Emmanuel Macron hosted Olaf Scholz in Paris" makes Macron French. A guest is only visiting, so
 * only the subject of the host's verb counts.
 */
function hostIn(view: MentionView, i: number, word: string): number | null {
  const country = countryOfCapital(view.text.slice(view.mentions[i].start, view.mentions[i].end));
  return country !== null && sameNation(word, country) ? hostOf(view, i) : null;
}

/** The person whose host's verb ends at location mention `i` ("Macron hosted Scholz in Paris"), else null. */
function hostOf(view: MentionView, i: number): number | null {
  const { text, mentions } = view;
  const place = mentions[i];
  for (let k = i - 1; k >= 0 && place.start - mentions[k].end <= 160; k--) {
    const p = mentions[k];
    if (p.type === 'person' && !inside(view.quoted, p) && HOSTED_IN.test(text.slice(p.end, place.start))) return p.entity;
  }
  return null;
}

/** A visitor's verb, up to the place visited: " visited ", " on Friday arrived in ", " made a state visit to ". */
const VISITED = /^\s+(?:(?:on|this|last)\s+\p{Lu}\p{Ll}+\s+)?(?:visited|visits|is\s+visiting|was\s+visiting|arrived\s+in|arrives\s+in|traveled\s+to|travelled\s+to|travels\s+to|flew\s+to|flies\s+to|landed\s+in|(?:paid|pays|made|makes)\s+an?\s+(?:\p{Ll}+\s+)?visit\s+to)\s+(?:the\s+)?$/u;

/**
 * The people among the first `count` mentions whom where they are shows to be of no nation of `forms` (a nationality
 * word and its adjectives): one who hosts a counterpart in another nation's capital is of that nation ("Lula received
 * Xi in Brasilia" is no Chinese), and one who visits a nation, or its capital, is a guest there ("Modi visited Kyiv"
 * is no Ukrainian).
 */
export function placedInOtherNation(view: MentionView, count: number, forms: string[]): Set<number> {
  const { text, mentions } = view;
  const out = new Set<number>();
  for (let i = 0; i < count; i++) {
    const place = mentions[i];
    if (place.type !== 'location' || inside(view.quoted, place)) continue;
    const own = text.slice(place.start, place.end);
    const country = countryOfCapital(own);
    const host = country !== null && !forms.some((w) => sameNation(w, country)) ? hostOf(view, i) : null;
    if (host !== null) out.add(host);
    if (!forms.some((w) => sameNation(w, country ?? own))) continue;
    const visitor = mentions.slice(Math.max(0, i - 3), i).reverse().find((p) => p.type === 'person' && place.start - p.end <= 60 && !inside(view.quoted, p) && VISITED.test(text.slice(p.end, place.start)));
    if (visitor) out.add(visitor.entity);
  }
  return out;
}

/**
 * Whether a person's roles give them another nationality than `word`: a role word that is a nationality or group word
 * the article uses (`nationWords`, lower-cased) and not this one ("japanese foreign minister" for "the Chinese …").
 */
export function otherNationality(entity: Entity, word: string, nationWords: Set<string>): boolean {
  const w = word.toLowerCase();
  return entity.roles.some((r) => {
    const words = r.split(' ');
    return !words.includes(w) && words.slice(0, -1).some((x) => nationWords.has(x));
  });
}

/** A name written the Chinese way: a common surname, then a given name in pinyin ("Xi Jinping", "Wang Yi"). */
function isChineseShaped(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length === 2 && isChineseSurname(words[0]) && isChineseGivenName(words[1]);
}

/**
 * What a person's name says of their being of nationality `word`, when nothing else in the article does: a name
 * written the Chinese way fits "Chinese" (true) and speaks against any other nationality (false); any other name
 * says nothing (null). It tells "the Chinese president" from "the Russian president" after "Xi Jinping met Vladimir
 * Putin", where neither is titled with a nation.
 */
export function nameSaysNationality(name: string, word: string): boolean | null {
  if (!isChineseShaped(name)) return null;
  return sameNation(word, 'china');
}
