/**
 * An unnamed person is identified by where they work or serve: "a nurse at the hospital", "an analyst with Capital
 * Economics", "a volunteer from the Red Crescent". The phrase after the preposition belongs to the speaker's
 * description, not to another speaker. A voice that speaks for a body ("a spokesperson for the ministry") or a
 * document ("a statement from the ministry") keeps its own span: whom it speaks for is resolved from what follows it.
 */
import type { Span, Token } from '../types';
import { DOCUMENT_HEAD, VOICE_HEAD } from './sourceOwner';
import { firstAfter } from './paragraphView';

/** Words that open an indefinite description: the person is new to the story. */
const INDEFINITE = /^(?:a|an|one|two|three|four|several|some|many)$/i;
/** Prepositions that tie a person to where they work or come from. */
const TIE = /^(?:at|with|from|for)$/;

/**
 * The whole description when `role` (an indefinite phrase whose head is not a voice or a document) is followed by
 * "at"/"with"/"from"/"for" and words up to token `end` (exclusive, at most six, no punctuation): "a nurse at the
 * hospital"; the role itself holds no name. Null otherwise.
 */
export function withPlaceOfWork(t: Token[], role: Span, end: number): Span | null {
  const first = firstAfter(t, role.start), k = firstAfter(t, role.end);
  if (!INDEFINITE.test(t[first].text) || k >= end || end - k > 6 || !TIE.test(t[k].text)) return null;
  // (an unnamed person: no name in the role, "CGTN reporter Liu Yang asked the minister" is no description)
  for (let j = first + 1; j < k; j++) if (!/^\p{Ll}/u.test(t[j].text)) return null;
  if (VOICE_HEAD.test(t[k - 1].text.toLowerCase()) || DOCUMENT_HEAD.test(t[k - 1].text.toLowerCase())) return null;
  // (the complement ends with a whole word: not "a hub for ride" of "ride-sharing")
  if (end < t.length && t[end].start === t[end - 1].end && /^[-‐]$/.test(t[end].text)) return null;
  for (let j = k + 1; j < end; j++) if (!/^[\p{L}\p{N}][\p{L}\p{N}.&'’-]*$/u.test(t[j].text)) return null;
  return { start: role.start, end: t[end - 1].end };
}

/** What ties an anonymous source to what it knows: "familiar with", "involved in" (see sourceComplement.ts). */
const KNOWING = /\b(?:familiar\s+with|close\s+to|briefed\s+(?:on|about)|involved\s+in|privy\s+to|knowledgeable\s+(?:about|of))\s/;

/**
 * Whether a name inside a speaker's phrase, after `before` (the phrase's text up to it), only says where an unnamed
 * person works or what a source knows: "a nurse at [the hospital]", "a source involved in [the PAC]'s creation".
 * Such a name is no speaker.
 */
export function isTiedName(before: string): boolean {
  const opener = /^\p{L}+\s/u.exec(before)?.[0].trim().toLowerCase();
  if (!opener || (!INDEFINITE.test(opener) && !/^\p{Ll}+s$/u.test(opener)) || /[,;:]/.test(before)) return false;
  return /\s(?:at|with|from|for)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(before) || KNOWING.test(before);
}
