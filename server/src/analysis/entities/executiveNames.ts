import { MONTH_RE, WEEKDAY_FULL_RE } from '../dates/lexicon';
import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * "Xiaomi founder Lei Jun", "Tencent chairman Ma Huateng", "Nvidia chief executive Jensen Huang": a company, a post
 * written in lower case, then the holder's name. A tagger that does not know the name (and reads "Jun" as the month)
 * leaves it out, and every later "Lei said" has no entity. One to three capitalized words right after such a post
 * that follows a detected name (not a person's), and that no mention covers but detections of their own words, are a
 * person; where the tagger found a person among them, it keeps its own reading ("president Sir David Naish" is
 * "David Naish"). The run ends at the first word that is not capitalized; a run followed by another capitalized word is part
 * of a title-case line, and weekdays and months are no names. Mentions a person tagged or confirmed stay (see
 * `replaceByNames`). Pure.
 */
const POST_THEN_NAME = /^ (?:founder|co-founder|chairman|chairwoman|CEO|chief executive|chief executive officer|president|boss)((?: \p{Lu}\p{Ll}+(?:-\p{Ll}+)?){1,3})(?![\p{L}\p{N}'’-])/u;
/** A weekday or month name, no holder's name ("Airbus chief executive Monday told …"); words of the dates lexicon. */
const CALENDAR = new RegExp(`^(?:${WEEKDAY_FULL_RE}|${MONTH_RE})$`, 'i');

export function executiveNames(text: string, mentions: RawMention[]): RawMention[] {
  let out = companiesBeforePost(text, mentions);
  for (const org of mentions) {
    if (org.type === 'person') continue;
    const post = POST_THEN_NAME.exec(text.slice(org.end, org.end + 80));
    if (!post) continue;
    const words = post[1].trim().split(' ');
    if (words.some((w) => CALENDAR.test(w)) || /^ \p{Lu}/u.test(text.slice(org.end + post[0].length, org.end + post[0].length + 2))) continue;
    const end = org.end + post[0].length;
    const start = end - post[1].length + 1;
    const inside = out.filter((m) => m.start < end && start < m.end);
    // The tagger's own person reading stays; so do mentions a person tagged or confirmed and detections reaching
    // outside the run (`replaceByNames` leaves them).
    if (inside.some((m) => m.type === 'person')) continue;
    out = replaceByNames(out, [{ start, end, type: 'person', score: Math.max(0.6, ...inside.map((m) => m.score ?? 0.5)), origin: 'detected' }]);
  }
  return out;
}

/**
 * The other side: a company the tagger missed before the post of a person it found, "Nvidia CEO Jensen Huang", "Pop
 * Mart founder Wang Ning". One or two capitalized words that no mention covers, right before a company's post ("founder",
 * "chairman", "CEO", "chief executive", "chief") right before a detected person, are an organization. Not words that
 * open or qualify a title ("Former", "The", "Its", "Acting"), and not a people's adjective ("Russian chief"), which is a
 * nationality. Not before "boss": a "Mafia boss" or a "party boss" heads no company.
 */
const COMPANY_THEN_POST = /(?:^|[\s"“(])(\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*)?) (?:founder|co-founder|chairman|chairwoman|CEO|chief executive|chief executive officer|chief) $/u;
const NOT_A_COMPANY = /^(?:The|A|An|Its|His|Her|Their|Our|Former|Then|Acting|Interim|New|Vice|Deputy|Company|Group|Firm|Executive|Managing|Senior|Ex|Co|Founding)$/;
const DEMONYM = /(?:an|ese|ish|ic|i)$/;
function companiesBeforePost(text: string, mentions: RawMention[]): RawMention[] {
  const added: RawMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'person' || m.origin !== 'detected') continue;
    const c = COMPANY_THEN_POST.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!c) continue;
    const words = c[1].split(' ');
    if (words.some((w) => NOT_A_COMPANY.test(w)) || DEMONYM.test(words[words.length - 1]) || CALENDAR.test(words[0])) continue;
    const start = m.start - c[0].length + c[0].indexOf(c[1]), end = start + c[1].length;
    if (mentions.some((o) => o.start < end && start < o.end)) continue;
    added.push({ start, end, type: 'organization', score: 0.6, origin: 'detected' });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
