/**
 * Interviews printed as questions and answers: "Q: How do you view …? ¶ A: “China firmly opposes …”". The answer
 * label names no one; the one who answers is the interviewee the introduction names ("In an exclusive interview
 * with CGTN, Ambassador Xie Feng discussed …", "CGTN interviewed Xie Feng", "Xie Feng told CGTN in an interview").
 * Press-conference transcripts label each answer with its speaker's name instead ("Lin Jian: …"): see
 * `namedAnswerStart`.
 */
import type { Block, Span, Token } from '../types';
import { phraseStartingAt } from './nounPhrase';
import { previousParagraph } from './paragraphBounds';
import { endsSentence, firstAfter } from './paragraphView';
import { inBroadcast, opensBroadcastTurn } from './broadcastTurns';
import { labelColon, opensWithSoundbite } from './speakerLabel';
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

/**
 * A name of a person rather than of the outlet: a capitalized word after any lower-case title ("economist Li Wei"),
 * and more than one word or a word that is not all capitals ("CGTN").
 */
const personLike = (tokens: Token[], np: Span) => {
  const words = tokens.slice(firstAfter(tokens, np.start), firstAfter(tokens, np.end));
  const named = words.findIndex((w) => /^\p{Lu}/u.test(w.text));
  return isSpeakerLike(tokens, np) && named >= 0 && words.slice(0, named).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !QUANTIFIER.test(w.text))
    && (words.length - named > 1 || !/^\p{Lu}+$/u.test(words[named].text));
};
/** Words opening a phrase of several or unnamed people: "two economists", "the panel". */
const QUANTIFIER = /^(?:the|a|an|two|three|four|five|several|some|both|other|many)$/;

/**
 * Words that say an interview took place, and where their object starts (a token index; -1 when they take none):
 * "interview(ed) with X", "interviewed X", "spoke with/to X", "talked to X", "sat down with X", "a conversation
 * with X", "a press conference" (whose subject answers). Null for any other word.
 */
function interviewObjectAt(tokens: Token[], k: number): number | null {
  const w = tokens[k].text.toLowerCase();
  const next = tokens[k + 1]?.text.toLowerCase();
  if (/^interview(?:s|ed)?$/.test(w)) return next === 'with' ? k + 2 : w === 'interviewed' ? k + 1 : -1;
  if (/^(?:spoke|speaks|spoken|talked|talks|chatted)$/.test(w) && (next === 'with' || next === 'to')) return k + 2;
  if (/^(?:conversation|chat)$/.test(w) && next === 'with') return k + 2;
  // the one who holds a press conference or briefing answers its questions: "Guo Jiakun held a press conference"
  if (/^(?:conference|briefing|presser)$/.test(w)) return -1;
  if (/^(?:sat|sits|sit)$/.test(w) && next === 'down' && tokens[k + 2]?.text.toLowerCase() === 'with') return k + 3;
  return null;
}

/** Nouns for the press an interviewee speaks to: "told reporters in an interview", "spoke to local media". */
const MEDIA_NOUN = /^(?:reporters?|journalists?|media|press|correspondents?|outlets?|newspapers?|broadcasters?|channels?|programs?|programmes?|shows?|podcasts?|magazines?)$/i;

/**
 * Whether a phrase names the press, the other side of an interview: a name that is no person's ("CGTN", "Reuters",
 * "the Global Times") or a noun for the press ("reporters").
 */
const mediaLike = (tokens: Token[], np: Span) => {
  const words = tokens.slice(firstAfter(tokens, np.start), firstAfter(tokens, np.end)).map((w) => w.text).filter((w) => !/^(?:the|a|an)$/i.test(w));
  return words.length > 0 && (words.every((w) => /^\p{Lu}/u.test(w) || /^['’]s$/.test(w)) || MEDIA_NOUN.test(words[words.length - 1]));
};

/** A phrase followed by "and" and a name: several people ("Zhang Ming and Robert Kahn"), none of them the interviewee. */
const joinedByAnd = (tokens: Token[], np: Span, hi: number) => {
  const k = firstAfter(tokens, np.end);
  return k + 1 < hi && /^(?:and|&)$/.test(tokens[k].text) && /^\p{Lu}/u.test(tokens[k + 1].text);
};

/**
 * In the sentence of token `at` (a word of `interviewObjectAt`, whose object starts at `objectAt`), the interviewee:
 * that object if a person, else the subject; null when they name several people.
 */
function intervieweeAround(tokens: Token[], lo: number, hi: number, at: number, objectAt: number): Span | null {
  let s = at;
  while (s > lo && !endsSentence(tokens, s - 1, hi)) s--;
  let e = at;
  while (e < hi && !endsSentence(tokens, e, hi)) e++;
  if (objectAt > 0) {
    const np = phraseStartingAt(tokens, objectAt, e);
    if (np && personLike(tokens, np)) return joinedByAnd(tokens, np, e) ? null : np;
    // one who spoke with people the text does not name ("interviewed visitors") is the interviewer
    if (np && !mediaLike(tokens, np)) return null;
  }
  // (the subject of the interview's verb ends before it: "Ambassador Zheng Zeguang sat down with CGTN")
  let subject = sentenceSubject(tokens, s, e);
  if (subject && subject.start < tokens[at].start && subject.end > tokens[at].start) subject = phraseStartingAt(tokens, s, at);
  return subject && personLike(tokens, subject) && !joinedByAnd(tokens, subject, e) ? nameEnd(tokens, subject) : null;
}

/** A phrase up to its last capitalized word: a subject read up to its verb ("Pedro Sanchez gave") ends at the name. */
function nameEnd(tokens: Token[], np: Span): Span {
  let k = firstAfter(tokens, np.end) - 1;
  while (k > firstAfter(tokens, np.start) && !/^\p{Lu}/u.test(tokens[k].text)) k--;
  return { start: np.start, end: tokens[k].end };
}

/**
 * The interviewee of the Q&A that block `b` (an answer) belongs to: named in the nearest of the three paragraphs (or
 * the headline) before the first labelled one (answers running on over unlabelled paragraphs included) that speaks
 * of an interview. Null when there is none.
 */
export function interviewee(blocks: Block[], tokens: Token[], b: number): Span | null {
  let p = b - 1;
  while (p >= 0 && (blocks[p].kind !== 'paragraph' || labelledOwner(blocks, tokens, p) >= 0)) p--;
  // (the three paragraphs before, and the headline: "Exclusive interview with …"; not captions or header lines)
  for (let n = 0; p >= 0 && n < 3; p--) {
    if (blocks[p].kind !== 'paragraph' && blocks[p].kind !== 'title') continue;
    n++;
    const lo = firstAfter(tokens, blocks[p].start), hi = firstAfter(tokens, blocks[p].end);
    for (let k = lo; k < hi; k++) {
      const objectAt = interviewObjectAt(tokens, k);
      if (objectAt === null) continue;
      const found = intervieweeAround(tokens, lo, hi, k, objectAt);
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
 * opening with a label of two words or more, not itself a question, right after a question asked under another label
 * (or any turn under "Q:"), one of a run of vox-pops (see `inVoxPops`), one after a soundbite cue ("SOUNDBITE
 * (English) Antonio Guterres, UN Secretary-General: …") or a turn of a TV transcript that is not the reporter's
 * (see broadcastTurns.ts). The whole answer is that speaker's speech,
 * marks or none. Null when `b` is no such answer (a dateline or a topic label before a report, "Beijing: …", follows
 * no question).
 */
export function namedAnswerStart(blocks: Block[], tokens: Token[], b: number): number | null {
  const block = blocks[b];
  if (block.kind !== 'paragraph') return null;
  const colon = labelColon(tokens, block);
  if (colon < 0 || endsWithQuestion(tokens, block)) return null;
  const next = tokens[colon + 1];
  const start = next && next.start < block.end ? next.start : null;
  // (in a TV transcript, a turn under a label that is not the broadcast's own, even of one word: the people on camera
  // are labelled by their role as often as by name, "VENDOR: …", "Farmer: …"; the reporter's turns around show the
  // label to be a speaker's, not an editor's "NOTE:")
  if (!opensBroadcastTurn(tokens, block) && inBroadcast(blocks, tokens, b)) return start;
  // (elsewhere a person's name of two words or more, not a one-word topic: "Economy: Growth held steady …")
  if (tokens.slice(firstAfter(tokens, block.start), colon).filter((x) => /\p{L}/u.test(x.text)).length < 2) return null;
  let p = b - 1;
  while (p >= 0 && blocks[p].kind !== 'paragraph') p--; // over captions and page furniture
  // (a soundbite is speech by its cue)
  if (opensWithSoundbite(tokens, block)) return start;
  if (inVoxPops(blocks, tokens, b)) return start;
  if (p < 0) return null;
  // (a turn under "Q:" is a question whatever its punctuation: reporters put one as a statement, "Q: There are
  // reports of …"; under another label only a question mark tells a question from a statement)
  if (questionLabel(tokens, blocks[p]) === null) {
    const asked = labelColon(tokens, blocks[p]);
    if (!endsWithQuestion(tokens, blocks[p]) || asked < 0 || labelText(tokens, blocks[p], asked) === labelText(tokens, block, colon)) return null;
  }
  return start;
}

/** Whether a paragraph opens with a label that describes its speaker in lower-case words: "Zhang Wei, local official:". */
function describedLabel(tokens: Token[], block: Span): boolean {
  const colon = labelColon(tokens, block);
  if (colon < 0) return false;
  const words = tokens.slice(firstAfter(tokens, block.start), colon).map((x) => x.text);
  const comma = words.indexOf(',');
  return comma > 0 && words.slice(comma + 1).some((w) => /^\p{Ll}/u.test(w));
}

/**
 * Whether paragraph `b` is one of a run of vox-pops: voices printed one per paragraph under labels that describe the
 * speaker ("Zhang Wei, local official: … ¶ Li Na, a shop owner: …"), with no question between. Two such labels in a
 * row are the layout of speech; a dateline or a topic ("Geneva, Switzerland: …") describes no one in lower-case words.
 */
function inVoxPops(blocks: Block[], tokens: Token[], b: number): boolean {
  if (!describedLabel(tokens, blocks[b])) return false;
  const before = previousParagraph(blocks, b);
  let after = b + 1;
  while (after < blocks.length && blocks[after].kind !== 'paragraph') after++;
  return (before >= 0 && describedLabel(tokens, blocks[before])) || (after < blocks.length && describedLabel(tokens, blocks[after]));
}

/** Whether block `b` opens with a label: "Q:", "A:" or a speaker's or outlet's name ("Lin Jian:", "AFP:"). */
const labelled = (tokens: Token[], block: Span) => opensWithLabel(tokens, block) || labelColon(tokens, block) >= 0;

/**
 * Whether block `b`, a paragraph an answer may run on into, is that answer whole: it holds no quotation marks, and a
 * labelled paragraph follows it within the reach of an answer running on, closing the answer with the next question
 * or answer. After an interview's last answer the story may go on in the reporter's words, which nothing tells from
 * the answer's own.
 */
function closedRunOn(blocks: Block[], tokens: Token[], b: number): boolean {
  // (one that quotes, as a reporter does, is the reporter's paragraph with its own quotations: "“…,” he added.")
  if (holdsQuotationMarks(tokens, blocks[b])) return false;
  for (let p = b + 1, n = 0; p < blocks.length && n < MAX_CONTINUATION; p++) {
    if (blocks[p].kind !== 'paragraph') continue;
    if (labelled(tokens, blocks[p])) return opensTurn(blocks, tokens, p);
    n++;
  }
  return false;
}

/** Whether a block holds a double quotation mark. */
function holdsQuotationMarks(tokens: Token[], block: Span): boolean {
  for (let k = firstAfter(tokens, block.start); k < tokens.length && tokens[k].start < block.end; k++) if (/^["“”„]$|^''$/.test(tokens[k].text)) return true;
  return false;
}

/**
 * Whether labelled block `p` is a turn of the transcript: a question or answer label, a question under an outlet's
 * name, or an answer under a speaker's; not a note after it ("Editor's note: …").
 */
function opensTurn(blocks: Block[], tokens: Token[], p: number): boolean {
  return opensWithLabel(tokens, blocks[p]) || endsWithQuestion(tokens, blocks[p]) || namedAnswerStart(blocks, tokens, p) !== null;
}

/** The verbs a reporter reports words with (not "China calls for …", which an answer may say too). */
const REPORTING = /^(?:said|says|added|adds|noted|notes|told|tells|explained|explains|stressed|stresses|recalled|recalls)$/;

/**
 * Whether a block reports someone's words in the third person ("Li said the company would …", "He added that …"):
 * the reporter's paragraph amid a transcript, not an answer ("As I said, …").
 */
function reportsSpeech(tokens: Token[], block: Span): boolean {
  for (let k = firstAfter(tokens, block.start) + 1; k < tokens.length && tokens[k].start < block.end; k++) {
    if (REPORTING.test(tokens[k].text) && /^(?:he|she|they|He|She|They|(?!I$)\p{Lu}[\p{L}'’-]*)$/u.test(tokens[k - 1].text)) return true;
  }
  return false;
}

/**
 * Where the words of block `b` start when it is an answer of an interview whose interviewee the introduction names
 * (see `interviewee`): the whole answer is a quotation of theirs, marks or none. An answer that the label opens or
 * that follows its question directly; a paragraph it runs on into only when the next label closes it. Null
 * otherwise: an answer of a Q&A that names no interviewee (an explainer answering its own questions) is the
 * reporter's.
 */
function intervieweeAnswerStart(blocks: Block[], tokens: Token[], b: number): number | null {
  if (blocks[b].kind !== 'paragraph') return null;
  const from = answerStart(blocks, tokens, b);
  if (from === null) return null;
  const before = previousParagraph(blocks, b);
  const underLabel = opensWithAnswerLabel(tokens, blocks[b]);
  // (a paragraph without the label is an answer by its place only, unless it reports speech as the reporter does)
  if (!underLabel && reportsSpeech(tokens, blocks[b])) return null;
  const first = underLabel || (before >= 0 && questionLabel(tokens, blocks[before]) !== null);
  if (!first && !closedRunOn(blocks, tokens, b)) return null;
  return interviewee(blocks, tokens, b) ? from : null;
}

/**
 * Whether block `b` is a paragraph that an answer under its speaker's name (see `namedAnswerStart`) runs on into: no
 * label of its own, at most a few paragraphs after the answer, and closed by the next label.
 */
function continuesNamedAnswer(blocks: Block[], tokens: Token[], b: number): boolean {
  if (blocks[b].kind !== 'paragraph' || labelled(tokens, blocks[b]) || reportsSpeech(tokens, blocks[b]) || !closedRunOn(blocks, tokens, b)) return false;
  let p = previousParagraph(blocks, b);
  for (let n = 1; p >= 0 && n < MAX_CONTINUATION && !labelled(tokens, blocks[p]); n++) p = previousParagraph(blocks, p);
  return p >= 0 && namedAnswerStart(blocks, tokens, p) !== null;
}

/**
 * Where the words of block `b` start when the whole block is an answer of a transcript, a quotation with or without
 * marks: one under its speaker's name, a paragraph such an answer runs on into, or an answer of an interviewee the
 * introduction names. Null when it is none.
 */
export function transcriptAnswerStart(blocks: Block[], tokens: Token[], b: number): number | null {
  return namedAnswerStart(blocks, tokens, b) ?? (continuesNamedAnswer(blocks, tokens, b) ? blocks[b].start : intervieweeAnswerStart(blocks, tokens, b));
}
