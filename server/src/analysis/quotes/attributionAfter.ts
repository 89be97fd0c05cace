/**
 * Attributions that follow a quotation: "…," said Wang / "…," the minister stressed / "…" ― Jane Doe /
 * "…," Smith, a Republican from Ohio, said / "…" for criminal behavior, she said / a transcript label "WALLACE: …".
 */
import type { Span, Token } from '../types';
import { quotedAs } from './attributionBefore';
import { DOCUMENT_HEAD } from './sourceOwner';
import { apposedName, phraseEndingAt, phraseStartingAt } from './nounPhrase';
import { participialSpeaker } from './participialSpeaker';
import { withPlaceOfWork } from './placeOfWork';
import { withRelativeClause } from './relativeClause';
import { firstAfter, verbForm, type ParagraphView } from './paragraphView';
import { BASE_FORMS, FINITE_SPEECH_VERBS, INVERTING_VERBS, SPEECH_VERBS } from './speechVerbs';
import { accordingTo, fitsVerbForm, isPassiveSpeech, isSpeakerLike, beBefore, passiveAgent, perceivedAt, skipFillersLeft, skipFillersRight, subjectBefore } from './subjects';

/** A transcript label opening the quotation: "WALLACE: …". */
export function transcriptLabel(view: ParagraphView, seg: { first: number; end: number }): Span | null {
  const t = view.tokens;
  let k = seg.first + 1;
  if (t[k]?.text === "'") k++; // ''WALLACE: …''
  if (k + 1 < seg.end && /^\p{Lu}{2,}$/u.test(t[k].text) && t[k + 1].text === ':') return { start: t[k].start, end: t[k].end };
  return null;
}

/** A credit line after the quotation: "…" ― Jane Doe. */
export function dashCredit(view: ParagraphView, seg: { first: number; end: number }, afterEnd: number): Span | null {
  const t = view.tokens;
  const a = seg.end;
  if (a + 1 >= afterEnd || !/^[―—–-]$/.test(t[a].text) || !/^\p{Lu}/u.test(t[a + 1].text)) return null;
  const np = phraseStartingAt(t, a + 1, afterEnd);
  return np && isSpeakerLike(t, np) ? np : null;
}

/** Nouns for what someone said, in "Those were the words of X" / "That was the message from X". */
const SAYING_NOUN = /^(?:words|message|verdict|view|assessment|reaction|response|warning|promise|vow|pledge|advice|comment|comments|remarks|reply|answer|explanation|appeal|plea|call)$/;

/**
 * A sentence after the quotation that only credits it: "So said gold medallist Quan Hongchan after …" / "Thus spoke
 * X" / "Those were the words of Zhang Wei, a volunteer …" / "That was the message from the ministry", or a clause
 * that does so with the quotation as its subject: "…," was the message from the pope / "…" was all the coach would
 * say. The speaker is the phrase after the verb, after "of"/"from", or before "would say".
 */
function creditSentence(t: Token[], a: number, afterEnd: number): Span | null {
  const w = t[a].text;
  if (/^(?:So|Thus)$/.test(w) && a + 1 < afterEnd && INVERTING_VERBS.has(verbForm(t[a + 1]))) {
    const np = phraseStartingAt(t, a + 2, afterEnd);
    return np && isSpeakerLike(t, np) ? apposedName(t, np, afterEnd) ?? np : null;
  }
  // "…," was the message from the pope / "…" was all the coach would say
  const c = /^(?:That|This|Those|These|Such)$/i.test(w) ? a + 1 : a;
  if (!/^(?:was|were|is|are)$/.test(t[c]?.text ?? '')) return null;
  if (c === a && t[a + 1]?.text === 'all') {
    const np = phraseStartingAt(t, a + 2, afterEnd);
    const k = np ? firstAfter(t, np.end) : -1;
    return np && isSpeakerLike(t, np) && /^(?:would|could|will|can|did)$/.test(t[k]?.text ?? '') && SPEECH_VERBS.has(t[k + 1]?.text ?? '') ? np : null;
  }
  for (let k = c + 1; k < Math.min(afterEnd, c + 5); k++) {
    if (!SAYING_NOUN.test(t[k].text)) continue;
    if (!/^(?:of|from|by)$/.test(t[k + 1]?.text ?? '')) return null;
    const np = phraseStartingAt(t, k + 2, afterEnd);
    return np && isSpeakerLike(t, np) ? np : null;
  }
  return null;
}

/** Whether the attribution's verb at `v` ends its clause ("Kang said." / "Kang said on Friday in Seoul."). */
function verbEndsClause(t: Token[], v: number, afterEnd: number): boolean {
  const k = skipFillersRight(t, afterEnd, v + 1);
  if (k < afterEnd && t[k].text === ',') return !/^["“‘']$/.test(t[k + 1]?.text ?? '');
  return k >= afterEnd || /^(?:[.;!?]|on|in|at|as|during|after|before|while|when|to|of|about|from|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(t[k].text);
}

/**
 * The attribution following the quotation, up to `afterEnd` (the end of its sentence or the next quotation) and
 * only if that is at most `reach` tokens away. `strict` (after a quotation closed by a full stop, where a new
 * sentence begins) accepts only a clause that is nothing but the attribution: "…." Kang said on Friday.
 */
export function attributionAfter(view: ParagraphView, seg: { first: number; end: number }, afterEnd: number, reach: number, strict = false): Span | null {
  const t = view.tokens;
  let a = seg.end;
  // a sentence that only credits the quotation may run on: "So said X after her final in Paris." (also after a
  // dash: "“…” — these were the words of X")
  const d = a + 1 < afterEnd && /^[―—–-]$/.test(t[a].text) ? a + 1 : a;
  const credit = d < afterEnd ? creditSentence(t, d, afterEnd) : null;
  if (credit) return credit;
  if (afterEnd - a > reach) return null;
  while (a < afterEnd && /^[,—–-]$/.test(t[a].text)) a++;
  if (a >= afterEnd) return null;
  const first = verbForm(t[a]);
  // "…," said Wang / "…," opined Cleveland's Plain Dealer (not "…", told reporters: whom one tells is no speaker; "…?" asked X is the asker)
  if ((INVERTING_VERBS.has(first) || FINITE_SPEECH_VERBS.has(first)) && !/^(?:told|tells)$/.test(first)) {
    const np = phraseStartingAt(t, a + 1, afterEnd);
    // ("…," said a man who lost his home in the flood: the one the clause describes, in full)
    if (np) return apposedName(t, np, afterEnd) ?? withRelativeClause(t, np, afterEnd) ?? np;
  }
  const acc = accordingTo(t, a, Math.min(afterEnd, a + 2), afterEnd);
  if (acc) return acc;
  // "…," the newspaper quoted an official as saying: the one quoted, not the one quoting
  for (let k = a + 2; k + 1 < Math.min(afterEnd, a + 16); k++) {
    if (t[k].text !== 'as' || !/^(?:saying|telling|writing)$/.test(t[k + 1].text)) continue;
    const quoted = quotedAs(t, a, k);
    if (quoted) return quoted;
  }
  // a quotation that ends without punctuation is seldom attributed after it ("so-called “pass-through” income, …")
  const body = t.slice(Math.max(seg.first, seg.end - 4), seg.end).map((x) => x.text).join('').replace(/["“”'’‘\s]+$/u, '');
  const punctuated = /[,.?!—–…:;-]$/.test(body) || /^[,—–-]$/.test(t[seg.end]?.text ?? '');
  // "…," the minister stressed / "…," Smith, a Republican, said / "…," federal prosecutors wrote / "…," the letter read
  const verbReach = Math.min(afterEnd, a + (punctuated ? 40 : 6));
  for (let v = a + 1; v < Math.min(afterEnd, a + 40); v++) {
    if (/^["“”]$/.test(t[v].text)) break;
    // "went on" / "goes on" report like "continued"
    const w = /^(?:went|goes)$/.test(verbForm(t[v])) && t[v + 1]?.text === 'on' ? 'continued' : verbForm(t[v]);
    // "…," she was heard telling supporters: the one heard is the speaker
    const heard = w.endsWith('ing') && SPEECH_VERBS.has(w) ? perceivedAt(t, a, v) : -1;
    if (heard >= 0) {
      const be = beBefore(t, a, heard);
      const np = phraseStartingAt(t, a, be);
      if (np && firstAfter(t, np.end) === skipFillersLeft(t, a, be - 1) + 1 && isSpeakerLike(t, np)) return np;
    }
    if (!SPEECH_VERBS.has(w) || w.endsWith('ing')) continue;
    // "…," it was announced by the ministry: the agent of a passive report, not its subject
    if (isPassiveSpeech(t, a, v)) return passiveAgent(t, v, afterEnd);
    let end = skipFillersLeft(t, a, v - 1) + 1;
    if (end <= a) continue;
    // an apposition or a parenthesis between the subject and its verb: "Smith, a Republican from Ohio, said"
    const cut = t.slice(a, end).findIndex((x) => x.text === ',' || x.text === '(');
    const near = v < verbReach;
    // a name apposed to a role: "…," the spokesman for the secretary-general, Farhan Haq, told reporters
    if (near && cut > 0 && t[end - 1].text === ',' && (!strict || verbEndsClause(t, v, afterEnd))) {
      const name = apposedName(t, { start: t[a].start, end: t[a + cut - 1].end }, end);
      if (name && firstAfter(t, name.end) === end - 1) return name;
    }
    if (cut > 0) end = a + cut;
    const np = near ? phraseStartingAt(t, a, end) : null;
    if (np && fitsVerbForm(t, w, np) && (punctuated ? cut > 0 || end - a <= 10 : cut < 0 && isSpeakerLike(t, np))) {
      const k = firstAfter(t, np.end);
      // "Ms. Reyes of the Harbour Trust said" / "a local official who declined to be named told CGTN" (a short relative
      // clause about the speaker, with no speech verb of its own)
      // ("a woman who sells vegetables at a market in Mandalay told": an unnamed one, described by the clause in full)
      const described = withRelativeClause(t, np, end);
      const relative = described !== null || (k < end && t[k].text === 'who' && end - k <= 8);
      if ((np.end === t[end - 1].end || relative || (k < end && /^(?:of|at|from|for|in|with|on)$/.test(t[k].text))) && (!strict || verbEndsClause(t, v, afterEnd))) return described ?? withPlaceOfWork(t, np, end) ?? np;
    }
    // "…," a mother waiting outside a collapsed building said: the one described, from right after the quotation
    const tail = near && cut < 0 ? phraseEndingAt(t, a, end) : null;
    const described = tail && participialSpeaker(t, a, tail);
    if (described && described.start === t[a].start && fitsVerbForm(t, w, described) && (!strict || verbEndsClause(t, v, afterEnd))) return described;
    // "…" for criminal behavior, she said.
    const subject = subjectBefore(t, a, v);
    if (!strict && subject && isSpeakerLike(t, subject) && fitsVerbForm(t, w, subject) && /^[,(]$/.test(t[firstAfter(t, subject.start) - 1]?.text ?? '') && (near || verbEndsClause(t, v, afterEnd))) return subject;
    // "…" if she didn't win by more, said David Wasserman, an analyst
    if (!strict && t[v - 1].text === ',' && INVERTING_VERBS.has(w)) {
      const inv = phraseStartingAt(t, v + 1, afterEnd);
      if (inv && isSpeakerLike(t, inv)) return inv;
    }
    if (!BASE_FORMS.has(w)) break;
  }
  // "…" at a labor conference last month, according to the union's president.
  const acc2 = strict ? null : accordingTo(t, a, afterEnd);
  return acc2 && !unnamedDocument(t, acc2) ? acc2 : null;
}

/**
 * "according to a statement" with no issuer after it only says where the words were printed: the reporter of the
 * sentence before the quotation ("The central bank said inflation would “ease”, according to a statement") speaks.
 */
function unnamedDocument(t: Token[], np: Span): boolean {
  const words = t.slice(firstAfter(t, np.start), firstAfter(t, np.end)).map((x) => x.text.toLowerCase());
  const next = t[firstAfter(t, np.end)]?.text ?? '';
  return /^(?:a|an)$/.test(words[0]) && words.length <= 3 && DOCUMENT_HEAD.test(words[words.length - 1]) && !/^(?:from|by|of|released|issued|published|posted)$/i.test(next);
}
