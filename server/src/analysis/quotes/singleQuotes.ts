/**
 * Single quotation marks (‘…’ and '…') as the outer marks of speech, as British and many Asian agencies print them:
 * ‘We will respond firmly,’ the spokesperson said. The same characters are apostrophes far more often (China’s,
 * don't, the '90s, rock 'n' roll, the players' union), so a single-quoted stretch counts as a quotation only on
 * strong evidence: a reporting verb or colon right before it, a reporting verb right after it, a speaker's label
 * introducing it alone ("Xi: ‘…’"), or an article that prints its quotations in single marks. Singles nested in a double quotation stay inside it; doubles nested in an
 * accepted single quotation stay inside that.
 */
import type { Block, Span } from '../types';
import { isHeadlineLabel } from '../entities/headlineLabels';
import { echoesQuotation } from './headlineEchoes';
import { labelInText, QA_LABEL } from './speakerLabel';
import { SPEECH_VERBS } from './speechVerbs';
import { PERCEIVED } from './subjects';
import { SMALL_WORDS } from './smallWords';
import { sentenceStartIn } from './sentenceBoundary';

export interface Mark {
  at: number;
  len: number;
  role: 'open' | 'close' | 'either';
}

/** Shortened words written with a leading apostrophe: 'n' (rock 'n' roll), 'em, 'til, 'cause, 'tis. */
const ELISION = /^(?:n|em|til|till|cause|tis|twas|bout|round)(?![\p{L}])/iu;

/**
 * The single marks of a block that can open or close a quotation: ‘ or ' at the start of a word opens one (not
 * before a decade, '90s, nor an elision); ’ or ' at the end of a word, before a space, punctuation or the block end,
 * closes one (not a plural possessive before a lower-case word: "the players' union"). An apostrophe inside a word
 * (China’s, don't) is neither.
 */
export function singleMarks(text: string, block: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = block.start; i < block.end; i++) {
    const c = text[i];
    if (c !== "'" && c !== '‘' && c !== '’') continue;
    if (c === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue; // the doubled apostrophe is a double mark
    const before = i > block.start ? text[i - 1] : ' ';
    const after = i + 1 < block.end ? text[i + 1] : ' ';
    const wordBefore = /[\p{L}\p{N}.,!?;:…—–-]/u.test(before) && !/[\s(\[“"]/u.test(before);
    const wordAfter = /[\p{L}\p{N}]/u.test(after);
    if (c !== '’' && !wordBefore && wordAfter) {
      const rest = text.slice(i + 1, Math.min(block.end, i + 8));
      if (/^\d\d?s?\b/.test(rest) || ELISION.test(rest)) continue; // the '90s, rock 'n' roll
      marks.push({ at: i, len: 1, role: 'open' });
    } else if (c !== '‘' && wordBefore && !wordAfter) {
      // "the players' union", "farmers’ incomes": a plural possessive, not the end of a quotation
      if (/s/i.test(before) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))) continue;
      marks.push({ at: i, len: 1, role: 'close' });
    }
  }
  return marks;
}

/** Whether a block opens with a single opening mark (a quotation continued from the paragraph before). */
export const opensWithSingle = (text: string, start: number) => /^['‘][\p{L}\p{N}]/u.test(text.slice(start, start + 2));


const WORD = /[\p{L}]+(?:[-'’][\p{L}]+)*/gu;

/** Whether one of the first `n` words of `s` is a reporting verb ("the spokesperson said", "said Carlos Mendes"). */
function verbAmongFirst(s: string, n: number): boolean {
  let k = 0;
  let previous = '';
  for (const m of s.matchAll(WORD)) {
    // (a participle after one of perceiving reports too: "…,’ she was heard telling supporters")
    if ((SPEECH_VERBS.has(m[0]) && (!m[0].endsWith('ing') || PERCEIVED.test(previous))) || m[0] === 'according') return true;
    if (!/^(?:on|camera|video|tape)$/.test(m[0])) previous = m[0];
    if (++k >= n) break;
  }
  return false;
}

/** Nouns of speech or writing that may introduce a quotation after a colon: "in a statement: ‘…’". */
const SPEECH_NOUN = /^(?:statement|statements|post|posts|message|remarks|speech|address|interview|letter|tweet|video|briefing|conference)$/;

/** Whether one of the words of `s` reports speech: a reporting verb or a noun of speech. */
const reportsSpeech = (s: string) => [...s.matchAll(WORD)].some((m) => SPEECH_VERBS.has(m[0]) || SPEECH_NOUN.test(m[0]));

/**
 * Whether the single-quoted segment is speech by its own sentence: a reporting verb right before it ("said ‘…’",
 * "told reporters, '…'"), a colon after a clause that reports speech ("Wang said on Monday: ‘…’", "In a statement:
 * ‘…’"; not a headline's bare label, "Lynch: ‘…’"), or a reporting verb among the first words after it ("…,’ the
 * spokesperson said", "…', according to the statement").
 */
export function reportedSingle(text: string, block: Span, seg: Span, runsOn: boolean): boolean {
  const inner = text.slice(seg.start + 1, runsOn ? seg.end : seg.end - 1);
  if (!/\p{L}.*\p{L}/u.test(inner)) return false;
  const before = text.slice(block.start, seg.start);
  const lead = /(\p{L}+)\s*([:,]?)\s*$/u.exec(before);
  if (lead && SPEECH_VERBS.has(lead[1]) && (lead[2] !== '' || /^\p{Lu}/u.test(inner))) return true;
  if (/:\s*$/.test(before) && /^\p{Lu}/u.test(inner) && reportsSpeech(text.slice(sentenceStartIn(text, block.start, seg.start), seg.start))) return true;
  if (runsOn) return false;
  // the clause after it, up to the end of its sentence
  const rest = /^[^.!?"“”‘’']*/u.exec(text.slice(seg.end, Math.min(block.end, seg.end + 80)))![0];
  const punctuated = /[,.?!…—–-]$/.test(inner) || /^\s*[,—–]/.test(rest);
  return punctuated && /^\s*[,—–-]?\s*\S/u.test(rest) && verbAmongFirst(rest, 8);
}

/**
 * Whether a segment of plain words (not a title or a number: ‘Belt and Road’, '996') stands in a sentence with a
 * reporting verb before it: "Li told the forum China would 'open its doors wider'".
 */
function inReportedSentence(text: string, block: Span, seg: Span): boolean {
  const words = [...text.slice(seg.start + 1, seg.end - 1).matchAll(WORD)].map((m) => m[0]);
  if (!words.some((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w))) return false;
  return [...text.slice(sentenceStartIn(text, block.start, seg.start), seg.start).matchAll(WORD)].some((m) => SPEECH_VERBS.has(m[0]));
}

/**
 * Whether the segment stands inside speech that is not in double marks of its own: after a double opening mark left
 * unclosed earlier in its paragraph (“… and said, ‘…’), or in an answer of a transcript ("A: If you tell people,
 * 'We…'"). Single marks there are a quotation within a quotation.
 */
function insideUnmarkedSpeech(text: string, block: Block, seg: Span, doubles: Span[]): boolean {
  let before = text.slice(block.start, seg.start);
  for (const d of doubles) if (d.start >= block.start && d.end <= seg.start) before = before.slice(0, d.start - block.start) + ' '.repeat(d.end - d.start) + before.slice(d.end - block.start);
  if (/[“„]/.test(before) || (before.match(/"/g) ?? []).length % 2 === 1) return true;
  // (a headline's kicker is no speaker's label: "Exclusive: Minister says …")
  const label = block.kind !== 'title' ? speakerLabel(text, block) : null;
  // (under a Q&A label everything is speech)
  return label !== null && seg.start > label.end && (QA_LABEL.test(label.words) || !reportsOthers(text.slice(label.end, seg.start)));
}

/**
 * Whether the words after a label report what someone named said ("Beijing: Foreign ministry spokesperson Mao Ning
 * said that …"): the label is then a dateline or a topic, not the speaker of what follows, and the quotation is the
 * one reported. A reporting verb after a pronoun ("as we said", "if you warn them") is still the labelled speaker's
 * own speech.
 */
function reportsOthers(s: string): boolean {
  const words = [...s.matchAll(WORD)].map((m) => m[0]);
  const v = words.findIndex((w) => SPEECH_VERBS.has(w) && !w.endsWith('ing'));
  return v > 0 && !/^(?:i|we|you|they|he|she|it)$/i.test(words[v - 1]);
}

/**
 * The speaker's label opening the block (see speakerLabel.ts), not a site's kicker ("Exclusive: …", "Live: …"). Null
 * when there is none.
 */
function speakerLabel(text: string, block: Span): { words: string; end: number } | null {
  const label = labelInText(text, block);
  return label && !isHeadlineLabel(label.words) ? label : null;
}

/**
 * Whether the segment is all a speaker's label introduces: a headline or a transcript line "Xi: ‘We will open our
 * doors wider’", "Lin Jian: 'We will take resolute measures.'". The quoted words read as a clause (a capital, then
 * at least two more words, one a lower-case word of content), so a title after a kicker ("Review: 'Ne Zha 2' …")
 * or an apostrophe does not count.
 */
function labelledSingle(text: string, block: Span, seg: Span): boolean {
  if (seg.start !== speakerLabel(text, block)?.end || !/^[\s.!?]*$/.test(text.slice(seg.end, block.end))) return false;
  const words = [...text.slice(seg.start + 1, seg.end - 1).matchAll(WORD)].map((m) => m[0]);
  return words.length >= 3 && /^\p{Lu}/u.test(words[0]) && words.some((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w));
}

const within = (outer: Span, s: Span) => outer.start <= s.start && s.end <= outer.end;
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Merges the single-quoted segments that are speech into the double-quoted ones. A single segment counts when its
 * own sentence reports it (see `reportedSingle`), or when the article prints its quotations in single marks: some
 * single segment is reported and no more double quotations stand outside single ones (or, with no double quotations
 * at all, some single segment stands in a sentence with a reporting verb). Singles inside (or crossing)
 * a double quotation never count; doubles inside a counted single are quotations within it and are dropped.
 */
export function mergeSingles<S extends Span & { runsOn: boolean; continues: boolean; block: number }>(text: string, blocks: Block[], doubles: S[], singles: S[]): S[] {
  const free = singles.filter((s) => !doubles.some((d) => overlap(d, s) && !within(s, d)) && !insideUnmarkedSpeech(text, blocks[s.block], s, doubles));
  if (!free.length) return doubles;
  // a headline prints its quotations in single marks whatever the style of the story: "Minister says ties 'at a
  // turning point'"
  // (and a headline's quotation the story quotes again in full: see headlineEchoes.ts)
  const body = doubles.filter((d) => blocks[d.block].kind !== 'title');
  const reported = free.map((s) => !s.continues && (reportedSingle(text, blocks[s.block], s, s.runsOn)
    || (blocks[s.block].kind === 'title' && (inReportedSentence(text, blocks[s.block], s) || echoesQuotation(text, s, body)))));
  const reportedCount = reported.filter(Boolean).length;
  // a quotation under a speaker's label ("Xi: ‘…’") is one by itself, but shows no style: headlines print single marks
  const labelled = free.map((s) => !s.continues && !s.runsOn && labelledSingle(text, blocks[s.block], s));
  const outerDoubles = doubles.filter((d) => !free.some((s) => within(s, d))).length;
  // with no double quotations at all, a single one inside a reported sentence shows the style too
  const singleStyle = reportedCount > 0 ? reportedCount >= outerDoubles : outerDoubles === 0 && free.some((s) => inReportedSentence(text, blocks[s.block], s));
  const kept: S[] = [];
  free.forEach((s, i) => {
    const previous = kept[kept.length - 1];
    // a paragraph continuing a single quotation counts when the paragraph it continues did
    const ok = s.continues ? singleStyle || (previous !== undefined && previous.runsOn && previous.block < s.block && free[i - 1] === previous) : singleStyle || reported[i] || labelled[i];
    if (ok) kept.push(s);
  });
  if (!kept.length) return doubles;
  return [...doubles.filter((d) => !kept.some((s) => within(s, d))), ...kept].sort((a, b) => a.start - b.start);
}
