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
 * the head-word rules type as the place the news treats it as. Every
 * detected mention of the same name typed a place follows the employer reading. Mentions a person tagged or confirmed
 * stay. Pure; each place mention reads only the few words before and after it.
 */
const JOB = String.raw`(?:engineers?|researchers?|scientists?|analysts?|economists?|strategists?|spokes(?:man|woman|men|women|person|people)|executives?|managers?|directors?|employees?|staff(?:ers)?|workers?|teachers?|professors?|lecturers?|students?|nurses?|doctors?|physicians?|surgeons?|lawyers?|attorneys?|partners?|traders?|developers?|designers?|programmers?|reporters?|correspondents?|editors?|journalists?|consultants?|advisers?|advisors?|officials?|officers?|fellows?|interns?|investors?|bankers?|accountants?|technicians?|chemists?|biologists?|physicists?|representatives?|negotiators?|lobbyists?|founders?|co-founders?|chiefs?|heads?|colleagues?)`;
const JOB_THEN_AT = new RegExp(String.raw`\b${JOB},? (?:at|for|with) $`, 'i');
/** The cheap test first: the preposition right before the name. */
const PREPOSITION_BEFORE = / (?:at|for|with) $/i;
/** The capitalized head word of a facility ending the name. */
const FACILITY_HEAD = /\s(?:Hospital|Clinic|Home|Airport|Stadium|Arena|Park|Station|Port|Base|Camp|Prison|Jail|Square)$/;
/** A lower-case noun of an institution right after the name: "Mount Sinai hospital", "Tsinghua university". */
const INSTITUTION_AFTER = /^ (?:hospital|university|college|school|institute|lab|laboratory|bank|clinic|medical center|medical centre)\b/;

export function employerNames(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || m.type !== 'location') continue;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (!PREPOSITION_BEFORE.test(before) || !JOB_THEN_AT.test(before)) continue;
    const after = text.slice(m.end, m.end + 24);
    if (/^['’]/.test(after)) continue;
    const name = text.slice(m.start, m.end);
    if (FACILITY_HEAD.test(name)) continue;
    if (gazetteer.isKnownPlace(name) && !INSTITUTION_AFTER.test(after)) continue;
    names.add(name);
  }
  if (!names.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type === 'location' && names.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m));
}
