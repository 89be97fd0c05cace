import type { RawMention } from '../types';

/**
 * A league, a body or a team named after its sport ends in the sport's name: "Major League Soccer", "USA
 * Basketball", "England Rugby". A tagger that reads the sport as a common noun ends the name before it where a
 * lower-case noun follows ("a Major League Soccer record" → "Major League"). A sport's name capitalized right after
 * a detected mention, one space away and not opening a sentence, is the end of that name: the mention grows over it
 * (and over a mention of the sport word alone), keeping its type. Mentions a person tagged or confirmed stay as they
 * are. Pure.
 *
 * It runs on every keystroke: the sport words are found first (a plain pattern, fast), the mentions tested only then.
 */
const CHEAP = /Soccer|Baseball|Football|Basketball|Hockey|Rugby|Cricket|Softball|Volleyball|Lacrosse/;
const SPORT_AFTER = /^ (?:Soccer|Baseball|Football|Basketball|Hockey|Rugby|Cricket|Softball|Volleyball|Lacrosse)(?![\p{L}\p{N}'’-])/u;

export function sportNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!CHEAP.test(text)) return mentions;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.origin !== 'detected') continue;
    const sport = SPORT_AFTER.exec(text.slice(m.end, m.end + 14));
    if (!sport) continue;
    const end = m.end + sport[0].length;
    const covering = mentions.filter((o) => o !== m && o.start < end && m.end < o.end);
    if (covering.some((o) => o.origin !== 'detected' || o.start !== m.end + 1 || o.end !== end)) continue;
    out ??= mentions.slice();
    out = out.filter((o) => !covering.includes(o)).map((o) => (o === m ? { ...m, end } : o));
  }
  return out ?? mentions;
}
