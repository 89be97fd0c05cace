import type { RawMention } from '../types';
import { PLATFORM_NAME } from './platformNames';

/**
 * Two institutions or places joined by "and" that the tagger took as one name: "Tsinghua University and Peking
 * University", "the Ministry of Finance and the Ministry of Commerce", "the World Bank and the Asian Development Bank".
 * Names hold "and" ("Ministry of Ecology and Environment", "Bosnia and Herzegovina", "Federal Trade Commission"), so a
 * detected organization or place is cut in two only where the second half could not continue the first:
 *  - it has its own article ("… and the Asian Development Bank": no name goes on with "and the" and a new name), or
 *  - it repeats the first half's head, first word or last ("Ministry of … and Ministry of …", "… University and …
 *    University"),
 * and each half is a name of two words or more that begins with a capital. A name that holds "and" is not named by
 * one of its halves alone, so a mention is also cut where either half, of one word or more, is a mention of its own
 * elsewhere in the article ("Macron and Xi will travel" after "Macron" and "Xi"; not "Bosnia and Herzegovina").
 * People joined into one name are cut that way too. So is an organization that is two companies by their form
 * ("Goldman Sachs and Nomura", see COMPANY_PAIR_LEFT), and two one-word names that then act together as two
 * parties do ("Mirziyoyev and Xi signed a joint statement", "… held talks", "… shook hands"; not one word twice,
 * "Johnson and Johnson"). Two social platforms are two names ("Instagram and Facebook", "YouTube and X": see
 * `platformNames.ts`), as no platform is named "X and Y". Both halves keep the mention's type (the document vote that
 * follows types each half as the article does); mentions a person tagged or confirmed stay as they are. Pure.
 */
const JOIN = / and (the )?/g;
const NAME = /^\p{Lu}\S*(?: \S+)+$/u;
const WORDS = /^\p{Lu}\S*(?: \S+)*$/u;
/**
 * Two companies, the first named in two or three capitalized words and the second in one: "Goldman Sachs and Nomura",
 * "Morgan Stanley and Citi". A company named "X and Y" has a one-word first half ("Procter and Gamble", "Marks and
 * Spencer", "Johnson and Johnson") and a body's name coordinates common nouns ("National Development and Reform
 * Commission" has two words after "and", "Ministry of Ecology and Environment" an "of"), so neither is cut.
 */
const COMPANY_PAIR_LEFT = /^\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){1,2}$/u;
const COMPANY_PAIR_RIGHT = /^\p{Lu}[\p{L}&'’-]+$/u;
/** A one-word second half that is a common noun in title case by its suffix or the list: an abstract noun or a plural ("… Peace and Freedom", "… and Industries"). */
const COMMON_NOUN = /(?:ment|tion|sion|ity|ship|ness|ence|ance|ism|ure|dom|ies|ology|ics|ing|Trade|Health|Energy|Commerce|Finance|Affairs|Sports|Industry|Research|Defen[cs]e|Justice|Peace|Labou?r|Transport|Housing|Water|Food|Youth|Women|Science|Arts|Power|Gas|Oil)$/u;

/** Two one-word names, and what two parties do together right after them. */
const ONE_AND_ONE = /^(\p{Lu}[\p{Ll}'’-]+) and (\p{Lu}[\p{Ll}'’-]+)$/u;
const TOGETHER = /^\s+(?:(?:also|later|then|on \w+)\s+)?(?:met|meet|held talks|hold talks|had talks|shook hands|exchanged views|signed a joint|jointly)\b/;

export function splitCoordinatedNames(text: string, mentions: RawMention[]): RawMention[] {
  let changed = false;
  const out: RawMention[] = [];
  const alone = new Set(mentions.map((m) => text.slice(m.start, m.end)));
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    const cut = m.origin !== 'detected' ? undefined : platformsCut(name) ?? (m.type !== 'misc' ? cutAt(name, m.type !== 'person', alone, m.type === 'organization') ?? (name.includes(' and ') ? partiesCut(name, text.slice(m.end, m.end + 40)) : undefined) : undefined);
    if (!cut) { out.push(m); continue; }
    changed = true;
    out.push({ ...m, end: m.start + cut.leftEnd }, { ...m, start: m.start + cut.rightStart });
  }
  return changed ? out : mentions;
}

/** "Instagram and Facebook": two social platforms, whatever the tagger typed the pair. */
function platformsCut(name: string): { leftEnd: number; rightStart: number } | undefined {
  const j = name.indexOf(' and ');
  if (j < 0 || !PLATFORM_NAME.test(name.slice(0, j)) || !PLATFORM_NAME.test(name.slice(j + 5))) return undefined;
  return { leftEnd: j, rightStart: j + 5 };
}

/** "Mirziyoyev and Xi signed a joint statement": two one-word names acting together as two parties. */
function partiesCut(name: string, after: string): { leftEnd: number; rightStart: number } | undefined {
  const pair = ONE_AND_ONE.exec(name);
  if (!pair || pair[1] === pair[2] || !TOGETHER.test(after)) return undefined;
  return { leftEnd: pair[1].length, rightStart: pair[1].length + 5 };
}

/** Where a name of two coordinated names ends its first half and begins its second, if it is one. */
function cutAt(name: string, byForm: boolean, alone: ReadonlySet<string>, companies: boolean): { leftEnd: number; rightStart: number } | undefined {
  for (const j of name.matchAll(JOIN)) {
    const left = name.slice(0, j.index), right = name.slice(j.index + j[0].length);
    if (WORDS.test(left) && WORDS.test(right) && (alone.has(left) || alone.has(right))) return { leftEnd: j.index, rightStart: j.index + j[0].length };
    if (!byForm || !NAME.test(left) || !NAME.test(right)) continue;
    const l = left.split(' '), r = right.split(' ');
    if (j[1] || l[0] === r[0] || l[l.length - 1] === r[r.length - 1]) return { leftEnd: j.index, rightStart: j.index + j[0].length };
  }
  for (const j of companies ? name.matchAll(JOIN) : []) {
    if (j[1]) continue;
    const left = name.slice(0, j.index), right = name.slice(j.index + j[0].length);
    if (COMPANY_PAIR_LEFT.test(left) && COMPANY_PAIR_RIGHT.test(right) && !COMMON_NOUN.test(right)) return { leftEnd: j.index, rightStart: j.index + j[0].length };
  }
  return undefined;
}
