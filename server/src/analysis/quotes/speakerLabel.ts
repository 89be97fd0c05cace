/**
 * A speaker's label opening a paragraph: one to four capitalized words and a colon ("Lin Jian: …", "Xi: ‘…’",
 * "Bloomberg: …"). Attribution and transcripts read it over tokens; single quotes read it over raw text, before any
 * quotation is tokenised into a view. One definition of the label's words serves both.
 */
import type { Span, Token } from '../types';
import { firstAfter } from './paragraphView';

const WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const MAX_WORDS = 4;
const LABEL_WORD = new RegExp(`^${WORD}$`, 'u');
/** The label over text, with the spaces after its colon: group 1 holds its words. */
const TEXT_LABEL = new RegExp(String.raw`^(${WORD}(?:\s${WORD}){0,${MAX_WORDS - 1}}):\s+`, 'u');

/** The labels of a Q&A ("Q:", "Answer:"), which name no one. */
export const QA_LABEL = /^(?:Q|A|Question|Answer)$/;

/** Where the words of a paragraph spanning tokens `lo`–`hi` start: after its Q&A label ("Q:", "Answer:"), else at `lo`. */
export function afterQaLabel(tokens: Token[], lo: number, hi: number): number {
  return lo + 1 < hi && QA_LABEL.test(tokens[lo].text) && tokens[lo + 1].text === ':' ? lo + 2 : lo;
}

/**
 * The index of the colon of the label that opens `block`, read over tokens; -1 when there is none or it is a Q&A
 * label ("Q:", "A:").
 */
export function labelColon(tokens: Token[], block: Span): number {
  const lo = firstAfter(tokens, block.start);
  for (let k = lo; k < tokens.length && k <= lo + MAX_WORDS && tokens[k].end <= block.end; k++) {
    if (tokens[k].text === ':') return k > lo && !QA_LABEL.test(tokens[lo].text) ? k : -1;
    if (!LABEL_WORD.test(tokens[k].text)) return -1;
  }
  return -1;
}

/** The label that opens `block`, read over text: its words, and where the words after it start. Null when none. */
export function labelInText(text: string, block: Span): { words: string; end: number } | null {
  const m = TEXT_LABEL.exec(text.slice(block.start, block.end));
  return m ? { words: m[1], end: block.start + m[0].length } : null;
}
