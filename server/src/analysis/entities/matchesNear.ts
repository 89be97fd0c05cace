/**
 * The matches of a costly pattern, looked for only around the places a cheap one finds. V8 runs a pattern that opens
 * with a Unicode property class (`\p{Lu}`) at every character of the text, a few milliseconds on a 100 KB article at
 * each keystroke, while a plain pattern is found a hundred times faster: so where every match of `pattern` holds a
 * match of `trigger` ("X and Y" holds " and "), the text is searched only within `reach` characters of each trigger.
 * Each window keeps `margin` characters of real text on both sides for the pattern's look-behinds and look-aheads,
 * and a match is kept only if it lies within the window less its margins, so it is the match the whole text gives.
 * Matches come once each, in text order. `pattern` and `trigger` must be global. Pure.
 */
/**
 * Letters outside ASCII, as ranges for a character class without the `u` flag (Latin, Greek, Cyrillic … CJK;
 * general punctuation such as curly quotes and dashes is left out): the cheap stand-in for `\p{L}` in the fast
 * patterns `matchesNear` is given.
 */
export const NON_ASCII_LETTERS = String.raw`\u00C0-\u024F\u0370-\u1FFF\u2C00-\uD7FF`;

export function matchesNear(text: string, pattern: RegExp, trigger: RegExp, reach: number, margin = 8): RegExpExecArray[] {
  const found = new Map<number, RegExpExecArray>();
  let coveredTo = -1;
  for (const t of text.matchAll(trigger)) {
    const from = Math.max(0, t.index - reach), to = Math.min(text.length, t.index + t[0].length + reach);
    if (to <= coveredTo) continue;
    const sliceFrom = Math.max(0, from - margin), sliceTo = Math.min(text.length, to + margin);
    const window = text.slice(sliceFrom, sliceTo);
    for (const m of window.matchAll(pattern)) {
      const start = sliceFrom + m.index, end = start + m[0].length;
      if ((start < from && sliceFrom > 0) || (end > to && sliceTo < text.length) || found.has(start)) continue;
      const whole = Object.assign([...m], { index: start, input: text, groups: m.groups }) as unknown as RegExpExecArray;
      found.set(start, whole);
    }
    coveredTo = to;
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}
