import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';
import { FAMILIAR_RANK, SURE } from './speakingSubjects';

/**
 * "Jannik Sinner won …", "Kemi Badenoch criticized …", "Aryna Sabalenka retained her title": a given name and a surname
 * the tagger has never seen, read as a company from the surname's shape. A mention of two or three capitalized words
 * that the tagger typed organization or misc with doubt is a person when its first word is a given name of the
 * first-name gazetteer or a word as rare as the rest, no word of it is listed as a place or a company nor is among the
 * most frequent words of the vocabulary (companies and bodies hold common words: "Unitree Robotics", "Moonshot AI";
 * those named after their founders hold known ones: "Morgan Stanley", "Charles Schwab"), its last word is no firm's
 * ("Salomon Bros"), and the whole is no name a gazetteer lists as anything but a person. The tagger's doubt is not
 * needed where the name stands after a club's or a country's possessive and acts ("Real Madrid's Kylian Mbappe scored",
 * read surely as a company): a team's or a country's player or official, not its thing ("the club's Santiago Bernabeu
 * stadium" has a noun after it). No person's name follows the article ("at the Berlinale Palast") nor comes before a
 * noun of a place ("Lao Cai province", "the Thanh Hoa district"): such a name is a place's or a building's, and
 * stays what the tagger said. Mentions a person tagged or confirmed stay. Pure.
 */
/** The article right before the name: "the X Y" names no person. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])[Tt]he $/u;
/** A noun of a place right after the name: "X Y province". */
const PLACE_NOUN_AFTER = /^ (?:province|district|county|prefecture|region|municipality|commune|township|town|village|city|state|island|valley|river|border)\b/;
/** An act or a comma right after the name: "X scored", "X, 26, …" (no noun of a thing: "X stadium"). */
const ACTS_AFTER = /^(?:,|\s+(?:\p{Ll}+ed|said|says|scored|scores|has|had|was|is|will|won|wins|signed|joined|made|became|took|hit|struck)\b)/u;
/** Two or three capitalized words, the last perhaps hyphenated: "Trent Alexander-Arnold". */
const GIVEN_AND_SURNAME = /^\p{Lu}\p{Ll}{2,}(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2}$/u;
/** Short words that end the names of firms named after their founders: "Salomon Bros", "Johnson & Sons". */
const FIRM_END = /^(?:Bros|Brothers|Sons|Partners|Associates|Assoc|Co|Corp|Inc|Ltd|Plc|LLC|AG|SA)$/;

export function givenNamePeople(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const owners = new Set(mentions.filter((m) => m.type !== 'person' && /^['’]s $/.test(text.slice(m.end, m.end + 3))).map((m) => m.end + 3));
  const isPerson = (m: RawMention): boolean => {
    if (m.origin !== 'detected' || (m.type !== 'organization' && m.type !== 'misc')) return false;
    if ((m.score ?? 1) >= SURE && !(owners.has(m.start) && ACTS_AFTER.test(text.slice(m.end, m.end + 12)))) return false;
    const name = text.slice(m.start, m.end);
    if (!GIVEN_AND_SURNAME.test(name) || gazetteer.isKnownNonPerson(name)) return false;
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)) || PLACE_NOUN_AFTER.test(text.slice(m.end, m.end + 16))) return false;
    const words = name.split(' ');
    if (FIRM_END.test(words[words.length - 1])) return false;
    if (!gazetteer.isGivenName(words[0]) && (gazetteer.isKnownNonPerson(words[0]) || gazetteer.wordRank(words[0]) < FAMILIAR_RANK)) return false;
    return words.slice(1).every((w) => !gazetteer.isKnownNonPerson(w) && w.split('-').every((p) => gazetteer.wordRank(p) >= FAMILIAR_RANK));
  };
  return mentions.some(isPerson) ? mentions.map((m) => (isPerson(m) ? { ...m, type: 'person' as const } : m)) : mentions;
}
