import type { Block, Span } from '../types';
import { mergeSingles, opensWithSingle, singleMarks, type Mark } from './singleQuotes';
import { attributionCut, misplacedClose, unclosedEnd } from './unclosedEnd';

/** A stretch of text between quotation marks, marks included. */
export interface QuotedSegment extends Span {
  /** Index into the blocks of the block that holds it. */
  block: number;
  /** True when the closing mark is missing because the quotation runs on into the next paragraph. */
  runsOn: boolean;
  /** True when it continues a quotation opened in an earlier paragraph (opening mark at the paragraph start). */
  continues: boolean;
  /** True for the answer of a transcript under its speaker's name, a quotation without marks (see `namedAnswerStart`). */
  answer?: boolean;
}

/** Blocks that can hold quotations: the article body, captions and the headline. */
const QUOTABLE = new Set(['paragraph', 'caption', 'title', 'fragment']);

/** Whether a mark at `at` of length `len` stands against a word: before one, or after a word or its punctuation. */
const adjoinsWord = (text: string, at: number, len: number) => /[\p{L}\p{N}‘']/u.test(text[at + len] ?? '') || /[\p{L}\p{N}.,!?…]/u.test(text[at - 1] ?? '');

/**
 * The double quotation marks of one block: `“` opens, `”` closes; straight `"` and the doubled apostrophe `''` that
 * some newspapers print alternate. Single marks are read apart (see singleQuotes.ts), so single quotes nested inside
 * a quotation simply stay part of it.
 */
function doubleMarks(text: string, block: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = block.start; i < block.end; i++) {
    const c = text[i];
    if (c === '“' || c === '„') marks.push({ at: i, len: 1, role: 'open' });
    else if (c === '”') marks.push({ at: i, len: 1, role: 'close' });
    else if (c === '"' && text[i + 1] === '"' && i + 1 < block.end && adjoinsWord(text, i, 2)) {
      // a doubled straight mark is one mark struck twice ('""We are ready," she said', 'the "new normal"" policy');
      // with no word against it, it is an empty value (`title=""`), two marks as before
      marks.push({ at: i, len: 2, role: 'either' });
      i++;
    } else if (c === '"') marks.push({ at: i, len: 1, role: 'either' });
    else if (c === "'" && text[i + 1] === "'") {
      marks.push({ at: i, len: 2, role: 'either' });
      i++;
    }
  }
  return marks;
}

/** Whether a straight mark opens a quotation by where it stands: after a space or the block start, before a word. */
const opensByPlace = (text: string, block: Span, m: Mark) => (m.at === block.start || /[\s(\[—–]/u.test(text[m.at - 1])) && /[\p{L}\p{N}‘']/u.test(text[m.at + m.len] ?? '');
/** Whether a straight mark closes a quotation by where it stands: after a word or punctuation, before a space, punctuation or the end. */
const closesByPlace = (text: string, block: Span, m: Mark) => !/\s/u.test(text[m.at - 1] ?? ' ') && (m.at + m.len >= block.end || /[\s,.;:!?)\]—–’']/u.test(text[m.at + m.len]));

/**
 * Whether straight mark `i`, met while a straight quotation is open, opens a quotation within it: it opens by its
 * place and the next two straight marks close, the inner quotation and then the outer one ("My mother told me,
 * "Never give up," and I didn't," she said). Taken in turns, the marks would cut the outer quotation into two
 * fragments and lose the inner one. Curly marks say which they are: an inner “…” inside “…” is kept as the
 * quotation (the corpus marks the inner words, another speaker's, as the quotation), its unclosed outer mark restarting.
 */
function nestedAt(text: string, block: Span, marks: Mark[], i: number): boolean {
  const straight = marks.slice(i - 1, i + 3).every((m) => m.role === 'either');
  return straight && i >= 1 && i + 2 < marks.length && opensByPlace(text, block, marks[i]) && closesByPlace(text, block, marks[i + 1]) && closesByPlace(text, block, marks[i + 2]);
}

/** An attribute value in markup that leaked into the text (`author="@name"`) is not a quotation. */
function isMarkupValue(text: string, open: number): boolean {
  return open > 0 && text[open - 1] === '=';
}

/** Whether a block opens with a double opening mark. */
const opensWithDouble = (text: string, start: number) => /^(?:[“„"]|'')/.test(text.slice(start, start + 2));

/**
 * Finds the quoted segments of an article: those in double marks, and those in single marks that are speech (see
 * `mergeSingles`).
 */
export function findQuotedSegments(text: string, blocks: Block[], answerStart: (b: number) => number | null = () => null, namedAnswer: (b: number) => number | null = () => null): QuotedSegment[] {
  const doubles = segmentsWith(text, blocks, doubleMarks, opensWithDouble, answerStart);
  return withAnswers(blocks, mergeSingles(text, blocks, doubles, segmentsWith(text, blocks, singleMarks, opensWithSingle)), namedAnswer);
}

/**
 * The segments with each answer of a transcript under its speaker's name (`namedAnswer` gives where its words
 * start) as one quotation to the end of its paragraph; quotations inside it are quoted within the answer and dropped.
 */
function withAnswers(blocks: Block[], segments: QuotedSegment[], namedAnswer: (b: number) => number | null): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  let b = -1;
  for (let k = 0; k <= segments.length; k++) {
    // the answers of the blocks from after the last segment's block up to this segment's
    const upTo = k < segments.length ? segments[k].block : blocks.length - 1;
    for (; b < upTo; ) {
      b++;
      const from = namedAnswer(b);
      if (from !== null) out.push({ start: from, end: blocks[b].end, block: b, runsOn: false, continues: false, answer: true });
    }
    if (k < segments.length && namedAnswer(segments[k].block) === null) out.push(segments[k]);
  }
  return out;
}

/**
 * Where a quotation starts whose opening mark an answer of an interview dropped: its words start at `answerStart()`
 * and its only mark is a closing one ending the paragraph, ” or a straight mark after a word or stop ("A: We will
 * keep our doors open.”"). Interviews print whole answers as quotations; a closing mark inside the paragraph
 * more likely ends a quotation within the answer that lost its own opening mark. Null when there is none.
 */
function unopenedStart(text: string, block: Span, marks: Mark[], answerStart: () => number | null): number | null {
  const m = marks[0];
  if (marks.length !== 1 || text.slice(m.at + m.len, block.end).trim() !== '') return null;
  if (m.role !== 'close' && !(m.role === 'either' && /[\p{L}\p{N}.,!?…]/u.test(text[m.at - 1]))) return null;
  const from = answerStart();
  return from !== null && m.at > from && /[\p{L}\p{N}]/u.test(text.slice(from, m.at)) ? from : null;
}

/**
 * The segments delimited by one kind of marks, block by block. A block whose last quotation is left open and that is
 * followed by a block starting with an opening mark is a quotation running over several paragraphs: each of its
 * paragraphs becomes one segment, from its opening mark to the end of the block. Other unclosed marks are ignored.
 * In the answer of an interview (`answerStart` gives where its words start), a closing mark with no opening one
 * before it may close a quotation from the start of the answer (see `unopenedStart`); it continues one left open in
 * the paragraph before.
 */
function segmentsWith(text: string, blocks: Block[], marksOf: (text: string, block: Span) => Mark[], opensAt: (text: string, start: number) => boolean, answerStart: (b: number) => number | null = () => null): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  let carried = false; // the previous block left a quotation open
  let nextMarks: Mark[] | null = null; // the marks of the block after, when the loop has read them already
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (!QUOTABLE.has(block.kind)) {
      carried = false;
      nextMarks = null;
      continue;
    }
    const marks = nextMarks ?? marksOf(text, block);
    nextMarks = null;
    let open: Mark | null = null;
    const unopened = unopenedStart(text, block, marks, () => answerStart(b));
    const startsWithMark = unopened !== null || (marks.length > 0 && marks[0].at === block.start && marks[0].role !== 'close');
    const continues = carried && startsWithMark;
    if (unopened !== null) segments.push({ start: unopened, end: marks[0].at + marks[0].len, block: b, runsOn: false, continues });
    const list = unopened !== null ? marks.slice(1) : marks;
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      if (open === null) {
        if (m.role !== 'close') open = m;
      } else if (nestedAt(text, block, list, i)) {
        // a quotation within a quotation is part of it (quotations are not nested here): the outer one whole
        if (!isMarkupValue(text, open.at)) segments.push({ start: open.at, end: list[i + 2].at + list[i + 2].len, block: b, runsOn: false, continues: continues && open.at === block.start });
        open = null;
        i += 2;
      } else if (m.role === 'open') {
        // a curly opening mark met inside a quotation: the earlier one lost its closing mark. Kept only when an
        // attribution clause shows where it ended (“We will win, he said. “…”); else it restarts from the later one
        // (an inner quotation nested in it, “…“…”, is the one kept: see `nestedAt`)
        const end = open.role === 'open' ? attributionCut(text, open.at, m.at) : null;
        if (end !== null && !isMarkupValue(text, open.at)) segments.push({ start: open.at, end, block: b, runsOn: false, continues: continues && open.at === block.start });
        open = m;
      } else if (open.role === 'either' && m.role === 'either' && opensByPlace(text, block, m) && !closesByPlace(text, block, m)) {
        // a straight mark that can only open, met inside a straight quotation: its closing mark was forgotten (the
        // quotation ends where `unclosedEnd` reads it and this mark opens the next), or this mark is a stray one
        const end = unclosedEnd(text, open.at, m.at);
        if (end === 'dropped') open = m;
        else if (end !== null) {
          if (!isMarkupValue(text, open.at)) segments.push({ start: open.at, end, block: b, runsOn: false, continues: continues && open.at === block.start });
          open = m;
        }
      } else {
        if (!isMarkupValue(text, open.at)) {
          // a closing mark set after the quotation's own attribution clause closes it before that clause
          const end = misplacedClose(text, open.at, m.at, m.at + m.len, block.end) ?? m.at + m.len;
          segments.push({ start: open.at, end, block: b, runsOn: false, continues: continues && open.at === block.start });
        }
        open = null;
      }
    }
    // a caption or stray fragment between two paragraphs of a running quotation does not end it
    const interruption = block.kind === 'caption' || block.kind === 'fragment';
    if (!(interruption && open === null)) carried = false;
    if (open !== null) {
      let n = b + 1;
      while (n < blocks.length && (blocks[n].kind === 'caption' || blocks[n].kind === 'fragment')) n++; // a photo between paragraphs
      const next = blocks[n];
      let nextOpens = next !== undefined && QUOTABLE.has(next.kind) && opensAt(text, next.start);
      if (!nextOpens && next !== undefined && QUOTABLE.has(next.kind) && n === b + 1) {
        // an answer going on without its opening mark: "A: “Exports have doubled. ¶ Our farmers are confident.”"
        nextMarks = marksOf(text, next);
        nextOpens = unopenedStart(text, next, nextMarks, () => answerStart(n)) !== null;
      }
      if (nextOpens && !isMarkupValue(text, open.at) && /[\p{L}\p{N}]/u.test(text.slice(open.at, block.end))) {
        segments.push({ start: open.at, end: block.end, block: b, runsOn: true, continues: continues && open.at === block.start });
        carried = true;
      } else {
        // a quotation left open that runs on nowhere: its attribution clause shows where its closing mark was forgotten
        const end = attributionCut(text, open.at, block.end);
        if (end !== null && !isMarkupValue(text, open.at)) segments.push({ start: open.at, end, block: b, runsOn: false, continues: continues && open.at === block.start });
      }
    }
  }
  return segments;
}
