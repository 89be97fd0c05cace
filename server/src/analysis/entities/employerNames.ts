import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * A person's job noun then "at", "for" or "with" names whom they work for: "an engineer at DJI", "a spokeswoman for
 * Baidu", "analysts at Nomura", "a researcher with Zhipu". The tagger, which has never seen a coined company name,
 * often reads one after "at" as a place. A detected mention typed a place is an organization when such a job noun and
 * its preposition stand right before it and
 *  - no gazetteer lists the name as a place (a known city or country after "at" stays a place: "a doctor at Gaza"), or
 *  - a lower-case institution noun follows it ("a nurse at Mount Sinai hospital", "a lecturer at Oxford university").
 * Where someone is, not whom they work for, takes "in" ("a reporter in Beijing", "a doctor in Gaza"): no rule here.
 * A possessive name ("a spokesman for Gaza's health ministry") names the owner of the employer, and stays; so does a
 * name ending in a facility's head word ("a nurse at Pinewood General Hospital", "staff at Riverside Airport"), which
 * the head-word rules type as the place the news treats it as. A firm named after its founders reads to the tagger as
 * a person ("an analyst at Bernstein"); but one works "at" a place of work, never "at" a person (one works "for" a
 * person: "a lawyer for Kovacs"), so a detected one-word mention typed person right after a job noun and "at" is an
 * organization too (a full name there is left to the tagger: "an analyst at Raymond James" names a firm, but a given
 * name and a surname are a person's far more often). Every detected mention of the same name with the type it had follows the employer reading.
 * Mentions a person tagged or confirmed stay. Pure; each place or person mention reads only the few words before and
 * after it.
 */
const JOB = String.raw`(?:engineers?|researchers?|scientists?|analysts?|economists?|strategists?|spokes(?:man|woman|men|women|person|people)|executives?|managers?|directors?|employees?|staff(?:ers)?|workers?|teachers?|professors?|lecturers?|students?|nurses?|doctors?|physicians?|surgeons?|lawyers?|attorneys?|partners?|traders?|developers?|designers?|programmers?|reporters?|correspondents?|editors?|journalists?|consultants?|advisers?|advisors?|officials?|officers?|fellows?|interns?|investors?|bankers?|accountants?|technicians?|chemists?|biologists?|physicists?|representatives?|negotiators?|lobbyists?|founders?|co-founders?|chiefs?|heads?|colleagues?)`;
const JOB_THEN_AT = new RegExp(String.raw`\b${JOB},? (?:at|for|with) $`, 'i');
const JOB_THEN_ONLY_AT = new RegExp(String.raw`\b${JOB},? at $`, 'i');
/** The cheap test first: the preposition right before the name. */
const PREPOSITION_BEFORE = / (?:at|for|with) $/i;
/** The capitalized head word of a facility ending the name. */
const FACILITY_HEAD = /\s(?:Hospital|Clinic|Home|Airport|Stadium|Arena|Park|Station|Port|Base|Camp|Prison|Jail|Square)$/;
/** A lower-case noun of an institution right after the name: "Mount Sinai hospital", "Tsinghua university". */
const INSTITUTION_AFTER = /^ (?:hospital|university|college|school|institute|lab|laboratory|bank|clinic|medical center|medical centre)\b/;

export function employerNames(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const places = new Set<string>(), people = new Set<string>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || (m.type !== 'location' && m.type !== 'person')) continue;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (!PREPOSITION_BEFORE.test(before)) continue;
    const after = text.slice(m.end, m.end + 24);
    if (/^['’]/.test(after)) continue;
    const name = text.slice(m.start, m.end);
    if (m.type === 'person') {
      if (!name.includes(' ') && JOB_THEN_ONLY_AT.test(before)) people.add(name);
      continue;
    }
    if (!JOB_THEN_AT.test(before) || FACILITY_HEAD.test(name)) continue;
    if (gazetteer.isKnownPlace(name) && !INSTITUTION_AFTER.test(after)) continue;
    places.add(name);
  }
  if (!places.size && !people.size) return mentions;
  return mentions.map((m) => {
    if (m.origin !== 'detected') return m;
    const set = m.type === 'location' ? places : m.type === 'person' ? people : null;
    return set?.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m;
  });
}
