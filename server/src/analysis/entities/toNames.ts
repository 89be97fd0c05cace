import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * "To" is also a Vietnamese surname ("To Lam", Vietnam's party chief). Opening a sentence, the tagger reads it as the
 * preposition and the given name after it as a place ("To Lam visited Beijing" → "Lam"/location). But a phrase "to
 * X" cannot be the subject of a verb: "To" and one capitalized word right before a finite verb (said, visited, met,
 * will …) at the start of a sentence, or after a possessive ("Vietnam's To Lam said"), are one person's name. Inside a
 * sentence of prose the preposition is written in lower case, so a capitalized "To" and one capitalized word after a
 * word in lower case or a leader's title ("talks with To Lam, general secretary …", "General Secretary To Lam") are a
 * name too, whatever follows; not on a line in title case ("Xi Sends Congratulations To Hanoi"), where every word is
 * capitalized. The word must be detected alone or not at all; a user's
 * or a confirmed mention keeps it as it is (`replaceByNames`). Pure.
 */
const NAME_BEFORE_VERB = /To (\p{Lu}\p{Ll}+)(?= (?:said|says|visited|visits|met|meets|told|tells|arrived|arrives|held|holds|called|calls|urged|urges|left|attended|attends|received|receives|signed|signs|wrote|added|stressed|stresses|noted|praised|pledged|welcomed|welcomes|paid|pays|hosted|hosts|chaired|chairs|delivered|addressed|congratulated|expressed|sent|spoke|will|would|has|had|was|is)\b)/uy;

/** Inside a sentence, before " To ": a word in lower case ("talks with"), or a leader's title ("General Secretary"). */
const WORD_BEFORE_TO = /(?:[^\p{L}\p{N}'’-]\p{Ll}+,?|\b(?:Secretary|President|Chairman|Premier|Prime Minister))$/u;
/** The name after " To ": one capitalized word. */
const WORD_AFTER_TO = /^\p{Lu}\p{Ll}+(?![\p{L}\p{N}'’-])/u;
/** A word of prose in lower case, four letters or more, that no title-case line has. */
const PROSE_WORD = /(?:^|\s)(?!(?:with|from|into|over|amid|than|that|this)\b)\p{Ll}{4}/u;

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
  // " To " inside a sentence: found by its literal, then the words on either side are read.
  for (let at = text.indexOf(' To '); at >= 0; at = text.indexOf(' To ', at + 4)) {
    const word = WORD_AFTER_TO.exec(text.slice(at + 4, at + 24));
    if (!word || !WORD_BEFORE_TO.test(` ${text.slice(Math.max(0, at - 30), at)}`)) continue;
    const start = at + 1, end = at + 4 + word[0].length;
    const lineStart = text.lastIndexOf('\n', start) + 1, lineEnd = text.indexOf('\n', end);
    if (!PROSE_WORD.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) continue;
    if (mentions.some((m) => m.start === start && m.end === end && m.type === 'person')) continue;
    names.push({ start, end, type: 'person', score: 0.8, origin: 'detected' });
  }
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
