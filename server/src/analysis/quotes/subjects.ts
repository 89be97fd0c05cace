/**
 * Finding the subject of a reporting verb: the noun phrase before it (over appositions, parentheses, adverbs and
 * time phrases), the subject opening a sentence (after a leading adverbial or dateline), "according to NP", and
 * the checks that a phrase can be a speaker at all.
 */
import type { Span, Token } from '../types';
import { apposedName, isNominal, isNounAfterLyAdjective, isVerbFiller, phraseEndingAt, phraseStartingAt } from './nounPhrase';
import { firstAfter, verbForm } from './paragraphView';
import { knowingSource } from './knowingSource';
import { participialSpeaker } from './participialSpeaker';
import { relativeSpeakerBefore } from './relativeClause';
import { withPlaceOfWork } from './placeOfWork';
import { roleWithComplement } from './roleComplement';
import { opensSourceComplement } from './sourceComplement';
import { BASE_FORMS, FINITE_SPEECH_VERBS } from './speechVerbs';

const SPEAKER_LIKE = /^(?:\p{Lu}|(?:he|she|they|we|i|it)$|(?:the|a|an|this|that|his|her|their|its|one|two|three|several|some|many|other|another|both|each)\s)/u;
/** A noun phrase fit to be a speaker: a name, a pronoun, or a determiner phrase ("the minister"). */
export function isSpeakerLike(t: Token[], np: Span): boolean {
  const words = t.slice(firstAfter(t, np.start), firstAfter(t, np.end)).map((x) => x.text);
  const phrase = words.join(' ');
  if (/^(?:The|A|An|This|That)$/.test(phrase)) return false;
  // a name, a pronoun, a determiner phrase, or a lower-case title before a name ("former UN Ambassador John Bolton")
  return SPEAKER_LIKE.test(phrase) || words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

export const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|afternoon|evening|week|month|year|today|yesterday|tonight|recently)$/i;

/** Skips, walking left from `k`, adverbs, auxiliaries and short time phrases ("on Wednesday") before a verb. */
export function skipFillersLeft(t: Token[], lo: number, k: number): number {
  for (;;) {
    if (k >= lo && isVerbFiller(t[k].text)) k--;
    else if (k >= lo && TIME_WORD.test(t[k].text)) {
      k--;
      while (k >= lo && /^(?:on|last|this|late|early|in|the|a|an)$/i.test(t[k].text)) k--;
    } else return k;
  }
}

export function skipFillersRight(t: Token[], hi: number, k: number): number {
  for (;;) {
    if (k < hi && isVerbFiller(t[k].text)) k++;
    else if (k + 1 < hi && /^(?:on|last|this|late|early)$/i.test(t[k].text) && TIME_WORD.test(t[k + 1].text)) k += 2;
    else return k;
  }
}

/** Participles whose passive subject still speaks: the one asked answers, the one quoted or cited said it. */
const SPEAKING_PATIENT = /^(?:asked|quoted|cited|pressed|questioned|interviewed)$/;
const BE_FORM = /^(?:is|are|was|were|be|been|being)$/i;

/**
 * Whether the speech verb at token `v` is a passive participle after a form of "be" ("The decision was announced",
 * "Reporters were told", "It is said"): its subject is what was said or who was told, not the one who spoke.
 */
export function isPassiveSpeech(t: Token[], lo: number, v: number): boolean {
  const w = t[v].text.toLowerCase();
  if (!/(?:ed|said|told|written|spoken|read|sung|sworn|put)$/.test(w) || SPEAKING_PATIENT.test(w)) return false;
  return beBefore(t, lo, v) >= 0;
}

/** Participles of perceiving or recording, whose passive subject is the one heard speaking: "was heard telling". */
export const PERCEIVED = /^(?:heard|overheard|seen|caught|filmed|recorded|captured|shown|pictured|spotted)$/i;

/**
 * The participle of perceiving before the speech participle at `v`: "heard" in "she was heard telling", "caught" in
 * "the coach was caught on camera shouting" (over "on camera", "on video", "on tape"). -1 when there is none, or
 * when it is no passive (a form of "be" before it).
 */
export function perceivedAt(t: Token[], lo: number, v: number): number {
  let k = v - 1;
  if (k - 1 >= lo && /^(?:camera|video|tape|film|microphone|mic)$/i.test(t[k].text) && /^on$/i.test(t[k - 1].text)) k -= 2;
  if (k < lo || !PERCEIVED.test(t[k].text)) return -1;
  return beBefore(t, lo, k) >= 0 ? k : -1;
}

/** The form of "be" before token `k`, over adverbs ("was also heard"); -1 when there is none. */
export function beBefore(t: Token[], lo: number, k: number): number {
  for (let j = k - 1; j >= lo; j--) {
    if (BE_FORM.test(t[j].text)) return j;
    if (!isVerbFiller(t[j].text)) return -1;
  }
  return -1;
}

/**
 * The agent of a passive speech verb at `v`, the one who spoke: "by the Commerce Ministry" in "The tariffs were
 * announced by the Commerce Ministry on Monday". Looks right, within its clause, no further than `hi`.
 */
export function passiveAgent(t: Token[], v: number, hi: number): Span | null {
  for (let k = v + 1; k < hi && k <= v + 8; k++) {
    if (/^[,;:.!?"“”]$/.test(t[k].text)) return null;
    if (/^by$/i.test(t[k].text)) {
      const np = phraseStartingAt(t, k + 1, hi);
      return np && isSpeakerLike(t, np) ? np : null;
    }
  }
  return null;
}

/** The subject of the speech verb at token `v`, looking left no further than `lo`; none for a passive verb. */
export function subjectBefore(t: Token[], lo: number, v: number): Span | null {
  if (isPassiveSpeech(t, lo, v) || isNounAfterLyAdjective(t, v)) return null;
  const k = skipFillersLeft(t, lo, v - 1);
  if (k < lo) return null;
  // "… French director Luc Besson, who said …": a relative clause's verb is said by the name before the comma.
  // (over the body one speaks for: "a spokesperson for the ministry, who said …" is the spokesperson; not over what
  // came from someone: "a sharp reply from the minister, who said …" is the minister's)
  if (/^who$/i.test(t[k].text) && k - 1 >= lo && t[k - 1].text === ',') {
    const name = nameEndingAt(t, lo, k - 1);
    const forBody = name !== null && t[firstAfter(t, name.start) - 1]?.text === 'for';
    return name && ((forBody ? voiceOf(t, lo, name) : null) ?? name);
  }
  if (t[k].text === ',') {
    // an apposition or a relative clause: "Song Young-gil, the leader of the delegation, said" /
    // "Christie, who …, blasted" / "Sen. John Doe (R-Ore.), who has backed Smith, said"
    const commaBefore = (from: number) => {
      let j = from;
      while (j >= lo && j > k - 30 && t[j].text !== ',' && !/^["“”]$/.test(t[j].text)) j--;
      return j;
    };
    const j = commaBefore(k - 1);
    if (j >= lo && t[j].text === ',') {
      const head = nameEndingAt(t, lo, j);
      if (head && !opensClause(t, lo, head)) {
        // the phrase sits inside an aside with commas of its own
        const c = commaBefore(firstAfter(t, head.start) - 1);
        const opener = c >= lo && t[c].text === ',' ? t[c + 1].text : '';
        // … that hangs on the phrase before it: "Wong, speaking alongside her British counterpart, David Lammy,
        // said" / "Ortiz, the editor of the city's largest paper, the Daily Star, said"
        if (/^(?:\p{Ll}+ing|\p{Ll}+ed|who|whose|which|the|a|an)$/u.test(opener)) {
          const outer = nameEndingAt(t, lo, c);
          if (outer && opensClause(t, lo, outer)) return outer;
        }
        // … or opens the sentence before its subject: "In Reno, after the vote in the state senate, Gov. Ann Lutz, said"
        if (/^(?:after|before|while|when|during|following|despite|in|at|on|since)$/.test(opener)) {
          const own = nameEndingAt(t, lo, k);
          if (own && opensClause(t, lo, own)) return own;
        }
      }
      // "A senior official at the ministry, who …, said"
      const voice = head ? voiceOf(t, lo, head) : null;
      if (voice) return voice;
      // "The spokesperson, Mao Ning, said": the name apposed to a role noun
      // (also after a role's complement: "China's special envoy for climate change, Liu Zhenmin, said")
      if (head) {
        const role = roleWithComplement(t, lo, head);
        return apposedName(t, head, k + 1) ?? (role && apposedName(t, role, k + 1)) ?? head;
      }
    }
    if (/^(?:who|which)$/i.test(t[j + 1]?.text ?? '')) return null;
    return nameEndingAt(t, lo, k);
  }
  // "When Chen joined the board, a columnist for the news site Caixin said"
  // "A woman who lost her home in the floods said": the one the clause describes, in full
  // (a time phrase that ends the clause is the clause's: "Workers who were laid off last year told reporters")
  let e = v - 1;
  while (e > k && isVerbFiller(t[e].text)) e--;
  const described = (e > k ? relativeSpeakerBefore(t, lo, e + 1, (end) => phraseEndingAt(t, lo, end)) : null) ?? relativeSpeakerBefore(t, lo, k + 1, (end) => phraseEndingAt(t, lo, end));
  if (described) return described;
  const np = nameEndingAt(t, lo, k + 1);
  if (!np) return null;
  // (a common noun's phrase that a preposition governs is its object, and the word after it a noun too: "… said
  // during the earnings call, “…”" has no subject "the earnings" of a verb "call")
  // ("A mother waiting outside a collapsed building said": the one described, not the building)
  return voiceOf(t, lo, np, true) ?? knowingSource(t, lo, np) ?? participialSpeaker(t, lo, np) ?? (governedCommonNoun(t, lo, np) ? null : np);
}

/** Prepositions that take a phrase as their object, after which no subject stands. */
const GOVERNING = /^(?:during|in|at|on|from|with|by|for|of|to|into|over|under|via|amid|throughout)$/;

/**
 * Whether `np` opens with a lower-case word other than a pronoun and a preposition governs it: "during the earnings"
 * (not "after she attacked", where "after" opens a clause).
 */
function governedCommonNoun(t: Token[], lo: number, np: Span): boolean {
  const first = firstAfter(t, np.start);
  return first - 1 >= lo && GOVERNING.test(t[first - 1].text) && /^\p{Ll}/u.test(t[first].text) && !/^(?:he|she|they|we|i|it|you)$/.test(t[first].text);
}

/**
 * The one who speaks for a body named in `np`, when `np` is the object of "with", "at", "for" or "from" after a
 * phrase opened by a determiner: "a senior official at the ministry", "a columnist for the news site Caixin" (over a
 * place or owner of the body: "the spokesperson for the Chinese Embassy in the UK"). The body is no speaker; the
 * one who speaks for it is. With `ofPlace` (no apposition between the phrase and its verb), so is the whole phrase
 * that "of" or "in" hangs `np` on, opening its clause: "a resident of the town told". Null when `np` is not so
 * governed.
 */
function voiceOf(t: Token[], lo: number, np: Span, ofPlace = false): Span | null {
  let p = firstAfter(t, np.start) - 1;
  let owner: Span | null = null; // the phrase the body's "of" or "in" hangs on: "a resident of the town"
  for (let n = 0; n < 2 && p > lo && /^(?:in|of|on)$/.test(t[p].text); n++) {
    const inner = phraseEndingAt(t, lo, p);
    if (!inner) break;
    owner ??= /^(?:of|in)$/.test(t[p].text) ? { start: inner.start, end: np.end } : null;
    p = firstAfter(t, inner.start) - 1;
  }
  if (!(p > lo && /^(?:with|at|for|from)$/.test(t[p].text))) return ofPlace && owner && isNominal(t, firstAfter(t, owner.start)) && opensClause(t, lo, owner) ? owner : null;
  const voice = phraseEndingAt(t, lo, p);
  if (!voice || !isNominal(t, firstAfter(t, voice.start))) return null;
  // "a person familiar with the matter": the source is described by what it knows, the whole phrase
  if (opensSourceComplement(t, p)) return { start: voice.start, end: np.end };
  // a voice in apposition to a name is that name's: "Sam Lee, the spokesperson for the campaign, said"
  const comma = firstAfter(t, voice.start) - 1;
  const name = comma > lo && t[comma].text === ',' ? phraseEndingAt(t, lo, comma) : null;
  // (a name that opens its clause, not one a preposition governs: "When the summit opened in Kazan, a columnist …")
  // ("a nurse at the hospital": an unnamed person described by where they work, in full)
  return name && /^\p{Lu}/u.test(t[firstAfter(t, name.start)].text) && !isNominal(t, firstAfter(t, name.start)) && opensClause(t, lo, name) ? name : withPlaceOfWork(t, voice, firstAfter(t, np.end)) ?? voice;
}

/** Whether the phrase `np` opens its clause: at `lo`, or after a comma, a colon, a dash, a quotation mark or a conjunction. */
function opensClause(t: Token[], lo: number, np: Span): boolean {
  const k = firstAfter(t, np.start) - 1;
  return k < lo || /^(?:[,;:(―—–"“”-]|and|but|or|so|yet|then|that|while|whereas|when|as|because|although|though|if|since|after|before|where)$/i.test(t[k].text);
}

/** The noun phrase ending before token `end`, over a parenthesis after a name: "Gov. Pat McCrory (R)". */
function nameEndingAt(t: Token[], lo: number, end: number): Span | null {
  if (end - 1 > lo && t[end - 1].text === ')') {
    let j = end - 2;
    while (j > lo && j > end - 10 && t[j].text !== '(') j--;
    if (t[j].text === '(') return phraseEndingAt(t, lo, j);
  }
  return phraseEndingAt(t, lo, end);
}

/** "according to NP", with "according" inside [lo, hi) and the phrase ending before `npHi`. */
export function accordingTo(t: Token[], lo: number, hi: number, npHi = hi): Span | null {
  for (let k = lo; k + 1 < hi; k++) {
    if (/^according$/i.test(t[k].text) && t[k + 1].text.toLowerCase() === 'to') return phraseStartingAt(t, k + 2, npHi);
  }
  return null;
}

const LEADING_ADVERBIAL = /^(?:in|on|at|after|before|during|for|while|although|though|as|since|despite|when|with|without|from|under|speaking|asked|but|and|so|yet|still|then|now|later|instead|meanwhile|however|also|separately|earlier|last|this|over|following|because|if|like|unlike|to|by)$/i;

/** Whether a sentence opens with an adverbial phrase before its first comma ("Reached by POLITICO, Bennett …"). */
function opensWithAdverbial(t: Token[], k: number, comma: number): boolean {
  const first = t[k].text;
  if (LEADING_ADVERBIAL.test(first)) return true;
  const lowerInside = t.slice(k + 1, comma).some((x) => /^\p{Ll}/u.test(x.text));
  return lowerInside && (/^\p{Lu}\p{Ll}{3,}(?:ing|ed|ly)$/u.test(first) || /^(?:amid|given|ever|once|until|throughout|within|beyond|except|outside|inside|across|along|around|near|next|nearly|almost|about|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|minutes|hours|days|weeks|months|years)$/i.test(first));
}

/** The subject opening the sentence that starts at `s` (after a leading adverbial phrase or clause). */
export function sentenceSubject(t: Token[], s: number, limit: number): Span | null {
  let k = s;
  if (k < limit && (/^["“‘]$/.test(t[k].text) || (t[k].text === "'" && t[k + 1]?.text !== "'"))) {
    // “Come home soon …,” Rivera sings to Park before asking her, … (or in single marks, ‘…,’)
    const close = /^["“]$/.test(t[k].text) ? /^["”]$/ : /^['’]$/;
    let j = k + 1;
    while (j < limit && !close.test(t[j].text)) j++;
    k = j + 1;
    while (k < limit && /^[,—–-]$/.test(t[k].text)) k++;
  }
  // a dateline: "Lisbon (AFP) – Socialist leader Ana Costa has …"
  for (let j = k + 1; j < Math.min(limit, k + 8); j++) {
    if (/^[―—–-]$/.test(t[j].text) && t[j - 1].text === ')' && t[j].start > t[j - 1].end) { k = j + 1; break; }
  }
  if (k < limit && /^(?:but|and|so|yet|still|then|now|also|however|meanwhile)$/i.test(t[k].text) && !(k + 1 < limit && t[k + 1].text === ',')) k++;
  let comma = k;
  while (comma < limit && comma < k + 25 && t[comma].text !== ',' && !/^[―—–]$/.test(t[comma].text)) comma++;
  if (k < limit && opensWithAdverbial(t, k, comma)) {
    if (comma >= limit || comma >= k + 25) return null;
    k = comma + 1;
  }
  const np = phraseStartingAt(t, k, limit);
  return np && isSpeakerLike(t, np) ? np : null;
}

/** Base forms double as nouns ("a comment", "the report"): they attribute only after a plural or personal subject. */
export function fitsVerbForm(t: Token[], verb: string, subject: Span): boolean {
  const k = firstAfter(t, subject.end);
  // after a modal any subject fits a bare form: "he will say", "she would tell"
  const modal = k < t.length && /^(?:will|would|could|should|might|may|can|must|to|did|does|do|'ll|’ll)$/i.test(t[k].text);
  // "restricted comments", "issued statements": a plural noun after a verb, not a verb
  if (k < t.length && /s$/.test(verb) && BASE_FORMS.has(verb.replace(/e?s$/, '')) && /^\p{Ll}+ed$/u.test(t[k - 1]?.text ?? '')) return false;
  const first = firstAfter(t, subject.start);
  // a subject never follows a preposition: "22% of Democratic claims" has no verb "claims"; but the name a relative
  // clause hangs on may ("chaired by director Luc Besson, who said")
  const relative = t[k]?.text === ',' && /^who$/i.test(t[k + 1]?.text ?? '');
  if (!relative && first > 0 && /^(?:of|for|in|on|by|with|to|from|at|about|against|into)$/i.test(t[first - 1].text)) return false;
  const text = t.slice(first, k).map((x) => x.text);
  const last = text[text.length - 1]?.toLowerCase() ?? '';
  if (/['’]s$/.test(last)) return false; // a possessive ("the woman's quotes") is no subject
  if (!BASE_FORMS.has(verb) || modal) return true;
  return /^(?:they|we|i|you)$/.test(last) || (!/^(?:a|an)$/i.test(text[0] ?? '') && (/[^s]s$/.test(last) || PLURAL_WITHOUT_S.test(last)));
}

/** Plural nouns without an -s, which take a bare verb like any plural: "some Western media describe", "people say". */
const PLURAL_WITHOUT_S = /^(?:people|media|police|children|men|women|folk|staff|personnel)$/;

/**
 * For the subject of a reporting verb nested in another report, the outer reporter when it is named:
 * "Lynch said she recalled thinking, …" → Lynch; "Trump said that Clinton once described the deal as …" → Trump.
 */
export function outerSpeaker(t: Token[], lo: number, inner: Span): Span | null {
  for (let u = firstAfter(t, inner.start) - 1; u >= lo; u--) {
    // a coordinated clause is a report of its own: "She said …, and when pressed, the mother of three replied";
    // so is a clause on a place: "Li spoke to reporters in the lobby, where the minister said …"
    if (/^(?:;|and|but|while|when|whereas|where|although|though)$/i.test(t[u].text)) return null;
    const w = verbForm(t[u]);
    if (!FINITE_SPEECH_VERBS.has(w)) continue;
    const np = subjectBefore(t, lo, u);
    if (np && /^\p{Lu}/u.test(t[firstAfter(t, np.start)].text) && fitsVerbForm(t, w, np)) return np;
  }
  return null;
}
