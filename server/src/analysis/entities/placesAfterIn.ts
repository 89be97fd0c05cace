import type { RawMention } from '../types';
import { NO_GAZETTEER, type Gazetteer } from './gazetteer';

/**
 * "in" before a name makes it a place far more often than a person: in CoNLL-2003 train and dev, a name of two words
 * right after "in" is a person 2 times in 100, both in baseball's "drove in Otis Nixon". A tagger that does not know
 * a place named like a person ("Jackson Hole", "Cox's Bazar") reads the person. So a detected person right after
 * "in" (not "drove/singled/brought/called in", whose "in" belongs to the verb) is a place, unless the name goes on
 * with a possessive ("in Xi Jinping's words") or the article names that person elsewhere, not after "in": every
 * detected mention of exactly that name changes, or none. Mentions a person tagged or confirmed stay as they are. Pure.
 *
 * Other words before a name tell a place as surely, and a tagger that reads "Khan Younis" as a person misses them
 * too: a compass adjective ("southern Khan Younis", "north-western …": no person is southern), a bearing or nearness
 * ("south of …", "near …", "fled …"), what falls on or is done to a place ("strikes on …", "shelling of …",
 * "outskirts of …", "residents of …", "the town of …"). In CoNLL-2003 train and dev these cues stand before 190
 * places and one person.
 *
 * A name a gazetteer lists as a place, and not as a company (or as a company too, when what stands before "in" is held,
 * met or lived there: "its conference in Liverpool"), is a place after "in" too when the tagger read an
 * organization ("talks in Zürich", "officials in Córdoba"): a city's name is an organization's only as its club or
 * its government ("beat Valencia", "Beijing said"), neither of which stands "in". Every detected mention of that
 * name changes, or none, as for people.
 */
const IN_BEFORE = /(?<!\b(?:drove|drives|drive|driving|singled|doubled|tripled|homered|walked|brought|bring|brings|called|call|calls|sent|send|sends|put|puts|let|lets|ushered|usher|swore|sworn|swear|swears|swearing|phoned|phone|checked|logged|filled|fill|fills|chipped|weighed|weigh|weighs|joined|join|joins|cashed|tuned|turned|handed|hand|hands|pitched|kicked|dialed|dialled|roped|reeled|pulled|pull|pulls|chimed|buckled|moved|move|moves|took|take|takes|taken|believe|believes|believed|trust|trusts|trusted|faith|confidence|interest|interested|role|part|share|stake)\s)\bin\s+$/;
/** "southern", "north-eastern", "central"; "south of", "near", "fled"; "strikes on", "outskirts of", "the town of". */
const PLACE_CUE_BEFORE = /\b(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern|central|(?:north|south|east|west) of|near|fled|(?:air ?)?strikes? on|raids? on|shelling of|bombardment of|outskirts of|residents of|the (?:city|town|village|port|province|region|district) of)\s+$/;
const POSSESSIVE_AFTER = /^['’]s?\b/;
/**
 * What is held, met or lived in a place: "the conference in Liverpool", "talks held in Paris", "born in Lyon". A
 * company's name that is also a city's ("Liverpool", "Paris" are clubs' and firms' too) is a place after "in" only so;
 * after other words it may be the firm ("invested in Amazon").
 */
const STAGED_IN = /\b(?:held|hold|holds|hosted|talks|summit|conference|congress|meeting|meetings|rally|forum|ceremony|festival|met|meet|meets|gathered|born|lives|lived|live|living|based|arrived|landed|stayed|died|killed|injured|opened|visit|visited|residents)\s+in\s+$/;

export function placesAfterIn(text: string, mentions: RawMention[], _tokens: unknown = null, gazetteer: Gazetteer = NO_GAZETTEER): RawMention[] {
  return knownPlacesAfterIn(text, peopleAfterIn(text, mentions), gazetteer);
}

function peopleAfterIn(text: string, mentions: RawMention[]): RawMention[] {
  const places = new Set<string>();
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const name = text.slice(m.start, m.end);
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const afterIn = m.origin === 'detected' && (IN_BEFORE.test(before) || PLACE_CUE_BEFORE.test(before)) && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3));
    (afterIn ? places : people).add(name);
  }
  for (const p of people) places.delete(p);
  if (!places.size) return mentions;
  return mentions.map((m) => (m.type === 'person' && m.origin === 'detected' && places.has(text.slice(m.start, m.end)) ? { ...m, type: 'location' as const } : m));
}

function knownPlacesAfterIn(text: string, mentions: RawMention[], gazetteer: Gazetteer): RawMention[] {
  const places = new Set<string>();
  const others = new Set<string>();
  const staged = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const name = text.slice(m.start, m.end);
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const afterIn = m.origin === 'detected' && IN_BEFORE.test(before) && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3));
    (afterIn ? places : others).add(name);
    if (afterIn && STAGED_IN.test(before)) staged.add(name);
  }
  for (const o of others) places.delete(o);
  for (const p of places) if (!gazetteer.isKnownPlace(p) || (gazetteer.isKnownCompany(p) && !staged.has(p))) places.delete(p);
  if (!places.size) return mentions;
  return mentions.map((m) => (m.type === 'organization' && m.origin === 'detected' && places.has(text.slice(m.start, m.end)) ? { ...m, type: 'location' as const } : m));
}
