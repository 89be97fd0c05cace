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
 * ("Salomon Bros"), and the whole is no name a gazetteer lists as anything but a person. Mentions a person tagged or
 * confirmed stay. Pure.
 */
/** Two or three capitalized words, the last perhaps hyphenated: "Trent Alexander-Arnold". */
const GIVEN_AND_SURNAME = /^\p{Lu}\p{Ll}{2,}(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2}$/u;
/** Short words that end the names of firms named after their founders: "Salomon Bros", "Johnson & Sons". */
const FIRM_END = /^(?:Bros|Brothers|Sons|Partners|Associates|Assoc|Co|Corp|Inc|Ltd|Plc|LLC|AG|SA)$/;

export function givenNamePeople(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const isPerson = (m: RawMention): boolean => {
    if (m.origin !== 'detected' || (m.type !== 'organization' && m.type !== 'misc') || (m.score ?? 1) >= SURE) return false;
    const name = text.slice(m.start, m.end);
    if (!GIVEN_AND_SURNAME.test(name) || gazetteer.isKnownNonPerson(name)) return false;
    const words = name.split(' ');
    if (FIRM_END.test(words[words.length - 1])) return false;
    if (!gazetteer.isGivenName(words[0]) && (gazetteer.isKnownNonPerson(words[0]) || gazetteer.wordRank(words[0]) < FAMILIAR_RANK)) return false;
    return words.slice(1).every((w) => !gazetteer.isKnownNonPerson(w) && w.split('-').every((p) => gazetteer.wordRank(p) >= FAMILIAR_RANK));
  };
  return mentions.some(isPerson) ? mentions.map((m) => (isPerson(m) ? { ...m, type: 'person' as const } : m)) : mentions;
}
