import type { Span, Token } from '../types';
import { isVerbFiller, phraseEndingAt, phraseStartingAt } from './nounPhrase';
import { BASE_FORMS, FINITE_SPEECH_VERBS, INVERTING_VERBS, SPEECH_VERBS } from './speechVerbs';

/** One paragraph's tokens, with the quoted stretches of it. */
export interface ParagraphView {
  tokens: Token[];
  /** Token range of the paragraph in `tokens`, end exclusive. */
  lo: number;
  hi: number;
  /** Token ranges [first, end) of every quoted segment of the paragraph, in order. */
  quoted: { first: number; end: number }[];
}

/** Titles written with a full stop before a name ("Del. Stacey Plaskett", "Adm. Mike Mullen"). */
const TITLE_ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Prof|Rev|Hon|Sen|Rep|Del|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Maj|Cmdr|Cpl|Pvt|Amb|Atty|Sec|Supt|Det|Insp|Pres|Gen|Fr|Sr|Jr|St)$/;
/** A word as a verb: lower-cased, or '' for a capitalized word ("States" in "the United States" is no verb). */
const verbForm = (x: Token) => (/^\p{Lu}/u.test(x.text) ? '' : x.text.toLowerCase());
const END_MARK = /^(?:[.!?]|\.{3})$/;

/** Whether token `k` ends a sentence: a full stop not after an initial ("E.") nor before a comma or lower-case word. */
function endsSentence(t: Token[], k: number, hi: number): boolean {
  if (!END_MARK.test(t[k].text)) return false;
  if (t[k].text === '.' && k > 0 && t[k - 1].end === t[k].start && (/^\p{Lu}$/u.test(t[k - 1].text) || TITLE_ABBREVIATION.test(t[k - 1].text))) return false;
  const next = k + 1 < hi ? t[k + 1] : null;
  return !next || !(/^[,;)\]]$/.test(next.text) || /^\p{Ll}/u.test(next.text));
}

const SPEAKER_LIKE = /^(?:\p{Lu}|(?:he|she|they|we|i|it)$|(?:the|a|an|this|that|his|her|their|its|one|two|three|several|some|many|other|another|both|each)\s)/u;
/** A noun phrase fit to be a speaker: a name, a pronoun, or a determiner phrase ("the minister"). */
export function isSpeakerLike(t: Token[], np: Span): boolean {
  const words = t.slice(firstAfter(t, np.start), firstAfter(t, np.end)).map((x) => x.text);
  const phrase = words.join(' ');
  if (/^(?:The|A|An|This|That)$/.test(phrase)) return false;
  // a name, a pronoun, a determiner phrase, or a lower-case title before a name ("former UN Ambassador John Bolton")
  return SPEAKER_LIKE.test(phrase) || words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|afternoon|evening|week|month|year|today|yesterday|tonight|recently)$/i;

/** Skips, walking left from `k`, adverbs, auxiliaries and short time phrases ("on Wednesday") before a verb. */
function skipFillersLeft(t: Token[], lo: number, k: number): number {
  for (;;) {
    if (k >= lo && isVerbFiller(t[k].text)) k--;
    else if (k >= lo && TIME_WORD.test(t[k].text)) {
      k--;
      while (k >= lo && /^(?:on|last|this|late|early|in|the|a|an)$/i.test(t[k].text)) k--;
    } else return k;
  }
}

function skipFillersRight(t: Token[], hi: number, k: number): number {
  for (;;) {
    if (k < hi && isVerbFiller(t[k].text)) k++;
    else if (k + 1 < hi && /^(?:on|last|this|late|early)$/i.test(t[k].text) && TIME_WORD.test(t[k + 1].text)) k += 2;
    else return k;
  }
}

/** The subject of the speech verb at token `v`, looking left no further than `lo`. */
function subjectBefore(t: Token[], lo: number, v: number): Span | null {
  let k = skipFillersLeft(t, lo, v - 1);
  // a parenthesis after the name: "Gov. Pat McCrory (R) said"
  if (k > lo && t[k].text === ')') {
    let j = k - 1;
    while (j > lo && j > k - 8 && t[j].text !== '(') j--;
    if (t[j].text === '(') k = skipFillersLeft(t, lo, j - 1);
  }
  if (k < lo) return null;
  if (t[k].text === ',') {
    // an apposition or a relative clause: "Song Young-gil, the leader of the delegation, said" / "Christie, who …, blasted"
    let j = k - 1;
    while (j >= lo && j > k - 30 && t[j].text !== ',' && !/^["“”]$/.test(t[j].text)) j--;
    if (j >= lo && t[j].text === ',') {
      const head = phraseEndingAt(t, lo, j);
      if (head) return head;
    }
    return phraseEndingAt(t, lo, k);
  }
  return phraseEndingAt(t, lo, k + 1);
}

/** "according to NP", with "according" inside [lo, hi) and the phrase ending before `npHi`. */
function accordingTo(t: Token[], lo: number, hi: number, npHi = hi): Span | null {
  for (let k = lo; k + 1 < hi; k++) {
    if (/^according$/i.test(t[k].text) && t[k + 1].text.toLowerCase() === 'to') return phraseStartingAt(t, k + 2, npHi);
  }
  return null;
}

/** Start of the sentence holding token `k`, walking back over quotations. */
function sentenceStart(view: ParagraphView, k: number): number {
  const t = view.tokens;
  let s = k;
  while (s > view.lo) {
    const inQuote = view.quoted.find((r) => r.first < s && s <= r.end - 1);
    if (inQuote) { s = inQuote.first; continue; }
    // a quotation closed by a full stop, then a capital: "…the timing." Gov. Pat McCrory said
    const closed = view.quoted.find((r) => r.end === s);
    if (closed && s < view.hi && /^\p{Lu}/u.test(t[s].text) && /[.!?]$/.test(t.slice(closed.first, closed.end).map((x) => x.text).join('').replace(/["”'’\s]+$/u, ''))) break;
    if (endsSentence(t, s - 1, view.hi) && !view.quoted.some((r) => r.first <= s - 1 && s - 1 < r.end)) break;
    s--;
  }
  return s;
}

const LEADING_ADVERBIAL = /^(?:in|on|at|after|before|during|for|while|although|though|as|since|despite|when|with|without|from|under|speaking|asked|but|and|so|yet|still|then|now|later|instead|meanwhile|however|also|separately|earlier|last|this|over|following|because|if|like|unlike|to|by)$/i;

/** The subject opening the sentence that starts at `s` (after a leading adverbial phrase or clause). */
function sentenceSubject(t: Token[], s: number, limit: number): Span | null {
  let k = s;
  if (k < limit && /^["“]$/.test(t[k].text)) {
    // “Promise mama …,” Blige sings to Clinton before asking her, …
    let j = k + 1;
    while (j < limit && !/^["”]$/.test(t[j].text)) j++;
    k = j + 1;
    while (k < limit && /^[,—–-]$/.test(t[k].text)) k++;
  }
  if (k < limit && LEADING_ADVERBIAL.test(t[k].text)) {
    let j = k;
    while (j < limit && j < k + 20 && t[j].text !== ',') j++;
    if (j >= limit || t[j].text !== ',') {
      if (/^(?:but|and|so|yet|still|then|now|also|however|meanwhile)$/i.test(t[k].text)) k++;
      else return null;
    } else k = j + 1;
  }
  const np = phraseStartingAt(t, k, limit);
  return np && isSpeakerLike(t, np) ? np : null;
}

/** Where the quotation at `q` (index into `view.quoted`) is attributed inside its own sentence, if it is. */
export function localSpeaker(view: ParagraphView, q: number): Span | null {
  const t = view.tokens;
  const seg = view.quoted[q];
  // the frame after the quotation: up to the end of the sentence or the next quotation
  const nextQuote = q + 1 < view.quoted.length ? view.quoted[q + 1].first : view.hi;
  let afterEnd = seg.end;
  while (afterEnd < nextQuote && !endsSentence(t, afterEnd, view.hi)) afterEnd++;
  // the frame before: back to the end of the previous sentence or quotation
  const prevQuote = q > 0 ? view.quoted[q - 1].end : view.lo;
  let beforeStart = seg.first;
  while (beforeStart > prevQuote && !endsSentence(t, beforeStart - 1, view.hi)) beforeStart--;

  const closing = t.slice(Math.max(seg.first, seg.end - 3), seg.end).map((x) => x.text).join('');
  const closesWithStop = /\.\s*(?:["”]|'')$/.test(closing) || /\.["”']+$/.test(closing);
  const label = inside(view, seg) ?? dashCredit(view, seg, afterEnd);
  if (label) return label;
  if (closesWithStop) {
    // after a quotation closed by a full stop, a new sentence attributes it only when it is no more than that:
    // "…." Kang said on Friday. / "…." said Del. Stacey Plaskett of the Virgin Islands.
    return before(view, seg, beforeStart, true) ?? after(view, seg, afterEnd, 16, true) ?? before(view, seg, beforeStart, false);
  }
  return after(view, seg, afterEnd, Infinity) ?? before(view, seg, beforeStart, false);
}

/** A transcript label opening the quotation: "WALLACE: …". */
function inside(view: ParagraphView, seg: { first: number; end: number }): Span | null {
  const t = view.tokens;
  const k = seg.first + 1;
  if (k + 1 < seg.end && /^\p{Lu}{2,}$/u.test(t[k].text) && t[k + 1].text === ':') return { start: t[k].start, end: t[k].end };
  return null;
}

/** A credit line after the quotation: "…" ― Jane Doe. */
function dashCredit(view: ParagraphView, seg: { first: number; end: number }, afterEnd: number): Span | null {
  const t = view.tokens;
  const a = seg.end;
  if (a + 1 >= afterEnd || !/^[―—–-]$/.test(t[a].text) || !/^\p{Lu}/u.test(t[a + 1].text)) return null;
  const np = phraseStartingAt(t, a + 1, afterEnd);
  return np && isSpeakerLike(t, np) ? np : null;
}

/** The attribution following the quotation within `afterEnd` (and at most `reach` tokens away). */
/** Whether the attribution's verb at `v` ends its clause ("Kang said." / "Kang said on Friday in Seoul."). */
function verbEndsClause(t: Token[], v: number, afterEnd: number): boolean {
  const k = skipFillersRight(t, afterEnd, v + 1);
  if (k < afterEnd && t[k].text === ',') return !/^["“]$/.test(t[k + 1]?.text ?? '');
  return k >= afterEnd || /^(?:[.;!?]|on|in|at|as|during|after|before|while|when|to|of|about|from|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(t[k].text);
}

function after(view: ParagraphView, seg: { first: number; end: number }, afterEnd: number, reach: number, strict = false): Span | null {
  const t = view.tokens;
  let a = seg.end;
  if (afterEnd - a > reach) return null;
  while (a < afterEnd && /^[,—–-]$/.test(t[a].text)) a++;
  if (a >= afterEnd) return null;
  const first = verbForm(t[a]);
  // "…," said Wang / "…," opined Cleveland's Plain Dealer
  if (INVERTING_VERBS.has(first) || FINITE_SPEECH_VERBS.has(first)) {
    const np = phraseStartingAt(t, a + 1, afterEnd);
    if (np) return np;
  }
  const acc = accordingTo(t, a, Math.min(afterEnd, a + 2), afterEnd);
  if (acc) return acc;
  // a quotation that ends without punctuation is seldom attributed after it ("so-called “pass-through” income, …")
  const body = t.slice(Math.max(seg.first, seg.end - 4), seg.end).map((x) => x.text).join('').replace(/["“”'’‘\s]+$/u, '');
  const punctuated = /[,.?!—–…:;-]$/.test(body) || /^[,—–-]$/.test(t[seg.end]?.text ?? '');
  // "…," the minister stressed / "…," Smith, a Republican, said / "…," federal prosecutors wrote / "…," the letter read
  const verbReach = Math.min(afterEnd, a + (punctuated ? 40 : 6));
  for (let v = a + 1; v < Math.min(afterEnd, a + 40); v++) {
    if (/^["“”]$/.test(t[v].text)) break;
    const w = verbForm(t[v]);
    if (!SPEECH_VERBS.has(w) || w.endsWith('ing')) continue;
    let end = skipFillersLeft(t, a, v - 1) + 1;
    if (end <= a) continue;
    // an apposition or a parenthesis between the subject and its verb: "Smith, a Republican from Ohio, said"
    const cut = t.slice(a, end).findIndex((x) => x.text === ',' || x.text === '(');
    if (cut > 0) end = a + cut;
    const near = v < verbReach;
    const np = near ? phraseStartingAt(t, a, end) : null;
    if (np && fitsVerbForm(t, w, np) && (punctuated ? cut > 0 || end - a <= 10 : cut < 0 && isSpeakerLike(t, np))) {
      const k = firstAfter(t, np.end);
      // "Mr. Morgan of the Sierra Club said"
      if ((np.end === t[end - 1].end || (k < end && /^(?:of|at|from|for|in|with|on)$/.test(t[k].text))) && (!strict || verbEndsClause(t, v, afterEnd))) return np;
    }
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
  return strict ? null : accordingTo(t, a, afterEnd);
}

/** Base forms double as nouns ("a comment", "the report"): they attribute only after a plural or personal subject. */
function fitsVerbForm(t: Token[], verb: string, subject: Span): boolean {
  const k = firstAfter(t, subject.end);
  // "restricted comments", "issued statements": a plural noun after a verb, not a verb
  if (k < t.length && /s$/.test(verb) && BASE_FORMS.has(verb.replace(/e?s$/, '')) && /^\p{Ll}+ed$/u.test(t[k - 1]?.text ?? '')) return false;
  const first = firstAfter(t, subject.start);
  // a subject never follows a preposition: "22% of Democratic claims" has no verb "claims"
  if (first > 0 && /^(?:of|for|in|on|by|with|to|from|at|about|against|into)$/i.test(t[first - 1].text)) return false;
  const text = t.slice(first, k).map((x) => x.text);
  const last = text[text.length - 1]?.toLowerCase() ?? '';
  if (/['’]s$/.test(last)) return false; // a possessive ("the woman's quotes") is no subject
  if (!BASE_FORMS.has(verb)) return true;
  return /^(?:they|we|i|you)$/.test(last) || (!/^(?:a|an)$/i.test(text[0] ?? '') && /[^s]s$/.test(last));
}

/**
 * For the subject of a reporting verb nested in another report, the outer reporter when it is named:
 * "Lynch said she recalled thinking, …" → Lynch; "Trump said that Clinton once described the deal as …" → Trump.
 */
function outerSpeaker(t: Token[], lo: number, v: number, inner: Span): Span | null {
  for (let u = firstAfter(t, inner.start) - 1; u >= lo; u--) {
    // a coordinated clause is a report of its own: "She said …, and when pressed, the mother of three replied"
    if (/^(?:;|and|but|while|when|although|though)$/i.test(t[u].text)) return null;
    const w = verbForm(t[u]);
    if (!FINITE_SPEECH_VERBS.has(w)) continue;
    const np = subjectBefore(t, lo, u);
    if (np && /^\p{Lu}/u.test(t[firstAfter(t, np.start)].text) && fitsVerbForm(t, w, np)) return np;
  }
  return null;
}

/** The attribution in the sentence before the quotation; with `adjacent`, only a verb right before it. */
function before(view: ParagraphView, seg: { first: number; end: number }, beforeStart: number, adjacent: boolean): Span | null {
  const t = view.tokens;
  let from = seg.first - 1;
  if (adjacent) {
    while (from >= beforeStart && /^(?:[,:]|that)$/.test(t[from].text)) from--;
    if (from < beforeStart || !SPEECH_VERBS.has(verbForm(t[from]))) return null;
  }
  // Carl Bialik: "…"
  if (!adjacent && seg.first - 1 > beforeStart && t[seg.first - 1].text === ':') {
    const label = phraseEndingAt(t, beforeStart, seg.first - 1);
    if (label && /^\p{Lu}/u.test(view.tokens[firstAfter(t, label.start)].text) && firstAfter(t, label.start) - beforeStart <= 3 && /\p{Lu}/u.test(t[seg.first - 2].text[0])) return label;
  }
  // Wang said: "…" / Kang called the move "a grave mistake" / According to Kang, "…"
  for (let v = from; v >= beforeStart && (!adjacent || v === from); v--) {
    const w = verbForm(t[v]);
    if (!SPEECH_VERBS.has(w)) continue;
    if (w === 'according' && v + 1 < seg.first && t[v + 1].text.toLowerCase() === 'to') {
      const acc = phraseStartingAt(t, v + 2, seg.first);
      if (acc) return acc;
    }
    if (w.endsWith('ing')) {
      // "footage of Trump saying …": a name right before the participle is its subject
      const own = v > beforeStart && t[v - 1].text !== ',' ? subjectBefore(t, beforeStart, v) : null;
      const ownLast = own ? t[firstAfter(t, own.end) - 1].text : '';
      if (own && /^(?:\p{Lu}|(?:he|she|they|we|i)$)/u.test(t[firstAfter(t, own.start)].text) && /^(?:\p{Lu}|(?:he|she|they|we|i)$)/u.test(ownLast) && fitsVerbForm(t, w, own)) return own;
      // "X mocked the complaint, saying …": the participle's subject is the sentence's
      const subject = sentenceSubject(t, sentenceStart(view, v), v);
      if (subject) return subject;
      continue;
    }
    // In other words, explained CBS moderator Nancy Cordes: "…"
    if (INVERTING_VERBS.has(w) && !/^(?:told|asked|tells|asks)$/.test(w) && v + 1 < seg.first && (v === beforeStart || /^[,:;]$/.test(t[v - 1].text))) {
      const inv = phraseStartingAt(t, v + 1, seg.first);
      const after = inv ? firstAfter(t, inv.end) : -1;
      if (inv && isSpeakerLike(t, inv) && /^\p{Lu}/u.test(t[v + 1].text) && after === seg.first - 1 && /^[,:]$/.test(t[after].text)) return inv;
    }
    const np = subjectBefore(t, beforeStart, v);
    if (np && isSpeakerLike(t, np) && fitsVerbForm(t, w, np)) return adjacent ? np : outerSpeaker(t, beforeStart, v, np) ?? np;
    if (INVERTING_VERBS.has(w)) {
      const inv = phraseStartingAt(t, v + 1, seg.first);
      if (inv && isSpeakerLike(t, inv) && /^[,:]?$/.test(t[firstAfter(t, inv.end)]?.text ?? '')) return inv;
    }
  }
  if (adjacent) return null;
  const acc = accordingTo(t, beforeStart, seg.first);
  if (acc) return acc;
  // a partial quotation inside a sentence: the subject of the sentence
  if (seg.first > view.lo) {
    const s = sentenceStart(view, seg.first);
    if (s < seg.first) {
      const subject = sentenceSubject(t, s, seg.first);
      if (subject && /^(?:\p{Lu}|(?:he|she|they|we|i)$)/u.test(view.tokens[firstAfter(t, subject.start)].text)) return subject;
    }
  }
  return null;
}

/** Index of the first token starting at or after `at`. */
function firstAfter(t: Token[], at: number): number {
  let lo = 0, hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For a quotation not attributed in its own sentence: a speaker named with a speech verb in the plain sentences
 * between the previous quotation of the paragraph and this one ("Cummings called him a master at it. “…”").
 * With `subjectOnly`, the subject of the sentence right before instead, when it is a name or a pronoun.
 */
export function precedingSpeaker(view: ParagraphView, q: number, subjectOnly: boolean): Span | null {
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
    const subject = s >= lo ? sentenceSubject(t, s, k) : null;
    return subject && /^(?:\p{Lu}|(?:he|she|they|we|i)$)/u.test(t[firstAfter(t, subject.start)].text) ? subject : null;
  }
  for (let v = k - 1; v >= lo; v--) {
    const w = verbForm(t[v]);
    if (!SPEECH_VERBS.has(w) || w.endsWith('ing')) continue;
    if (view.quoted.some((r) => r.first <= v && v < r.end)) continue;
    const s = sentenceStart(view, v);
    const np = subjectBefore(t, Math.max(s, lo), v);
    if (np && isSpeakerLike(t, np) && fitsVerbForm(t, w, np)) return np;
  }
  return null;
}
