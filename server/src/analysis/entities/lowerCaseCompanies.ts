import type { RawMention } from '../types';
import { matchesNear, NON_ASCII_LETTERS } from './matchesNear';
import { actsAsCompany, KIND_BEFORE } from './actingCompanies';
import { replaceByNames } from './replaceByNames';

/**
 * Companies whose coined name starts in lower case, "xAI", "eBay", "iFlytek", "iQiyi": a tagger that learned names
 * from capitals often misses them, or takes in the word before. Written terms share the form ("mRNA", "eVTOL",
 * "eSIM"), and so do Apple's products ("iPhone", "iOS"), so the form alone is not enough: a word with one or two
 * lower-case letters and then a capital is a company where the article treats it as one —
 *  - it acts as a company (`actsAsCompany`: "eBay said", "xAI raised", "shares of eBay", "iFlytek, a Chinese AI
 *    company"), or a company post follows it ("iFlytek chairman Liu Qingfeng");
 *  - a kind of company stands right before it ("AI firm iFlytek", "the online marketplace eBay");
 *  - an owner's possessive stands before it and no noun follows it ("Musk's xAI raised …", "Baidu's iQiyi, which …";
 *    "Moderna's mRNA vaccine" names no company).
 * It then becomes an organization mention, in place of the detections inside it (see `replaceByNames`). Pure.
 */
const LOWER_CAMEL = /(?<![\p{L}\p{N}'’.&-])\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}&-])/gu;
/** A lower-case letter before a capital, which every match of LOWER_CAMEL holds: a superset, fast to find (a letter
 * outside ASCII counts as either case; punctuation such as curly quotes and dashes is left out). */
const CASE_CHANGE = new RegExp(`[a-z${NON_ASCII_LETTERS}][A-Z${NON_ASCII_LETTERS}]`, 'g');
const APPLE_PRODUCT = /^(?:iPhone|iPad|iPod|iMac|iOS|iPadOS|iCloud|iTunes|macOS|watchOS|tvOS|visionOS)/;
const POST_AFTER = /^(?:['’]s)?\s+(?:chairman|chairwoman|founder|co-founder|CEO|chief executive|president|spokesperson|spokesman|spokeswoman)\b/;
const OWNER_BEFORE = /\p{Lu}[\p{L}\p{N}.&-]*['’]s?\s+$/u;
/** No noun after the name: a clause's end, a preposition, an auxiliary or a past tense ("Musk's xAI raised"). */
const NO_NOUN_AFTER = /^(?:\s*[,.;:)]|\s*$|\s+(?:and|on|in|at|for|to|has|had|have|is|was|will|would|could|can|also|\p{Ll}+ed)\b)/u;

export function lowerCaseCompanies(text: string, mentions: RawMention[]): RawMention[] {
  const names: RawMention[] = [];
  for (const w of matchesNear(text, LOWER_CAMEL, CASE_CHANGE, 40)) {
    const start = w.index, end = start + w[0].length;
    if (APPLE_PRODUCT.test(w[0])) continue;
    const before = text.slice(Math.max(0, start - 40), start), after = text.slice(end, end + 60);
    if (!actsAsCompany(before, after) && !POST_AFTER.test(after) && !KIND_BEFORE.test(before) && !(OWNER_BEFORE.test(before) && NO_NOUN_AFTER.test(after))) continue;
    if (mentions.some((m) => m.start === start && m.end === end && m.type === 'organization')) continue;
    const over = mentions.filter((m) => m.start < end && start < m.end);
    names.push({ start, end, type: 'organization', score: Math.max(0.7, ...over.map((m) => m.score ?? 0.5)), origin: 'detected' });
  }
  return replaceByNames(mentions, names);
}
