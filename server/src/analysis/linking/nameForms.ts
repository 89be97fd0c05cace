/** Word-level views of a mention's text used to decide whether two mentions name the same entity. */

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'la', 'le', 'al', 'el', 'von', 'van', 'der', '&']);

/** The mention's text without a trailing possessive and with normalised spacing and apostrophes. */
export function cleanName(text: string): string {
  // Fast path: most names have no apostrophe and single spaces.
  if (!/['’‘]|\s\s|^\s|\s$|[\t\n\r]/.test(text)) return text;
  return text
    .replace(/[’‘]/g, "'")
    .replace(/'s?$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Case-folded key: "THAAD", "Thaad" and "thaad" are one name; headline capitals match body text. */
export function nameKey(text: string): string {
  return cleanName(text).toLowerCase();
}

/** Letters that carry no combining mark to strip but are written plain in English copy: "Łódź" → "Lodz", "Ørsted". */
const PLAIN_LETTER: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss' };

/**
 * A name as English copy often writes it, without its accents: "Zürich" and "Zurich", "Erdoğan" and "Erdogan",
 * "Nguyễn" and "Nguyen" are one name, spelt with and without the marks in one article (a wire's text and its
 * photo captions, a quotation and the reporter's words).
 */
export function withoutMarks(text: string): string {
  // Fast path: plain ASCII has nothing to fold.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[øØłŁđĐıß]/g, (c) => PLAIN_LETTER[c]).normalize('NFC');
}

export function nameWords(text: string): string[] {
  const clean = cleanName(text);
  return clean ? clean.split(' ') : [];
}

/** Initials of the content words: "Terminal High Altitude Area Defense" → "THAAD"; "Asia-Pacific Economic Cooperation" → "APEC". */
export function initials(text: string): string {
  return nameWords(text)
    .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()))
    .flatMap((w) => w.split('-'))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Looks like an acronym: 2–8 capitals, possibly with dots or digits ("THAAD", "U.S.", "G20"). */
export function isAcronym(text: string): boolean {
  const t = cleanName(text).replace(/\./g, '');
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(t);
}

/** Whether `text` is written in capitals only (a headline or an acronym). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A hyphenated East Asian given name, second part in lower case: "Ka-chiu", "Jae-in", "Yuet-ngor" (not "Smith-Jones"). */
export function isHyphenatedGivenName(word: string): boolean {
  return /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u.test(word);
}
