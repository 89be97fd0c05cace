import type { EntityType, RawMention } from '../types';

/**
 * Names of venues and events whose words coordinate two common nouns: "Harbin Ice and Snow World", "Harbin
 * International Ice and Snow Festival", "Shanghai Food and Wine Fair". The tagger reads "and" as joining two names
 * and tags "Harbin Ice" and "Snow World". Two detected mentions with only " and " between them are one name when
 *  - the second is two capitalized words ending in a venue or event head (World, Festival, Park, Expo, Fair …), and
 *  - the first is two words or more and is no name of its own elsewhere in the article (a name that stands alone,
 *    "Beijing and Olympic Park", "Hong Kong and Disneyland Park" after "Hong Kong", stays two names).
 * A one-word first half never joins, so "Bosnia and Herzegovina" and "Trinidad and Tobago" are untouched. The joined
 * name is an event (misc) for an event head, else a place; the later type rules read it whole.
 *
 * Charities named after a couple share the surname: "the Jane and Robert Doe Foundation". The tagger reads the first
 * given name as a person and the rest as a second name. A one-word mention, " and ", then a mention of three words
 * or more ending in a charity's head (Foundation, Trust, Fund, Institute) are one organization; a two-word second
 * half ("Oxfam and Wellcome Trust") names two bodies and stays. Mentions a person tagged or confirmed stay. Pure.
 */
const VENUE_HEAD = /^(?:World|Park|Garden|Gardens|Resort|Center|Centre|Museum)$/;
const EVENT_HEAD = /^(?:Festival|Expo|Fair|Carnival|Exhibition|Show|Week|Gala)$/;
const CHARITY = /^\p{Lu}\S*(?: \p{Lu}\S*){1,} (?:Foundation|Trust|Fund|Institute)$/u;
const SECOND = /^\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+)$/u;
const FIRST = /^\p{Lu}\S*(?: \p{Lu}\S*)+$/u;

export function joinVenueNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes(' and ')) return mentions;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const names = sorted.map((m) => text.slice(m.start, m.end));
  const out: RawMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i], b = sorted[i + 1];
    if (b && isCoupleCharity(text, a, b, names[i], names[i + 1])) {
      out.push({ start: a.start, end: b.end, type: 'organization', score: Math.max(a.score ?? 0.5, b.score ?? 0.5), origin: 'detected' });
      i++;
      continue;
    }
    const head = b ? SECOND.exec(names[i + 1])?.[1] : undefined;
    if (!b || !head || a.origin !== 'detected' || b.origin !== 'detected' || text.slice(a.end, b.start) !== ' and '
      || !FIRST.test(names[i]) || (!VENUE_HEAD.test(head) && !EVENT_HEAD.test(head))
      || names.some((n, k) => k !== i && n === names[i])) {
      out.push(a);
      continue;
    }
    const type: EntityType = EVENT_HEAD.test(head) ? 'misc' : 'location';
    out.push({ start: a.start, end: b.end, type, score: Math.max(a.score ?? 0.5, b.score ?? 0.5), origin: 'detected' });
    i++;
  }
  return out;
}

/** "Jane" + " and " + "Robert Doe Foundation": a given name, then a charity named after the couple. */
function isCoupleCharity(text: string, a: RawMention, b: RawMention, first: string, second: string): boolean {
  return a.origin === 'detected' && b.origin === 'detected' && text.slice(a.end, b.start) === ' and '
    && /^\p{Lu}\p{Ll}+$/u.test(first) && CHARITY.test(second);
}
