import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';
import { SPEAKS } from './surnamePeople';

/**
 * A tagger that does not know a surname ("Tebboune", "Rahimov") often calls it a place when the sentence gives it no
 * cue it has learned. `surnamePeople.ts` retypes a name typed place only on the strongest cues, because countries,
 * cities and teams visit, meet and speak in news English ("China said", "Kenya's visit"). But a one-word name no
 * gazetteer lists as a country, a city or a region, in a place a place cannot stand, is a person:
 *  - it is the source of a report: "according to X," (a place reports through its ministries, which are named);
 *  - a relative clause about it opens with "who", or an age stands in apposition: "X, who chairs …", "X, 64, said";
 *  - it has followers: "supporters of X", "allies of X", "critics of X";
 *  - it makes a visit or remarks: "the visit by X", "remarks by X";
 *  - someone meets it or talks with it, the name ending the object: "plans to meet X.", "held talks with X on …" (a
 *    country met so is one the gazetteer knows, and a team is no place);
 *  - it speaks or acts as people do, right after it: "X said", "X congratulated …", "X told …" (the verbs of
 *    `surnamePeople.ts`; the capitals that speak for their governments, "Ankara said", are all in the gazetteer).
 * Then every detected mention of exactly that name typed place is a person, unless the article also puts it after a
 * word that makes a place ("in X", "from X", "near X"). Mentions a person tagged or confirmed stay as they are. Pure.
 */
/** One word, its parts joined by hyphens each capitalized or not: "Tebboune", "Ramos-Horta", "Abu-Bakr". */
const ONE_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
const SOURCE_BEFORE = /\b[Aa]ccording to $/;
const SOURCE_AFTER = /^(?:,|\s+(?:on|in)\s)/;
const WHO_OR_AGE_AFTER = /^, (?:who\b|(?:[1-9]\d?|1[01]\d),(?!\d))/;
const FOLLOWERS_BEFORE = /\b(?:supporters|followers|allies|loyalists|critics|opponents|rivals|aides|lawyers) of $/i;
const ACTS_BY_BEFORE = /\b(?:visit|visits|trip|remarks|speech|comments|statement|address|call|phone call) by $/i;
const MET_BEFORE = /\b(?:meet|meets|met|meeting|talks|talk|spoke|speak|shook hands|phone call|call) (?:with )?$/;
/** Where the object of a meeting ends: not before more words of a longer name or a noun ("met X officials"). */
const OBJECT_END = /^(?:\s*[,.;:]|\s+(?:on|in|at|for|and|during|last|this|next|earlier|later|before|after|to|when|while)\b)/;
/** The name is not the subject of the verb after it: "the town of X told", "Damascus Radio said". */
const NOT_SUBJECT_BEFORE = /(?:\bof|\p{Lu}[\p{L}'’-]*) $/u;
/** A word that makes the name after it a place: "in X", "from X", "near X", "to X" (of a visit or a trip), "town of X". */
const PLACE_BEFORE = /\b(?:in|from|near|at|across|outside|inside|around|visit to|trip to|travel to|travelled to|traveled to|arrived in|flew to|(?:town|city|village|province|region|district|county|port|state) of) $/;

export function unknownPlacePeople(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const people = new Set<string>();
  const places = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'location' || m.origin !== 'detected' || m.end - m.start > 30) continue;
    const name = text.slice(m.start, m.end);
    if (!ONE_WORD.test(name)) continue;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if (PLACE_BEFORE.test(before)) { places.add(name); continue; }
    const after = text.slice(m.end, m.end + 40);
    if ((SOURCE_BEFORE.test(before) && SOURCE_AFTER.test(after)) || WHO_OR_AGE_AFTER.test(after) || FOLLOWERS_BEFORE.test(before)
      || ACTS_BY_BEFORE.test(before) || (SPEAKS.test(after) && !NOT_SUBJECT_BEFORE.test(before)) || (MET_BEFORE.test(before) && OBJECT_END.test(after))) people.add(name);
  }
  for (const p of places) people.delete(p);
  for (const p of people) if (gazetteer.isKnownPlace(p)) people.delete(p);
  if (!people.size) return mentions;
  return mentions.map((m) => (m.type === 'location' && m.origin === 'detected' && people.has(text.slice(m.start, m.end)) ? { ...m, type: 'person' as const } : m));
}
