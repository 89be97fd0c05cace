/**
 * "“The water came in minutes,” residents told reporters. “We lost everything,” they said": a group a quotation was
 * credited to, before or after its verb ("residents told", "said villagers in the hills"), is who a later "they"
 * stands for, as a group opening its sentence is (pluralGroup.ts). It is read off the speakers the quotations before
 * were given, so no pass over the text is needed.
 */
import type { Span, Speaker } from '../types';
import { GROUP_NOUN, NOT_PEOPLE } from './pluralGroup';

/** A listed plural noun for people ("residents", "officials"), or a common noun in -s that is no name ("shopkeepers"). */
const LISTED = new RegExp(String.raw`^(?:${GROUP_NOUN})$`);
const PLURAL_FORM = /^\p{Ll}{2,}[^\Wsui\d_]s$/u;
/** Where a group's head noun ends: before what describes it ("in the hills", "who fled", ", many of them …"). */
const AFTER_HEAD = /\s+(?:at|from|for|with|in|of|on|who|whose|near|outside|inside|across)(?:\s|$)|[,(]/;

/** Whether a speaker phrase is a group of unnamed people: its head noun (lower-case) is a plural for people. */
export function isGroupPhrase(phrase: string): boolean {
  const cut = phrase.search(AFTER_HEAD);
  const words = (cut < 0 ? phrase : phrase.slice(0, cut)).trim().split(/\s+/);
  const head = words[words.length - 1];
  if (!/^\p{Ll}/u.test(head) && words.length > 1) return false;
  const word = head.toLowerCase();
  return LISTED.test(word) || (PLURAL_FORM.test(word) && !NOT_PEOPLE.test(word));
}

/**
 * Of the speakers given to the quotations before (`previous`, in order), the last that ended between `from` and
 * `at`, when it is a group with no name ("residents", or a "they" already found to be one); null when that last
 * speaker is anyone else or there is none.
 */
export function groupCreditedBetween(previous: readonly Speaker[], from: number, at: number): (Span & { name: string }) | null {
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    if (p.end > at) continue;
    if (p.start < from) return null;
    if (p.entity !== null) return null;
    if (/^they$/i.test(p.text)) return p.name.toLowerCase() === 'they' ? null : { start: p.start, end: p.end, name: p.name };
    return isGroupPhrase(p.text) ? { start: p.start, end: p.end, name: p.name } : null;
  }
  return null;
}
