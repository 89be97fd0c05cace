import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * Prizes and awards are `misc` in the CoNLL scheme, and their full name often goes on after the head word with the
 * field or category the prize is given for: "the Nobel Prize in Physics", "the Nobel Prize in Physiology or
 * Medicine", "the Wolf Prize in Agriculture", "the Pulitzer Prize for International Reporting", "the Academy Award
 * for Best Director". A tagger that knows "Nobel Prize" stops at the head, and types the rest a place or an
 * organization ("Physics"/location, "International Reporting"/organization).
 *  - A detected mention ending in "Prize", "Award" or "Medal" takes in the phrase after it when that phrase is "in"
 *    and a field of learning or art (capitalized: "in Physics", "in Economic Sciences"; "won the Nobel Prize in
 *    Stockholm" names a place, not a field, and stays two names), or "for" and capitalized words ("for Best
 *    Director", "for Freedom of Thought"; "for his work" is lower case, and a place or person after "for" is who the
 *    award went to: "the Golden Ball Award for Argentina").
 *  - A detected mention ending in such a head (or in "d'Or": "the Ballon d'Or", "the Palme d'Or"), or so extended, or holding the head and its field, is misc whatever the tagger typed it ("the Lasker
 *    Award"/person, "the Academy Award for Best Director"/organization); the detections inside it give way (see
 *    `replaceByNames`).
 * Mentions a person tagged or confirmed stay as they are. Pure.
 */
/**
 * Heads of prizes, the plural a ceremony is named by ("four Academy Awards", "the Golden Globe Awards"), and the French
 * golden ones that English news keeps: "the Ballon d'Or", "the Palme d'Or".
 */
const HEAD = /(?:^|\s)(?:Prize|Award|Awards|Medal)$|\sd['’]Or$/;
/** A mention that already holds the head and its field: "Academy Award for Best Director". */
const HEADED = /\s(?:Prize|Award|Medal) (?:in|for) \p{Lu}/u;
const CHEAP = /Prize|Award|Medal|d['’]Or/;
/** The fields prizes are given in: the sciences, letters and arts, as their names end. */
const FIELD = String.raw`(?:Physics|Astrophysics|Chemistry|Biology|Literature|Medicine|Science|Sciences|Economics|Mathematics|Astronomy|Neuroscience|Nanoscience|Agriculture|Architecture|Music|Arts|Journalism|Engineering|Computing)`;
const IN_FIELD = new RegExp(String.raw`^ in (?:\p{Lu}\p{Ll}+ (?:or |and )?){0,2}${FIELD}(?![\p{L}\p{N}'’-])`, 'u');
const FOR_NAME = /^ for \p{Lu}[\p{Ll}'’-]+(?: (?:of |and |or |the )?\p{Lu}[\p{Ll}'’-]+){0,4}(?![\p{L}\p{N}'’-])/u;

export function prizeNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!CHEAP.test(text)) return mentions;
  const names: RawMention[] = [];
  let retyped: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected') return;
    const name = text.slice(m.start, m.end);
    if (HEADED.test(name) && m.type !== 'misc') { (retyped ??= [...mentions])[i] = { ...m, type: 'misc' }; return; }
    if (!HEAD.test(name)) return;
    const after = text.slice(m.end, m.end + 60);
    const field = IN_FIELD.exec(after) ?? FOR_NAME.exec(after);
    const end = field ? m.end + field[0].length : m.end;
    const recipient = field && field[0].startsWith(' for ') && mentions.some((o) => o.start >= m.end && o.start < end && (o.type === 'location' || o.type === 'person'));
    if (field && !recipient) names.push({ start: m.start, end, type: 'misc', score: Math.max(0.7, m.score ?? 0.5), origin: 'detected' });
    else if (m.type !== 'misc') (retyped ??= [...mentions])[i] = { ...m, type: 'misc' };
  });
  return replaceByNames(retyped ?? mentions, names);
}
