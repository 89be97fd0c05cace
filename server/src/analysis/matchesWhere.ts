/**
 * The matches of a global regex `re` that start where `startsHere(index)` holds: what `text.matchAll` gives for the
 * same regex with a lookbehind in front, when `startsHere` tests what the lookbehind did. A lookbehind opening a
 * regex keeps V8 from skipping to the characters a match can start with, so it tries every position of the text;
 * an article's rules run on every keystroke. Where a match is refused, the search goes on from the next position, as
 * the regex would. `re` must have the `g` flag; its `lastIndex` is reset. Pure (but for `re.lastIndex`).
 */
export function matchesWhere(re: RegExp, text: string, startsHere: (index: number) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (startsHere(m.index)) out.push(m);
    else re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    if (m[0] === '' && re.lastIndex === m.index) re.lastIndex += text.codePointAt(m.index)! > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

const LETTER_OR_DIGIT_LAST = /[\p{L}\p{N}]$/u;

/** Whether a letter or a digit stands right before `at`: a match there starts inside a word (the condition of the
 * lookbehind `(?<![\p{L}\p{N}])`, which the rules test apart; see above). */
export function afterLetterOrDigit(text: string, at: number): boolean {
  return LETTER_OR_DIGIT_LAST.test(text.slice(Math.max(0, at - 2), at));
}
