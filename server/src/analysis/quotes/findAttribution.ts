/**
 * Where a quotation is attributed: inside its own sentence (after it, else before it), or, for a quotation with no
 * attribution of its own, in the plain sentences just before it.
 */
import type { Span, Token } from '../types';
import { attributionAfter, dashCredit, transcriptLabel } from './attributionAfter';
import { attributionBefore } from './attributionBefore';
import { endsSentence, firstAfter, sentenceStart, verbForm, type ParagraphView } from './paragraphView';
import { displayBefore } from './displayedWords';
import { isNameGivenBy } from './nameGivenBy';
import { verdictAgent } from './verdictBy';
import { phraseStartingAt } from './nounPhrase';
import { afterQaLabel, afterSoundbiteCue, labelColon } from './speakerLabel';
import { SPEECH_VERBS } from './speechVerbs';
import { accordingTo, fitsVerbForm, isPassiveSpeech, isSpeakerLike, passiveAgent, sentenceSubject, subjectBefore } from './subjects';

export type { ParagraphView } from './paragraphView';
export { isSpeakerLike } from './subjects';

/**
 * Where the quotation at `q` (index into `view.quoted`) is attributed inside its own sentence, if it is. In a
 * paragraph a speaker's label opens ("Lin Jian: … We will take “resolute measures” …"), "I" or "we" is the one so
 * labelled.
 */
export function localSpeaker(view: ParagraphView, q: number): Span | null {
  const own = ownSentenceSpeaker(view, q);
  return own && /^(?:I|we)$/i.test(view.tokens[firstAfter(view.tokens, own.start)].text) && own.end - own.start <= 2 ? speakerLabel(view) ?? own : own;
}

/** A label of one to four capitalized words and a colon opening the paragraph ("Lin Jian: …"), not "Q:" or "A:". */
function speakerLabel(view: ParagraphView): Span | null {
  const t = view.tokens;
  if (view.hi <= view.lo) return null;
  const colon = labelColon(t, { start: t[view.lo].start, end: t[view.hi - 1].end });
  // (past a soundbite cue: "SOUNDBITE (English) Li Wei: …" is labelled "Li Wei")
  return colon < 0 ? null : { start: t[afterSoundbiteCue(t, view.lo, view.hi)].start, end: t[colon - 1].end };
}

function ownSentenceSpeaker(view: ParagraphView, q: number): Span | null {
  const t = view.tokens;
  const seg = view.quoted[q];
  // the frame after the quotation: up to the end of the sentence or the next quotation
  const nextQuote = q + 1 < view.quoted.length ? view.quoted[q + 1].first : view.hi;
  let afterEnd = seg.end;
  while (afterEnd < nextQuote && !endsSentence(t, afterEnd, view.hi)) afterEnd++;
  // the frame before: back to the end of the previous sentence or quotation
  // (a Q&A label opening the paragraph is no part of its first sentence: "Answer: …" names no one)
  const prevQuote = q > 0 ? view.quoted[q - 1].end : afterQaLabel(t, view.lo, view.hi);
  let beforeStart = seg.first;
  while (beforeStart > prevQuote && !endsSentence(t, beforeStart - 1, view.hi)) beforeStart--;

  // a nickname with the ones who gave it ("dubbed “…” by campaigners") is no one's statement
  if (isNameGivenBy(t, prevQuote, seg.first, seg.end)) return null;
  // a verdict passed "by" someone after the quotation is theirs: "was labelled “…” by the opposition" (unless the
  // sentence credits the whole report to a source: "…, according to officials")
  const judge = verdictAgent(t, Math.max(prevQuote, beforeStart), seg.first, seg.end, afterEnd);
  if (judge) return accordingTo(t, seg.end, afterEnd) ?? judge;
  // words on a banner come from the banner, whoever speaks later in the sentence (a source the sentence opens with
  // keeps them: "According to the newspaper, the men wore shirts that read “…”")
  const shown = displayBefore(t, Math.max(prevQuote, beforeStart), seg.first);
  if (shown) return accordingTo(t, beforeStart, seg.first, seg.first) ?? shown;
  const closing = t.slice(Math.max(seg.first, seg.end - 3), seg.end).map((x) => x.text).join('');
  const closesWithStop = /\.\s*(?:["”]|'')$/.test(closing) || /\.["”'’]+$/.test(closing);
  const label = transcriptLabel(view, seg) ?? dashCredit(view, seg, afterEnd);
  if (label) return label;
  if (closesWithStop) {
    // after a quotation closed by a full stop, a new sentence attributes it only when it is no more than that:
    // "…." Kang said on Friday. / "…." said Rep. Maria Lopez of New Mexico.
    // a partial quotation closing its sentence keeps that sentence's reporter: Lin said Beijing would act "firmly."
    const partial = seg.first > beforeStart ? attributionBefore(view, seg, beforeStart, false, true) : null;
    return attributionBefore(view, seg, beforeStart, true) ?? partial ?? attributionAfter(view, seg, afterEnd, 16, true) ?? attributionBefore(view, seg, beforeStart, false);
  }
  // a question or exclamation ends its sentence: a clause after it that opens the next quotation with a colon is
  // that one's attribution ("“Will the talks resume?” Mao Ning replied: “…”")
  const introducesNext = /[?!]\s*(?:["”]|'')$/.test(closing) && afterEnd === nextQuote && nextQuote < view.hi && t[afterEnd - 1].text === ':';
  // a quotation coordinated with the one before it ("called it “…” and “…”") shares that one's attribution, unless
  // one follows it
  // (a bare "and" or "or" only: a comma before it, even one written inside the closing mark, may close a clause,
  // and the second quotation belong to the clause further out, "X, whom critics call “…,” or “…” as Y puts it")
  const commaInside = q > 0 && t[view.quoted[q - 1].end - 2]?.text === ',';
  if (q > 0 && !commaInside && seg.first === prevQuote + 1 && /^(?:and|or)$/.test(t[prevQuote].text)) {
    return attributionAfter(view, seg, afterEnd, Infinity) ?? ownSentenceSpeaker(view, q - 1);
  }
  return (introducesNext ? null : attributionAfter(view, seg, afterEnd, Infinity) ?? attributionPastQuote(view, q, afterEnd)) ?? attributionBefore(view, seg, beforeStart, false);
}

/**
 * The attribution after the quotation at `q` that a second quotation inside the speaker's aside interrupts: "“…,” a
 * farmer, holding a sign reading “…”, told reporters." The frame after it stopped at that quotation (`afterEnd`);
 * read on past it to the end of the sentence, as if the inner quotation were not there.
 */
function attributionPastQuote(view: ParagraphView, q: number, afterEnd: number): Span | null {
  const t = view.tokens;
  const inner = view.quoted[q + 1];
  if (!inner || afterEnd !== inner.first || afterEnd === view.quoted[q].end) return null;
  const nextQuote = q + 2 < view.quoted.length ? view.quoted[q + 2].first : view.hi;
  let end = inner.end;
  while (end < nextQuote && !endsSentence(t, end, view.hi)) end++;
  // (only a clause that goes on after it: "“…,” a farmer, holding a sign reading “…”." holds no verb to find)
  if (end === inner.end) return null;
  // (only across the aside of a subject: the quotation closed by a comma, then a speaker-like phrase and the comma
  // that opens its aside; not "“…” that was reported in a “…” by the Times", whose "by" names no speaker of the first)
  let a = view.quoted[q].end;
  const closing = t[a - 2]?.text === ',' || t[a]?.text === ',';
  if (t[a]?.text === ',') a++;
  const subject = closing ? phraseStartingAt(t, a, inner.first) : null;
  if (!subject || !isSpeakerLike(t, subject) || t[firstAfter(t, subject.end)]?.text !== ',') return null;
  const lo = view.quoted[q].first;
  const tokens = [...t.slice(lo, inner.first), ...t.slice(inner.end, end)];
  const seg = { first: 0, end: view.quoted[q].end - lo };
  return attributionAfter({ tokens, lo: 0, hi: tokens.length, quoted: [seg] }, seg, tokens.length, Infinity);
}

/**
 * For a quotation not attributed in its own sentence: a speaker named with a speech verb in the plain sentences
 * between the previous quotation of the paragraph and this one ("Ortiz called her a natural at it. “…”").
 * With `subjectOnly`, the subject of the sentence right before instead, when it is a name or a pronoun (or,
 * tentatively, a definite description: see `subjectSpeaker`).
 */
export function precedingSpeaker(view: ParagraphView, q: number, subjectOnly: boolean): Attribution | null {
  const t = view.tokens;
  const seg = view.quoted[q];
  // plain sentences only: not the rest of the sentence that attributed the previous quotation
  let lo = q > 0 ? view.quoted[q - 1].end : view.lo;
  if (q > 0) {
    while (lo < seg.first && !endsSentence(t, lo, view.hi)) lo++;
    lo++;
  }
  let k = seg.first - 1;
  while (k >= lo && /^[―—–-]$/.test(t[k].text)) k--;
  if (k < lo || !endsSentence(t, k, view.hi)) return null;
  if (subjectOnly) {
    const s = sentenceStart(view, k);
    return subjectSpeaker(t, s >= lo ? sentenceSubject(t, s, k) : null);
  }
  for (let v = k - 1; v >= lo; v--) {
    const w = verbForm(t[v]);
    if (!SPEECH_VERBS.has(w) || w.endsWith('ing')) continue;
    if (view.quoted.some((r) => r.first <= v && v < r.end)) continue;
    const s = sentenceStart(view, v);
    // "The tariffs were announced by the ministry." hands on the ministry, not the tariffs
    if (isPassiveSpeech(t, Math.max(s, lo), v)) {
      const agent = passiveAgent(t, v, k);
      if (agent) return agent;
      continue;
    }
    const np = subjectBefore(t, Math.max(s, lo), v);
    if (np && isSpeakerLike(t, np) && fitsVerbForm(t, w, np)) return np;
  }
  return null;
}

/**
 * The speaker a paragraph hands on to a quotation opening the next one: the reporter of its last sentence
 * ("Wallnau wrote:", "Trump issued the following statement:"), else the named subject of that sentence
 * ("Howard continued his scathing remarks."; tentatively "At the ceremony, the pope addressed the crowd.").
 */
export function leadInSpeaker(view: ParagraphView): Attribution | null {
  const t = view.tokens;
  const k = view.hi - 1;
  if (k < view.lo || view.quoted.some((r) => r.first <= k && k < r.end)) return null;
  const s = sentenceStart(view, k);
  for (let v = k - 1; v >= s; v--) {
    const w = verbForm(t[v]);
    if (!SPEECH_VERBS.has(w) || w.endsWith('ing') || view.quoted.some((r) => r.first <= v && v < r.end)) continue;
    if (isPassiveSpeech(t, s, v)) {
      const agent = passiveAgent(t, v, view.hi);
      if (agent) return agent;
      continue;
    }
    const np = subjectBefore(t, s, v);
    if (np && isSpeakerLike(t, np) && fitsVerbForm(t, w, np)) return np;
  }
  return subjectSpeaker(t, sentenceSubject(t, s, k));
}

/**
 * An attribution that holds only if its phrase names an entity the article names: a definite description standing
 * as the subject of the sentence before a quotation ("At the ceremony, the pope addressed the crowd. “…”"), which may
 * as well be no speaker at all ("the crowd", "the measure").
 */
export interface Attribution extends Span {
  tentative?: boolean;
}

/**
 * The subject of the sentence before a quotation as its speaker: a name or a pronoun; or, tentatively, a definite
 * description ("the pope", "the Chinese president", "the company").
 */
function subjectSpeaker(t: Token[], subject: Span | null): Attribution | null {
  if (!subject || isPassiveReportOf(t, subject)) return null;
  const first = t[firstAfter(t, subject.start)].text;
  // (opening its sentence or not: "The rationale was simple." hands on no speaker either)
  if (/^the$/i.test(first)) return { ...subject, tentative: true };
  return /^(?:\p{Lu}|(?:he|she|they|we|i)$)/u.test(first) ? subject : null;
}

/**
 * Whether the subject is that of a passive report ("The decision was announced on Monday.", "The plan is described as
 * …"): what was said, not one who says what follows (the agent, when named, is found with the verb).
 */
function isPassiveReportOf(t: Token[], subject: Span): boolean {
  const from = firstAfter(t, subject.end);
  let v = from;
  // (over words the phrase left out: "The Belt" of "The Belt and Road Forum was announced")
  while (v < t.length && v < from + 6 && !SPEECH_VERBS.has(verbForm(t[v])) && /^\p{L}/u.test(t[v].text)) v++;
  return v < t.length && SPEECH_VERBS.has(verbForm(t[v])) && isPassiveSpeech(t, from, v);
}
