/**
 * Attributions that precede a quotation in its sentence: Kang said: "…" / Wang called the move "a grave mistake" /
 * According to Kang, "…" / Carl Bialik: "…" / the subject of the sentence holding a partial quotation.
 */
import type { Span, Token } from '../types';
import { displayedOn } from './displayedWords';
import { isNamingParticiple } from './namingParticiple';
import { phraseEndingAt, phraseStartingAt } from './nounPhrase';
import { firstAfter, sentenceStart, verbForm, type ParagraphView } from './paragraphView';
import { afterQaLabel } from './speakerLabel';
import { INVERTING_VERBS, SPEECH_VERBS } from './speechVerbs';
import { accordingTo, fitsVerbForm, isPassiveSpeech, isSpeakerLike, outerSpeaker, passiveAgent, sentenceSubject, skipFillersLeft, subjectBefore } from './subjects';

/**
 * The attribution in the sentence before the quotation; with `adjacent`, only a verb right before it; with
 * `reported`, only one made by a reporting verb or "according to" (not the bare subject of the sentence).
 */
export function attributionBefore(view: ParagraphView, seg: { first: number; end: number }, beforeStart: number, adjacent: boolean, reported = false): Span | null {
  const t = view.tokens;
  let from = seg.first - 1;
  if (adjacent) {
    while (from >= beforeStart && /^(?:[,:]|that)$/.test(t[from].text)) from--;
    if (from < beforeStart || !SPEECH_VERBS.has(verbForm(t[from]))) return null;
  }
  // Carl Bialik: "…"
  if (!adjacent && seg.first - 1 > beforeStart && t[seg.first - 1].text === ':') {
    const label = phraseEndingAt(t, beforeStart, seg.first - 1);
    const at = label ? firstAfter(t, label.start) : -1;
    // the label is all there is before the colon (or after a dash): not "Schilling told WEEI: …"
    if (label && /^\p{Lu}/u.test(t[at].text) && /\p{Lu}/u.test(t[seg.first - 2].text[0]) && (at === beforeStart || /^[―—–-]$/.test(t[at - 1].text))) return label;
  }
  // Wang said: "…" / Kang called the move "a grave mistake" / According to Kang, "…"
  let passive = false;
  let nearer = false; // a speech verb nearer the quotation came first
  for (let v = from; v >= beforeStart && (!adjacent || v === from); v--) {
    const w = verbForm(t[v]);
    // "the film, dubbed “…”," / "the laureate often called the “…”" / "the striker, known as “…”": a name given, by
    // no one the sentence names
    if (isNamingParticiple(t, beforeStart, v, seg.first)) {
      passive = true;
      break;
    }
    if (!SPEECH_VERBS.has(w)) continue;
    if (w === 'according' && v + 1 < seg.first && t[v + 1].text.toLowerCase() === 'to') {
      const acc = phraseStartingAt(t, v + 2, seg.first);
      if (acc) return acc;
    }
    if (w.endsWith('ing')) {
      // "Xinhua quoted Wang Yi as saying …": the one quoted, not the one quoting
      const quotedOne = v - 1 > beforeStart && t[v - 1].text.toLowerCase() === 'as' ? quotedAs(t, beforeStart, v - 1) : null;
      if (quotedOne) return quotedOne;
      // "…, with Japan's envoy adding: …": the phrase "with" governs is the participle's subject (an absolute clause),
      // not a companion of the one named before it
      const absolute = withSubject(t, beforeStart, v);
      if (absolute) return absolute;
      // "a fisherman waving a banner reading “…”": the words are the banner's, written, not its bearer's speech
      const shown = displayedOn(t, beforeStart, v);
      if (shown) return shown;
      // "footage of Trump saying …": a name right before the participle is its subject
      const own = v > beforeStart && t[v - 1].text !== ',' ? subjectBefore(t, beforeStart, v) : null;
      const ownLast = own ? t[firstAfter(t, own.end) - 1].text : '';
      if (own && /^(?:\p{Lu}|(?:he|she|they|we|i)$)/u.test(t[firstAfter(t, own.start)].text) && /^(?:\p{Lu}|(?:he|she|they|we|i)$)/u.test(ownLast) && fitsVerbForm(t, w, own)) return own;
      // "…, said Wang Li, adding that …": the participle's subject is the one a reporting verb put after it
      const inverted = v > beforeStart && t[v - 1].text === ',' ? invertedBefore(t, beforeStart, v - 1) : null;
      if (inverted) return inverted;
      // "X mocked the complaint, saying …": the participle's subject is the sentence's
      const subject = sentenceSubject(t, sentenceStart(view, v), v);
      if (subject) return subject;
      nearer = true;
      continue;
    }
    // "The tariffs were announced by the ministry as …": the agent speaks; "X was said to be “furious”" names no
    // one who spoke, and its subject is no speaker, so no other subject of the sentence is either
    // (only the report nearest the quotation: "Obama is reported to have called them “free riders”" is Obama's)
    if (isPassiveSpeech(t, beforeStart, v)) {
      const agent = passiveAgent(t, v, seg.first);
      if (agent) return agent;
      if (nearer) continue;
      passive = true;
      break;
    }
    // "the deal, which officials called “…”": the subject of the relative clause, not the noun it hangs on
    const relative = relativeSubject(t, beforeStart, v, seg.first);
    if (relative) return relative;
    nearer = true;
    // In short, explained the debate moderator Ana Ruiz: "…"
    if (INVERTING_VERBS.has(w) && !/^(?:told|asked|tells|asks)$/.test(w) && v + 1 < seg.first && (v === beforeStart || /^[,:;]$/.test(t[v - 1].text))) {
      const inv = phraseStartingAt(t, v + 1, seg.first);
      const after = inv ? firstAfter(t, inv.end) : -1;
      if (inv && isSpeakerLike(t, inv) && /^\p{Lu}/u.test(t[v + 1].text) && after === seg.first - 1 && /^[,:]$/.test(t[after].text)) return inv;
    }
    const np = subjectBefore(t, beforeStart, v);
    if (np && isSpeakerLike(t, np) && fitsVerbForm(t, w, np)) return adjacent ? np : outerSpeaker(t, beforeStart, np) ?? np;
    // "Carson did not name his opponents, but told his supporters, …": the subject of the coordinated verb
    if (!np && v > beforeStart && /^(?:and|but)$/i.test(t[skipFillersLeft(t, beforeStart, v - 1)]?.text ?? '')) {
      const subject = sentenceSubject(t, sentenceStart(view, v), v);
      if (subject) return subject;
    }
    if (INVERTING_VERBS.has(w) && !/^(?:told|asked|tells|asks)$/.test(w)) {
      const inv = phraseStartingAt(t, v + 1, seg.first);
      if (inv && isSpeakerLike(t, inv) && /^[,:]?$/.test(t[firstAfter(t, inv.end)]?.text ?? '')) return inv;
    }
  }
  if (adjacent) return null;
  const acc = accordingTo(t, beforeStart, seg.first);
  if (acc) return acc;
  // a partial quotation inside a sentence: the subject of the sentence (not of a passive report)
  if (!reported && !passive && seg.first > view.lo) {
    // (a Q&A label is no part of the sentence: "Answer: …" names no one)
    const s = Math.max(sentenceStart(view, seg.first), afterQaLabel(t, view.lo, view.hi));
    if (s < seg.first) {
      const subject = sentenceSubject(t, s, seg.first);
      if (subject && /^(?:\p{Lu}|(?:he|she|they|we|i)$)/u.test(view.tokens[firstAfter(t, subject.start)].text)) return subject;
    }
  }
  return null;
}

/**
 * The subject a reporting verb puts after it, ending at the comma `comma`: "…, said Wang Li," / "…, said Zhou Bin, a
 * local official," (the name before an apposition). Not after "told" or "asked", whose object follows them, nor
 * after a verb that follows its subject ("Cook wrote this week, adding …").
 */
function invertedBefore(t: Token[], lo: number, comma: number): Span | null {
  let np = phraseEndingAt(t, lo, comma);
  for (let n = 0; np && n < 2; n++) {
    const k = firstAfter(t, np.start) - 1;
    if (k < lo) return null;
    const w = verbForm(t[k]);
    // (inverted only after the clause it reports: "…, said X", not "Cook wrote this week")
    if (INVERTING_VERBS.has(w) && !/^(?:told|asked|tells|asks)$/.test(w)) return k > lo && /^[,"”'’]$/.test(t[k - 1].text) && isSpeakerLike(t, np) ? np : null;
    // an apposition: go back over it to the name before its comma
    np = t[k].text === ',' && /^(?:a|an|the)$/i.test(t[k + 1].text) ? phraseEndingAt(t, lo, k) : null;
  }
  return null;
}

/** The object of "quoted X as" / "cited X as" ending before token `as` ("Xinhua quoted Wang Yi as saying"). */
export function quotedAs(t: Token[], lo: number, as: number): Span | null {
  for (let k = as - 2; k >= lo && k >= as - 10; k--) {
    if (/^[,;:.]$/.test(t[k].text)) return null;
    if (!/^(?:quoted|quoting|quotes|cited|citing|cites)$/.test(t[k].text)) continue;
    const np = phraseStartingAt(t, k + 1, as);
    return np && firstAfter(t, np.end) === as && isSpeakerLike(t, np) ? np : null;
  }
  return null;
}

/**
 * The subject of a relative clause whose verb reports the quotation: "the deal, which officials called “…”". A bare
 * plural counts here ("officials"), as the relative pronoun shows it a subject. Not after "that", which also opens
 * reported speech ("Kim said that Lee once called the plan “…”"), whose words the reporting speaker stands behind.
 */
function relativeSubject(t: Token[], lo: number, v: number, quoteFirst: number): Span | null {
  // (the clause reports the quotation itself: its verb is near it, with no comma between)
  if (quoteFirst - v > 6 || t.slice(v + 1, quoteFirst).some((x) => x.text === ',')) return null;
  const k = skipFillersLeft(t, lo, v - 1);
  if (k < lo) return null;
  const np = phraseEndingAt(t, lo, k + 1);
  if (!np) return null;
  const first = firstAfter(t, np.start);
  // (a possessive is no subject: "which Lee's remarks …" has a noun, not a verb, after it)
  if (/['’]s$/.test(t[k].text)) return null;
  return first - 1 >= lo && /^(?:which|whom)$/.test(t[first - 1].text) ? np : null;
}

/**
 * The subject of an absolute clause "with NP V-ing" ending before the participle at `v` (over adverbs): "with
 * Japan's envoy adding", "with the Kenyan delegation saying". Only a phrase that names someone, in capitals: "with a
 * harsh response saying" is a manner, not a speaker.
 */
function withSubject(t: Token[], lo: number, v: number): Span | null {
  const np = phraseEndingAt(t, lo, skipFillersLeft(t, lo, v - 1) + 1);
  const first = np ? firstAfter(t, np.start) : -1;
  const named = np !== null && t.slice(first, firstAfter(t, np.end)).some((x) => /^\p{Lu}/u.test(x.text));
  return np && named && first - 1 >= lo && t[first - 1].text === 'with' && isSpeakerLike(t, np) ? np : null;
}
