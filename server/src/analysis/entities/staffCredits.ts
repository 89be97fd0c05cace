import { MONTH_RE, WEEKDAY_FULL_RE } from '../dates/lexicon';
import type { RawMention } from '../types';

/**
 * The staff a wire story credits are people: a byline on a line of its own ("By Mari Yamaguchi", "By Aya Batrawy and
 * Jon Gambrell") and the credits at the foot of a Reuters story ("(Reporting by Maria Silva in Brasilia; Editing by
 * Li Na)"). A tagger reads an unknown name on a short line as a place, or misses a short one. Each name of two to four
 * capitalized words after "By" opening a line, or after "Reporting/Writing/Editing … by" opening a line, a bracket or
 * a credit after ";", becomes a person mention, replacing the detected mentions it overlaps; the place a reporter
 * files from ("in Brasilia") stays out. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){1,3}`;
const NAMES = String.raw`${NAME}(?:(?:, | and | & )${NAME})*`;
/** "By Name (and Name)" alone on its line (its start is checked after), or followed only by an agency or a desk. */
const BYLINE = new RegExp(String.raw`By (?<names>${NAMES})(?:\s*$|\s*[,|]\s*[\p{L} ]{1,40}$)`, 'dgmu');
/**
 * "(Reporting by …", "; Editing by …", "Additional reporting by …" at a line start, after "(" or ";". The pattern
 * starts at the verb, which V8 finds by its letters; what stands before it is checked after (`CREDIT_OPENS`).
 */
const CREDIT = new RegExp(String.raw`(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Ee]dited) by (?<names>${NAMES})`, 'dgu');
const CREDIT_OPENS = /(?:^|\n|\(|; ?)(?:Additional |Further )?$/;
const ONE_NAME = new RegExp(NAME, 'gu');
/**
 * Words no person's name begins with: a credit to a newspaper or a desk ("Reporting by The Times"), or a time ("By
 * Monday Evening", "By June"), whose words come from the date layer's lexicon.
 */
const NOT_A_PERSON = /^(?:The|Staff|Our|Reuters|Xinhua|CGTN|AP|AFP|Early|Late|Mid)\b/;
const TIME_WORD = new RegExp(`^(?:${WEEKDAY_FULL_RE}|${MONTH_RE})(?![A-Za-z])`, 'i');

export function staffCredits(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('By ') && !text.includes(' by ')) return mentions;
  const people: RawMention[] = [];
  for (const re of [BYLINE, CREDIT]) {
    for (const m of text.matchAll(re)) {
      const names = m.indices?.groups?.names;
      if (!names || !(re === CREDIT ? CREDIT_OPENS.test(text.slice(Math.max(0, m.index - 12), m.index)) : m.index === 0 || text[m.index - 1] === '\n')) continue;
      for (const n of text.slice(names[0], names[1]).matchAll(ONE_NAME)) {
        if (NOT_A_PERSON.test(n[0]) || TIME_WORD.test(n[0])) continue;
        const start = names[0] + n.index;
        people.push({ start, end: start + n[0].length, type: 'person', score: 0.95, origin: 'detected' });
      }
    }
  }
  if (!people.length) return mentions;
  const kept = mentions.filter((m) => m.origin !== 'detected' || !people.some((p) => p.start < m.end && m.start < p.end));
  const fresh = people.filter((p) => !kept.some((m) => p.start < m.end && m.start < p.end));
  return [...kept, ...fresh].sort((a, b) => a.start - b.start || b.end - a.end);
}
