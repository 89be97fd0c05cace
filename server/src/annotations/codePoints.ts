/**
 * Offsets in Unicode code points for a text whose offsets are UTF-16 code units. Outside tools count characters in
 * code points: brat (as Python does), and the W3C Web Annotation model, whose TextPositionSelector MUST count code
 * points, not code units. Every character outside the Basic Multilingual Plane before a span (an emoji, a flag, 𝕏)
 * shifts it by one: written as UTF-16 offsets, the span lands on the wrong characters there.
 */
export interface CodePoints {
  /** The code point offset of a UTF-16 offset (one inside a surrogate pair counts as the pair's start). */
  fromUtf16(offset: number): number;
  /** The UTF-16 offset of a code point offset, or -1 past the end of the text. */
  toUtf16(offset: number): number;
}

export function codePoints(text: string): CodePoints {
  // A text with no surrogate pairs counts the same in both units: no tables are built for it.
  if (!/[\uD800-\uDFFF]/.test(text)) {
    return {
      fromUtf16: (offset) => Math.max(0, Math.min(offset, text.length)),
      toUtf16: (offset) => (Number.isInteger(offset) && offset >= 0 && offset <= text.length ? offset : -1),
    };
  }
  const utf16Of: number[] = []; // code point index -> UTF-16 offset
  const pointOf = new Int32Array(text.length + 1); // UTF-16 offset -> code point index
  for (let i = 0; i < text.length; ) {
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    pointOf[i] = utf16Of.length;
    if (width === 2) pointOf[i + 1] = utf16Of.length;
    utf16Of.push(i);
    i += width;
  }
  pointOf[text.length] = utf16Of.length;
  utf16Of.push(text.length);
  return {
    fromUtf16: (offset) => pointOf[Math.max(0, Math.min(offset, text.length))],
    toUtf16: (offset) => (Number.isInteger(offset) && offset >= 0 && offset < utf16Of.length ? utf16Of[offset] : -1),
  };
}
