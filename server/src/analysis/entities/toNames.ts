import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * "To" is also a Vietnamese surname ("To Lam", Vietnam's party chief). Opening a sentence, the tagger reads it as the
 * preposition and the given name after it as a place ("To Lam visited Beijing" → "Lam"/location). But a phrase "to
 * X" cannot be the subject of a verb: "To" and one capitalized word right before a finite verb (said, visited, met,
 * will …) at the start of a sentence, or after a possessive ("Vietnam's To Lam said"), are one person's name. The word must be detected alone or not at all; a user's
 * or a confirmed mention keeps it as it is (`replaceByNames`). Pure.
 */
const NAME_BEFORE_VERB = /To (\p{Lu}\p{Ll}+)(?= (?:said|says|visited|visits|met|meets|told|tells|arrived|arrives|held|holds|called|calls|urged|urges|left|attended|attends|received|receives|signed|signs|wrote|added|stressed|stresses|noted|praised|pledged|welcomed|welcomes|will|would|has|had|was|is)\b)/uy;

/**
 * Whether "To" at `at` opens a sentence or a name: the text's start, a line's start, after a sentence's end or an
 * opening quotation mark (spaces between), or right after a possessive ("Vietnam's To Lam").
 */
function opensName(text: string, at: number): boolean {
  let i = at;
  let newline = false;
  while (i > 0 && /\s/.test(text[i - 1])) if (text[--i] === '\n') newline = true;
  if (i === 0 || newline) return true;
  const before = text[i - 1];
  if (before === '"' || before === '“') return true;
  if (i < at) {
    if (/[.!?]/.test(before)) return true;
    if (/["'”’]/.test(before) && i >= 2 && /[.!?]/.test(text[i - 2])) return true;
  }
  return at === i + 1 && text[at - 1] === ' ' && text[at - 2] === 's' && /['’]/.test(text[at - 3] ?? '') && /\p{L}/u.test(text[at - 4] ?? '');
}

export function toNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('To ')) return mentions;
  const names: RawMention[] = [];
  for (let at = text.indexOf('To '); at >= 0; at = text.indexOf('To ', at + 1)) {
    NAME_BEFORE_VERB.lastIndex = at;
    const t = NAME_BEFORE_VERB.exec(text);
    if (!t || !opensName(text, at)) continue;
    const start = at, end = at + t[0].length;
    if (mentions.some((m) => m.start === start && m.end === end && m.type === 'person')) continue;
    names.push({ start, end, type: 'person', score: 0.8, origin: 'detected' });
  }
  return replaceByNames(mentions, names);
}
