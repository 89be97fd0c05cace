/** Character class for shapes: X upper-case letter, x other letter, d digit, else the character itself. */
function charClass(code: number, ch: string): string {
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return ch;
  }
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return 'X';
  if (/\p{L}|\p{M}/u.test(ch)) return 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  return ch;
}

/** Word shape: "Kyung-wha" → "Xxxxx-xxx" (runs cut at 4). */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = charClass(ch.codePointAt(0)!, ch);
    if (c === last) {
      if (++run >= 4) continue;
    } else {
      run = 0;
      last = c;
    }
    out += c;
  }
  return out;
}

/** Short shape: runs collapsed ("Kyung-wha" → "Xx-x", "THAAD" → "X", "1996" → "d"). */
export function shortShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = charClass(ch.codePointAt(0)!, ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}
