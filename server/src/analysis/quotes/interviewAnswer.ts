/**
 * Interviews printed as questions and answers: "Q: How do you view …? ¶ A: “China firmly opposes …”". The answer
 * label names no one; the one who answers is the interviewee the introduction names ("In an exclusive interview
 * with CGTN, Ambassador Xie Feng discussed …", "CGTN interviewed Xie Feng", "Xie Feng told CGTN in an interview").
 * Press-conference transcripts label each answer with its speaker's name instead ("Lin Jian: …"): see
 * `namedAnswerStart`.
 */
import type { Block, Span, Token } from '../types';
import { phraseStartingAt } from './nounPhrase';
import { endsSentence, firstAfter } from './paragraphView';
import { labelColon } from './speakerLabel';
import { isSpeakerLike, sentenceSubject } from './subjects';

/** Whether block `b` opens with an answer label: "A:" or "Answer:". */
function opensWithAnswerLabel(tokens: Token[], block: Span): boolean {
  const k = firstAfter(tokens, block.start);
  return k + 1 < tokens.length && /^(?:A|Answer)$/.test(tokens[k].text) && tokens[k + 1].text === ':' && tokens[k + 1].end <= block.end;
}

const opensWithLabel = (tokens: Token[], block: Span) => {
  const k = firstAfter(tokens, block.start);
  return k + 1 < tokens.length && /^(?:Q|A|Question|Answer)$/.test(tokens[k].text) && tokens[k + 1].text === ':';
};

/** How many unlabelled paragraphs an answer may run on for after its "A:" before the interview is taken to be over. */
const MAX_CONTINUATION = 4;

/**
 * The labelled paragraph whose question or answer block `b` belongs to: `b` itself when labelled, else the nearest
 * labelled paragraph before it with at most a few unlabelled paragraphs (and any captions) between; -1 when none.
 * An answer often runs on over several paragraphs without a new "A:"; what stands between it and the next "Q:" is
 * still the answer.
 */
function labelledOwner(blocks: Block[], tokens: Token[], b: number): number {
  for (let p = b, n = 0; p >= 0 && n <= MAX_CONTINUATION; p--) {
    if (blocks[p].kind !== 'paragraph') continue;
    if (opensWithLabel(tokens, blocks[p])) return p;
    n++;
  }
  return -1;
}

/** Whether a block ends with a question mark (before any closing mark): a question asked in full. */
function endsWithQuestion(tokens: Token[], block: Span): boolean {
  let k = firstAfter(tokens, block.end) - 1;
  if (k >= 0 && /^["”’']$/.test(tokens[k].text)) k--;
  return k >= 0 && tokens[k].start >= block.start && tokens[k].text === '?';
}

/**
 * Whether block `b` is an answer of a Q&A interview: it opens with "A:", or runs on from a paragraph that does, or
 * follows a question asked in full ("Q: What comes next?"), which an interview printed with only its questions
 * labelled answers in the paragraphs after it.
 */
export function isAnswerBlock(blocks: Block[], tokens: Token[], b: number): boolean {
  const owner = labelledOwner(blocks, tokens, b);
  if (owner < 0) return false;
  if (opensWithAnswerLabel(tokens, blocks[owner])) return true;
  return owner < b && questionLabel(tokens, blocks[owner]) !== null && endsWithQuestion(tokens, blocks[owner]);
}

/** Where the words of answer block `b` start: after its "A:" label, else at the block start; null if no answer. */
export function answerStart(blocks: Block[], tokens: Token[], b: number): number | null {
  if (!isAnswerBlock(blocks, tokens, b)) return null;
  if (!opensWithAnswerLabel(tokens, blocks[b])) return blocks[b].start;
  const colon = tokens[firstAfter(tokens, blocks[b].start) + 1];
  const next = tokens[firstAfter(tokens, colon.end)];
  return next && next.start < blocks[b].end ? next.start : null;
}

/** The question label opening block `b` ("Q:"), which names no one: the interviewer asks. */
export function questionLabel(tokens: Token[], block: Span): Span | null {
  const k = firstAfter(tokens, block.start);
  return opensWithLabel(tokens, block) && /^Q/.test(tokens[k].text) ? tokens[k] : null;
}

/** A name of a person rather than of the outlet: more than one word, or a word that is not all capitals ("CGTN"). */
const personLike = (tokens: Token[], np: Span) => {
  const words = tokens.slice(firstAfter(tokens, np.start), firstAfter(tokens, np.end));
  return isSpeakerLike(tokens, np) && /^\p{Lu}/u.test(words[0].text) && (words.length > 1 || !/^\p{Lu}+$/u.test(words[0].text));
};

/** In the sentence of token `at`, the interviewee: the object of "interview(ed) with NP"/"interviewed NP" if a person, else the subject. */
function intervieweeAround(tokens: Token[], lo: number, hi: number, at: number): Span | null {
  let s = at;
  while (s > lo && !endsSentence(tokens, s - 1, hi)) s--;
  let e = at;
  while (e < hi && !endsSentence(tokens, e, hi)) e++;
  const next = tokens[at + 1]?.text;
  const objectAt = next === 'with' ? at + 2 : /^interviewed$/i.test(tokens[at].text) ? at + 1 : -1;
  if (objectAt > 0) {
    const np = phraseStartingAt(tokens, objectAt, e);
    if (np && personLike(tokens, np)) return np;
  }
  const subject = sentenceSubject(tokens, s, e);
  return subject && personLike(tokens, subject) ? subject : null;
}

/**
 * The interviewee of the Q&A that block `b` (an answer) belongs to: named in the nearest paragraph before the first
 * labelled one (answers running on over unlabelled paragraphs included) that speaks of an interview. Null when there
 * is none.
 */
export function interviewee(blocks: Block[], tokens: Token[], b: number): Span | null {
  let p = b - 1;
  while (p >= 0 && (blocks[p].kind !== 'paragraph' || labelledOwner(blocks, tokens, p) >= 0)) p--;
  for (let n = 0; p >= 0 && n < 3; p--, n++) {
    const lo = firstAfter(tokens, blocks[p].start), hi = firstAfter(tokens, blocks[p].end);
    for (let k = lo; k < hi; k++) {
      if (!/^interview(?:s|ed)?$/i.test(tokens[k].text)) continue;
      const found = intervieweeAround(tokens, lo, hi, k);
      if (found) return found;
    }
  }
  return null;
}

/** The words of a label ending before its colon, as written: "Lin Jian". */
const labelText = (tokens: Token[], block: Span, colon: number) => tokens.slice(firstAfter(tokens, block.start), colon).map((x) => x.text).join(' ');

/**
 * In a press-conference transcript ("Bloomberg: Will China retaliate? ¶ Lin Jian: China's position is consistent …"),
 * where the words of block `b` start when it is an answer given under the name of the one who answers: a paragraph
 * opening with a label of two words or more, not itself a question, right after a labelled question asked under another label (or
 * "Q:"). The whole answer is that speaker's speech, marks or none. Null when `b` is no such answer (a dateline or a
 * topic label before a report, "Beijing: …", follows no question).
 */
export function namedAnswerStart(blocks: Block[], tokens: Token[], b: number): number | null {
  const block = blocks[b];
  if (block.kind !== 'paragraph') return null;
  const colon = labelColon(tokens, block);
  // (a person's name of two words or more, not a one-word topic: "Economy: Growth held steady …")
  if (colon < 0 || tokens.slice(firstAfter(tokens, block.start), colon).filter((x) => /\p{L}/u.test(x.text)).length < 2 || endsWithQuestion(tokens, block)) return null;
  let p = b - 1;
  while (p >= 0 && blocks[p].kind !== 'paragraph') p--; // over captions and page furniture
  if (p < 0 || !endsWithQuestion(tokens, blocks[p])) return null;
  const asked = labelColon(tokens, blocks[p]);
  if (!(questionLabel(tokens, blocks[p]) || (asked >= 0 && labelText(tokens, blocks[p], asked) !== labelText(tokens, block, colon)))) return null;
  const next = tokens[colon + 1];
  return next && next.start < block.end ? next.start : null;
}
