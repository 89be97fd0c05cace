/** Whether most letters of the sentence are capitals (a headline or a shouted line). ASCII letters are counted. */
export function isShouted(words: readonly string[]): boolean {
  let upper = 0, lower = 0;
  for (const w of words) for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 6 && upper > 3 * lower;
}
