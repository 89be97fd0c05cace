import type { RawMention } from '../types';
import { matchesNear, NON_ASCII_LETTERS } from './matchesNear';

/**
 * Companies named after two partners hold "and" or "&": "Procter and Gamble", "Marks & Spencer", "Johnson & Johnson".
 * The tagger reads the partners as people ("Spencer", "Ernst" and "Young") or, in a list of companies, runs the names
 * together ("Unilever and Procter and Gamble", "Procter & Gamble and Marks & Spencer"). A company name is
 *  - two capitalized words joined by "&" (a partnership's mark: no person or place is written so), or
 *  - a capitalized word joined by "and" to itself ("Johnson and Johnson": two people of one surname are never
 *    named so), or
 *  - one of the well-known partnerships written out with "and" (`WRITTEN_OUT`), which only a list can tell from two
 *    people ("Smith and Jones said").
 * Each becomes one organization: the detections inside it go; a detection that runs it together with other names by
 * " and " is cut there, each other name keeping the detection's type; a detection that goes on otherwise ("the Marks
 * and Spencer Group") stays as it is, and so do mentions a person tagged or confirmed. Pure.
 */
/** Not a legal form or the partners' kin after "&": "Harper, Lowe & Co", "J.R. Whitfield & Sons" go on to the left. */
const AMPERSAND = String.raw`\p{Lu}[\p{L}'’.-]+ & (?!(?:Co|Sons|Company|Partners|Associates)(?![\p{L}]))\p{Lu}[\p{L}'’-]+(?<!['’]s)`;
/** Not before another capitalized word: "Cash and Cash Equivalents" is a balance-sheet line. */
const REPEATED = String.raw`(?<twice>\p{Lu}\p{Ll}+) and \k<twice>(?! \p{Lu})`;
const WRITTEN_OUT = String.raw`Procter and Gamble|Marks and Spencer|Ernst and Young|Barnes and Noble|Black and Decker|Dolce and Gabbana|Abercrombie and Fitch|Simon and Schuster|Harland and Wolff|Standard and Poor['’]s`;
const COMPANY = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?<!& )(?:${AMPERSAND}|${REPEATED}|${WRITTEN_OUT})(?![\p{L}\p{N}-]| &)`, 'gu');
/** What every company of `COMPANY` holds, found fast (see `matchesNear`): "&" or "and" before a capital (any letter
 * outside ASCII counts as one). */
const TRIGGER = new RegExp(` (?:&|and) [A-Z${NON_ASCII_LETTERS}]`, 'g');
/** What may join a company to another name inside one detection: "and" (a comma alone may be inside a company's name). */
const JOINED_BEFORE = / and $/;
const JOINED_AFTER = /^,? and /;

export function andCompanies(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('&') && !text.includes(' and ')) return mentions;
  let out = mentions;
  for (const c of matchesNear(text, COMPANY, TRIGGER, 80)) {
    const start = c.index, end = start + c[0].length;
    const over = out.filter((m) => m.start < end && start < m.end);
    if (over.some((m) => m.origin !== 'detected')) continue;
    if (over.length === 1 && over[0].start === start && over[0].end === end && over[0].type === 'organization') continue;
    const pieces: RawMention[] = [];
    let cut = true;
    for (const m of over) {
      if (m.start < start) {
        const before = text.slice(m.start, start);
        const joint = JOINED_BEFORE.exec(before);
        if (!joint) { cut = false; break; }
        pieces.push({ ...m, end: start - joint[0].length });
      }
      if (m.end > end) {
        const joint = JOINED_AFTER.exec(text.slice(end, m.end));
        if (!joint) { cut = false; break; }
        pieces.push({ ...m, start: end + joint[0].length });
      }
    }
    if (!cut) continue;
    const company: RawMention = { start, end, type: 'organization', score: Math.max(0.7, ...over.map((m) => m.score ?? 0.5)), origin: 'detected' };
    out = [...out.filter((m) => !over.includes(m)), ...pieces.filter((p) => /^\p{Lu}/u.test(text.slice(p.start, p.end))), company]
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return out;
}
