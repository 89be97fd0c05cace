/**
 * A straight quotation whose closing mark the writer forgot: `"We will win, he said. "Next year is ours," he added.`
 * Read in turns, its opening mark would pair with the next quotation's opening mark and swallow the attribution
 * between them. Where the forgotten mark belonged is read from what follows the opening one: before the comma of an
 * attribution clause (", he said.", ", said the minister."), or at the end of a sentence that runs right up to the
 * next opening mark (`said: "A. "B," she added.`).
 */
import { FINITE_SPEECH_VERBS } from './speechVerbs';

/** How many words an attribution clause after a quotation may hold: ", said the WHO chief at a briefing in Geneva." */
const MAX_CLAUSE_WORDS = 14;
/** The speaker's own words, not a reporter's attribution: "Yes, I told them so." */
const FIRST_OR_SECOND_PERSON = /^(?:I|me|my|we|us|our|you|your)$/i;
/** A sentence end inside the stretch: a stop before a space and a capital, or the stretch end. */
const SENTENCE_END = /[.!?…](?=\s+[\p{Lu}\p{N}"“]|\s*$)/u;

/**
 * Whether the words after a comma, up to the sentence end, are an attribution: a finite speech verb with no further
 * comma before it (the quotation's own commas come earlier: "green, open and clean, said …"), no "I"/"we"/"you".
 */
function isAttributionClause(clause: string): boolean {
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_CLAUSE_WORDS) return false;
  const bare = words.map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''));
  const verb = bare.findIndex((w) => FINITE_SPEECH_VERBS.has(w.toLowerCase()));
  return verb >= 0 && !words.slice(0, verb).some((w) => w.includes(',')) && !bare.some((w) => FIRST_OR_SECOND_PERSON.test(w));
}

/**
 * Where a quotation opened at `open` and left unclosed before `next` ends when an attribution clause follows its
 * words: just after the comma before the clause, which must end its sentence (", he said.") or lead by a comma to
 * the next mark (", he added, "…"); not ", he said: …", whose colon opens the quotation. Null when there is none.
 */
export function attributionCut(text: string, open: number, next: number): number | null {
  const stretch = text.slice(open, next);
  for (let c = stretch.indexOf(','); c > 0; c = stretch.indexOf(',', c + 1)) {
    if (!/[\p{L}\p{N}]/u.test(stretch.slice(0, c))) continue;
    const rest = stretch.slice(c + 1);
    // (the clause ends its sentence, or a comma goes on to the quotation's next part: ", he added, "…")
    const end = SENTENCE_END.exec(rest)?.index ?? /,\s*$/u.exec(rest)?.index;
    if (end !== undefined && isAttributionClause(rest.slice(0, end))) return open + c + 1;
  }
  return null;
}

/**
 * Where the straight quotation opened at `open` ends when the next straight mark, at `next`, opens another before any
 * closes it: at its attribution clause (see `attributionCut`), or after the stop ending the sentence right before
 * `next`. `dropped` when a colon introduces the later quotation (`"Asked about it, he said: "We …"`): the earlier
 * mark is the stray one. Null when none of these: the mark at `next` is then a stray one inside the quotation
 * ("constructive and "forward-looking,"").
 */
export function unclosedEnd(text: string, open: number, next: number): number | 'dropped' | null {
  const cut = attributionCut(text, open, next);
  if (cut !== null) return cut;
  const stretch = text.slice(open, next);
  if (/:\s+$/u.test(stretch)) return 'dropped';
  const stop = /[.!?…]\s+$/u.exec(stretch);
  return stop && /[\p{L}\p{N}]/u.test(stretch.slice(0, stop.index)) ? open + stop.index + 1 : null;
}

/** What may follow the verb of an attribution clause that ends a sentence: a time, a place, an occasion. */
const ADJUNCT_OPENER = /^(?:on|in|at|during|after|before|while|when|to|from|last|this|yesterday|today|tonight|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** A clause opening with one of these is the quotation's own words going on ("while most said …", "and we …"). */
const CLAUSE_LINK = /^(?:and|but|or|while|whereas|because|as|if|when|so|then|although|though|yet)$/i;

/**
 * Whether the last clause of a quotation, from `cut` to its final stop, is the quotation's attribution set inside its
 * marks: a subject opening with a capital or a determiner, a finite speech verb within six words (in lower case: not
 * "the United States"), and after it nothing, a time or place ("on Thursday", "in Geneva"), or whom it was told to
 * ("told reporters"); not a clause of its own ("he tweeted that", "said it would not matter").
 */
function isClosingAttribution(clause: string): boolean {
  const words = clause.replace(/[.!?]+$/u, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || CLAUSE_LINK.test(words[0]) || !/^(?:\p{Lu}|the$|a$|an$|one$|his$|her$|its$|their$)/u.test(words[0])) return false;
  const verb = words.findIndex((w) => FINITE_SPEECH_VERBS.has(w));
  if (verb < 1 || verb > 6) return false;
  const next = words[verb + 1];
  return next === undefined || ADJUNCT_OPENER.test(next) || (/^(?:told|tells)$/.test(words[verb]) && !/^(?:that|it|this)$/i.test(next));
}

/**
 * Where a quotation opened at `open` really ends when its closing mark, at `close`, was set one clause too late and
 * took in its own attribution: `"We will keep rates steady, the governor said." Markets rose.` The words after the
 * last comma are an attribution clause (see `isClosingAttribution`) that runs right up to the stop before the mark,
 * and nothing after the mark attributes the quotation (a new sentence or the paragraph end follows). The quotation
 * ends after that comma; null when the quotation is read whole.
 */
export function misplacedClose(text: string, open: number, close: number, closeEnd: number, blockEnd: number): number | null {
  const inside = text.slice(open, close);
  if (!/[.!?]$/u.test(inside) || !/^(?:\s+[\p{Lu}\p{N}“"]|\s*$)/u.test(text.slice(closeEnd, blockEnd))) return null;
  const c = inside.lastIndexOf(',');
  if (c < 0 || !/[\p{L}\p{N}]/u.test(inside.slice(0, c))) return null;
  const clause = inside.slice(c + 1);
  // (the clause is the quotation's last sentence: no stop before its end)
  return !/[.!?…]\s/u.test(clause) && isAttributionClause(clause) && isClosingAttribution(clause.trim()) ? open + c + 1 : null;
}
