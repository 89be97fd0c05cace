import { MONTH_RE, WEEKDAY_FULL_RE } from '../dates/lexicon';
import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * News English names a government's seat after the one who runs it: "the Trump White House", "the Hegseth Pentagon",
 * "the Macron Elysee", "the Kishida Cabinet". The tagger runs the leader's name into the seat's ("Trump White House"
 * as one organization). The leader is a person, the seat a name of its own. A detected mention of one or two
 * capitalized words, then a seat of power, splits into a person and the seat (which keeps the mention's type, or is
 * an organization where the tagger called the whole a person) when
 *  - the article names the leader as a person elsewhere ("Defense Secretary Pete Hegseth" … "the Hegseth Pentagon"),
 *    or
 *  - the seat is one only a government has (the White House, the Pentagon, the Kremlin, Downing Street, …) and the
 *    leader's word is one no gazetteer lists as a place, a company or the like, nor a month, a weekday or an adjective
 *    ("the New White House", "the September Treasury").
 * A seat that is a common noun written with a capital ("the Trump Administration", "the Starmer Government") is no
 * name: only the person is kept, and only when the article names them as a person elsewhere (the "Federal Aviation
 * Administration" is no one's). Mentions a person tagged or confirmed stay. Pure; each mention of several words is
 * matched once against a short pattern.
 */
const SEAT = String.raw`White House|Pentagon|Kremlin|Elysee|Élysée|Elysee Palace|Élysée Palace|Downing Street|Blue House|State Department|Justice Department|Defense Department|Treasury|Foreign Office|Home Office`;
const COMMON = String.raw`Administration|Government|Cabinet|Presidency`;
const LEADER_THEN_SEAT = new RegExp(String.raw`^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?) (?:(${SEAT})|(${COMMON}))$`, 'u');
/** Words that qualify a seat, no one's name: "the New White House", "the Biden-era" aside. */
const NO_LEADER = new RegExp(String.raw`^(?:New|Old|Former|Current|Acting|Next|Last|Future|Early|Modern|Whole|Entire|Same|Interim|Caretaker|Federal|National|Central|Royal|Imperial|Soviet|${MONTH_RE}|${WEEKDAY_FULL_RE})$`, 'i');

export function attributiveLeaders(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  let people: Set<string> | null = null;
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected') return;
    const name = text.slice(m.start, m.end);
    if (!name.includes(' ')) return;
    const parts = LEADER_THEN_SEAT.exec(name);
    if (!parts) return;
    const leader = parts[1], surname = leader.slice(leader.lastIndexOf(' ') + 1);
    people ??= personSurnames(text, mentions);
    const namedPerson = people.has(surname);
    const unknownWord = parts[2] !== undefined && !leader.includes(' ') && !NO_LEADER.test(leader) && !gazetteer.isKnownNonPerson(leader);
    if (!namedPerson && !unknownWord) return;
    out ??= [...mentions];
    const person: RawMention = { ...m, end: m.start + leader.length, type: 'person' };
    const seat: RawMention[] = parts[2] ? [{ ...m, start: m.start + leader.length + 1, type: m.type === 'person' ? 'organization' : m.type }] : [];
    out.splice(out.indexOf(mentions[i]), 1, person, ...seat);
  });
  return out ?? mentions;
}

/** The last word of every mention typed a person: "Hegseth" of "Pete Hegseth". */
function personSurnames(text: string, mentions: RawMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const name = text.slice(m.start, m.end);
    out.add(name.slice(name.lastIndexOf(' ') + 1));
  }
  return out;
}
