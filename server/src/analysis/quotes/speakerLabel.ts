/**
 * A speaker's label opening a paragraph: one to four capitalized words and a colon ("Lin Jian: …", "Xi: ‘…’",
 * "Bloomberg: …"). Attribution and transcripts read it over tokens; single quotes read it over raw text, before any
 * quotation is tokenised into a view. One definition of the label's words serves both.
 */
import type { Span, Token } from '../types';
import { firstAfter } from './paragraphView';
import { SPEECH_VERBS } from './speechVerbs';

const WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const MAX_WORDS = 4;
const LABEL_WORD = new RegExp(`^${WORD}$`, 'u');
/** The label over text, with the spaces after its colon: group 1 holds its words. */
const TEXT_LABEL = new RegExp(String.raw`^(${WORD}(?:\s${WORD}){0,${MAX_WORDS - 1}}):\s+`, 'u');

/** The labels of a Q&A ("Q:", "Answer:"), which name no one. */
export const QA_LABEL = /^(?:Q|A|Question|Answer)$/;

/**
 * The cue a video script sets before the words of someone on camera, with the language they speak in: "SOUNDBITE
 * (English) Antonio Guterres, UN Secretary-General: …", "SOT (Chinese) …". The cue names no one; the label after it does.
 */
const SOUNDBITE_CUE = /^(?:SOUNDBITE|SOT)$/;

/** Where the words of a label start in a paragraph opening at token `lo`: past a soundbite cue and its language. */
export function afterSoundbiteCue(tokens: Token[], lo: number, hi: number): number {
  if (lo >= hi || !SOUNDBITE_CUE.test(tokens[lo].text)) return lo;
  let k = lo + 1;
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((x, i) => i > k && i <= k + 4 && x.text === ')');
    if (close > 0 && close + 1 < hi) k = close + 1;
  }
  return k < hi ? k : lo;
}

/** Whether a paragraph opens with a soundbite cue ("SOUNDBITE (English) …"): the words of someone on camera follow. */
export const opensWithSoundbite = (tokens: Token[], block: Span): boolean => {
  const lo = firstAfter(tokens, block.start);
  return lo < tokens.length && afterSoundbiteCue(tokens, lo, firstAfter(tokens, block.end)) > lo;
};

/**
 * Where the words of a paragraph spanning tokens `lo`–`hi` start: after its Q&A label ("Q:", "Answer:"), or past a
 * soundbite cue ("SOUNDBITE (English)"), which names no one; else at `lo`.
 */
export function afterQaLabel(tokens: Token[], lo: number, hi: number): number {
  return lo + 1 < hi && QA_LABEL.test(tokens[lo].text) && tokens[lo + 1].text === ':' ? lo + 2 : afterSoundbiteCue(tokens, lo, hi);
}

/**
 * The index of the colon of the label that opens `block`, read over tokens; -1 when there is none or it is a Q&A
 * label ("Q:", "A:").
 */
export function labelColon(tokens: Token[], block: Span): number {
  const lo = afterSoundbiteCue(tokens, firstAfter(tokens, block.start), firstAfter(tokens, block.end));
  for (let k = lo; k < tokens.length && k <= lo + MAX_WORDS && tokens[k].end <= block.end; k++) {
    if (tokens[k].text === ':') return k > lo && !QA_LABEL.test(tokens[lo].text) ? k : -1;
    // (a full name before the comma: one word is as often an answer's first word, "Yes, of course: …")
    if (tokens[k].text === ',' && k >= lo + 2) return describedLabelColon(tokens, k, block);
    if (!LABEL_WORD.test(tokens[k].text)) return -1;
  }
  return -1;
}

/** How many words may describe the one a label names: "Zhang Wei, a shop owner in Wuhan:". */
const MAX_DESCRIPTION = 8;

/**
 * Transcripts and vox-pops describe the one they label after a comma: "Zhang Wei, local official: …", "Maria
 * Lopez, a nurse from Lima: …" (a name of two words or more). The colon after such a description (words only, no further comma) at token `comma`;
 * -1 when there is none. A clause ("Li, who chairs the panel, said: …") holds a second comma or a speech verb.
 */
function describedLabelColon(tokens: Token[], comma: number, block: Span): number {
  for (let k = comma + 1; k < tokens.length && k <= comma + MAX_DESCRIPTION + 1 && tokens[k].end <= block.end; k++) {
    if (tokens[k].text === ':') return k > comma + 1 ? k : -1;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u.test(tokens[k].text) || SPEECH_VERBS.has(tokens[k].text.toLowerCase())) return -1;
  }
  return -1;
}

/** The label that opens `block`, read over text: its words, and where the words after it start. Null when none. */
export function labelInText(text: string, block: Span): { words: string; end: number } | null {
  const m = TEXT_LABEL.exec(text.slice(block.start, block.end));
  return m ? { words: m[1], end: block.start + m[0].length } : null;
}
