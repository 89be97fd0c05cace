import type { Span, Token } from '../types';
import { isNameParticle, particlesBridge } from './nameParticles';
import { firstAfter } from './paragraphView';
import { PUBLIC_BODY_WORD } from './organizationKind';
import { FINITE_SPEECH_VERBS } from './speechVerbs';
import { opensSourceComplement } from './sourceComplement';

/** Personal pronouns that can be the source of a quotation. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'one', 'two', 'three', 'another', 'some', 'several', 'many', 'both', 'each', 'every', 'most', 'other']);
/** Words that end a noun phrase when walking over it (clause and phrase boundaries). */
const BREAKERS = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'when',
  'while', 'after', 'before', 'since', 'because', 'if', 'than', 'into', 'about', 'during', 'over', 'under', 'also', 'not', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'did', 'does',
  'do', 'so', 'then', 'said', 'says', 'told', 'added', 'later', 'earlier', 'once', 'again', 'just', 'still', 'even', 'only',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'there', 'here', 'where', 'how', 'what', 'why',
  'until', 'unless', 'like', 'unlike', 'such', 'though', 'although', 'whether', 'where', 'upon', 'toward', 'towards', 'through', 'against', 'without',
  // (prepositions of place, as "in" and "at": "farmers near the border" are farmers)
  'near', 'outside', 'inside', 'across', 'around', 'behind', 'beside', 'along', 'among', 'beyond', 'within', 'between',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'according',
  // (the stems of negated auxiliaries, split from their "n't": "the ruling doesn't …")
  'doesn', 'didn', 'isn', 'wasn', 'aren', 'weren', 'hasn', 'haven', 'hadn', 'wouldn', 'couldn', 'shouldn',
]);
/** Capitalized forms of function words that are first names ("Will Doyle", "May Chen"). */
const CAPITALIZED_NAMES = new Set(['Will', 'May', 'Can', 'Said', 'Don', 'Earl', 'Grant', 'Rich', 'Mark', 'Bill', 'Hope', 'Joy']);
/** A function word written as a name: "Will Doyle", or in capitals as an acronym ("US Ambassador", "WHO chief"). */
const isNameWord = (s: string) => CAPITALIZED_NAMES.has(s) || /^\p{Lu}{2,}$/u.test(s);
/**
 * "He" and "You" are also Chinese surnames: capitalized and followed at once by a capitalized given name they open a
 * name ("He Lifeng said", "Vice Premier He Lifeng"), not a pronoun.
 */
const isSurnamePronoun = (tokens: Token[], k: number) =>
  /^(?:He|You)$/.test(tokens[k].text) && k + 1 < tokens.length && tokens[k + 1].start - tokens[k].end === 1 && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1].text);
/** A pronoun or a clause word that ends a name when walking over it. */
const breaksName = (tokens: Token[], k: number) => {
  const w = tokens[k].text.toLowerCase();
  return ((BREAKERS.has(w) && !isNameWord(tokens[k].text)) || SUBJECT_PRONOUNS.has(w)) && !isSurnamePronoun(tokens, k);
};
/** Words inside a proper name that are not capitalized ("Secretary of State", "Party of Korea"). */
const NAME_GLUE = new Set(['of', 'for', 'the', "'s", '’s']);
/** A hyphen written between two words with no space ("Texas-based", "Kyung-wha") is part of the word. */
const isInnerHyphen = (tokens: Token[], k: number) =>
  /^[-‐]$/.test(tokens[k].text) && k > 0 && k + 1 < tokens.length && tokens[k - 1].end === tokens[k].start && tokens[k].end === tokens[k + 1].start;

/** "to" or "in" inside a diplomat's title, before the country: "Ambassador to Japan Kong Xuanyou", "Consul General in Hong Kong". */
const ENVOY_TITLE = /^(?:Ambassador|Envoy|Representative|Consul|General)$/;
/**
 * "for" inside a title or the name of a body, after its head noun: "Special Envoy for Climate John Kerry",
 * "Minister for Foreign Affairs Penny Wong", "Center for American Progress President Neera Tanden".
 */
const FOR_TITLE = /^(?:Envoy|Secretary|Minister|Commissioner|Representative|Ambassador|Coordinator|Adviser|Advisor|Director|Rapporteur|Undersecretary|Czar|Spokesperson|Spokesman|Spokeswoman|Center|Centre|Institute|Foundation|Campaign|Alliance|Coalition|Council|Committee|Commission|Fund|Office|Agency|Ministry|Society|Association|Network|Partnership|Project|Initiative|Board)$/;
const isTitlePreposition = (tokens: Token[], k: number) =>
  k > 0 && (/^(?:to|in)$/.test(tokens[k].text) ? ENVOY_TITLE : tokens[k].text === 'for' ? FOR_TITLE : null)?.test(tokens[k - 1].text) === true
  && k + 1 < tokens.length && (isCap(tokens[k + 1]) || (tokens[k + 1].text === 'the' && k + 2 < tokens.length && isCap(tokens[k + 2])));

/**
 * Whether the "and" at `k` joins two capitalized words inside the name of a public body rather than two names:
 * "the National Development and Reform Commission", "the Ministry of Industry and Information Technology" (a body's
 * head word within four words of it, every word between capitalized or "of"). "Trump and Biden" stays two phrases.
 */
function isNameConjunction(tokens: Token[], k: number, lo: number, hi: number): boolean {
  if (tokens[k].text !== 'and' || k - 1 < lo || k + 1 >= hi || !isCap(tokens[k - 1]) || !isCap(tokens[k + 1])) return false;
  const inName = (j: number) => j >= lo && j < hi && (isCap(tokens[j]) || tokens[j].text === 'of');
  for (let j = k + 1; j <= k + 4 && inName(j); j++) if (PUBLIC_BODY_WORD.test(tokens[j].text)) return true;
  for (let j = k - 1; j >= k - 4 && inName(j); j--) if (PUBLIC_BODY_WORD.test(tokens[j].text)) return true;
  return false;
}

/** A word that may stand inside a name but never opens or closes one: "of", "the", or a particle ("bin", "von"). */
const isGlue = (t: Token) => NAME_GLUE.has(t.text.toLowerCase()) || isNameParticle(t);

/**
 * Whether a phrase may take in token `k`, its `n`-th word after the first: seven words, or up to eleven while they
 * are a title written in capitals ("US Deputy Special Presidential Envoy for Climate Sue Biniaz").
 */
const withinReach = (tokens: Token[], k: number, n: number) =>
  n < 8 || (n < 12 && (isCap(tokens[k]) || isGlue(tokens[k]) || isTitlePreposition(tokens, k)));

/**
 * The apostrophe of a plural possessive, written against its -s word and followed by the noun it governs: "the
 * families' lawyers", "the workers' union".
 */
const isPluralPossessive = (tokens: Token[], k: number) =>
  /^['’]$/.test(tokens[k].text) && k > 0 && tokens[k - 1].end === tokens[k].start && /s$/i.test(tokens[k - 1].text)
  && tokens[k + 1] !== undefined && tokens[k + 1].start === tokens[k].end + 1 && /^\p{Ll}/u.test(tokens[k + 1].text);
const isWord = (t: Token) => /^[\p{L}\p{N}]/u.test(t.text) || t.text === "'s" || t.text === '’s';
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * Words in -ly that are no adverbs but adjectives or nouns, and so stay inside the phrase they stand in: "an elderly
 * woman", "a weekly column", "a friendly match", "the family", "an ally".
 */
const LY_NOT_ADVERB = /^(?:only|family|ally|italy|elderly|early|deadly|daily|weekly|monthly|quarterly|yearly|hourly|nightly|friendly|unfriendly|lonely|lovely|costly|likely|unlikely|orderly|burly|curly|ugly|holy|lively|timely|worldly|lowly|kindly|stately|unruly|grisly|scholarly|silly|jolly|assembly|anomaly|monopoly|rally|supply|reply|butterfly|lily|belly|bully)$/;

/** Quantifiers that take a partitive "of the": "one of the lawyers", "many of the victims". */
const PARTITIVE = /^(?:one|two|three|four|five|some|many|several|most|all|none|each|both|few|either|neither|any)$/i;

/** Whether token `k`, a word in -s after an adjective in -ly, is a plural noun, no verb: "the deadly attacks", "daily reports". */
export const isNounAfterLyAdjective = (tokens: Token[], k: number) =>
  k > 0 && /s$/.test(tokens[k].text) && LY_NOT_ADVERB.test(tokens[k - 1].text.toLowerCase());

/** Adverbs and auxiliaries that may stand between a subject and its verb ("he also said", "Kang has repeatedly said"). */
export function isVerbFiller(word: string): boolean {
  const w = word.toLowerCase();
  return /^[a-z]+ly$/.test(w) && !LY_NOT_ADVERB.test(w)
    || /^(?:also|has|had|have|would|will|once|again|later|then|further|had|was|is|later|just|often|still|even|never|already|previously|recently|also|first|now|reportedly|has|then|later)$/.test(w);
}

/**
 * A past tense after a noun is the verb of its clause, not a word of the phrase: "The Ukrainian leader urged member
 * states …" (whose "states" is then no verb with that phrase for subject). As an adjective it follows a determiner
 * or an adverb ("the two detained reporters", "the newly elected president") or is joined by a hyphen.
 */
function isVerbAfterHead(tokens: Token[], k: number): boolean {
  if (k === 0 || !/^\p{Ll}{3,}ed$/u.test(tokens[k].text)) return false;
  const before = tokens[k - 1].text;
  return /^\p{Ll}+$/u.test(before) && !DETERMINERS.has(before) && !/ly$/.test(before) && !NAME_GLUE.has(before);
}

/**
 * The noun phrase that ends just before token `end` (exclusive), not reaching below `lo`: a pronoun, a name
 * ("Sen. John McCain", "Secretary of State John Kerry"), or a determiner phrase ("the minister", "a senior official").
 */
export function phraseEndingAt(tokens: Token[], lo: number, end: number): Span | null {
  let i = end - 1;
  if (i < lo || !isWord(tokens[i])) return null;
  const last = tokens[i].text.toLowerCase();
  if (SUBJECT_PRONOUNS.has(last)) return { start: tokens[i].start, end: tokens[i].end };
  if ((BREAKERS.has(last) && !isNameWord(tokens[i].text)) || DETERMINERS.has(last)) return null;
  let first = i;
  let n = 0;
  for (let k = i - 1; k >= lo && withinReach(tokens, k, n + 1); k--, n++) {
    const t = tokens[k];
    const w = t.text.toLowerCase();
    if (tokens[k + 1].start - t.end > 1) break;
    if (isInnerHyphen(tokens, k) || isTitlePreposition(tokens, k) || (w === 'the' && k > 0 && isTitlePreposition(tokens, k - 1))) { first = k; continue; }
    if (DETERMINERS.has(w)) { first = k; break; }
    if (isPluralPossessive(tokens, k)) continue;
    if (!isWord(t) && t.text !== '.') break;
    if (isNameConjunction(tokens, k, lo, i + 1)) continue;
    if (breaksName(tokens, k)) break;
    // a particle with no name before it opens the surname: ", dos Santos says"
    if (isNameParticle(t) && !particlesBridge(tokens, k, -1, lo)) {
      if (particlesBridge(tokens, k, 1, i)) first = k;
      break;
    }
    if (NAME_GLUE.has(w) && w !== 'of' && !(k - 1 >= lo && isCap(tokens[k - 1]))) break;
    if (isVerbAfterHead(tokens, k)) break;
    first = k;
  }
  // a surname may open with its particle: "dos Santos says", "de Blasio said"
  while (first < i && isGlue(tokens[first]) && !DETERMINERS.has(tokens[first].text.toLowerCase()) && !(isNameParticle(tokens[first]) && particlesBridge(tokens, first, 1, i))) first++;
  // "that" before a name is a conjunction, not a determiner: "claimed that FBI Director James Comey …"
  if (first < i && tokens[first].text.toLowerCase() === 'that' && isCap(tokens[first + 1])) first++;
  return { start: tokens[first].start, end: tokens[i].end };
}

/** The noun phrase that starts at token `start`, not reaching `hi`: a pronoun, a name, or a determiner phrase. */
export function phraseStartingAt(tokens: Token[], start: number, hi: number): Span | null {
  if (start >= hi || !isWord(tokens[start])) return null;
  const w0 = tokens[start].text.toLowerCase();
  const surname = isSurnamePronoun(tokens, start);
  if (SUBJECT_PRONOUNS.has(w0) && !surname) return { start: tokens[start].start, end: tokens[start].end };
  if ((BREAKERS.has(w0) && !isNameWord(tokens[start].text) && !surname) || (NAME_GLUE.has(tokens[start].text) && !DETERMINERS.has(w0)) || (isNameParticle(tokens[start]) && !particlesBridge(tokens, start, 1, hi - 1))) return null;
  let last = start;
  for (let k = start + 1; k < hi && withinReach(tokens, k, k - start); k++) {
    const t = tokens[k];
    const w = t.text.toLowerCase();
    if (t.start - tokens[k - 1].end > 1) break;
    if (isInnerHyphen(tokens, k)) continue;
    if (isTitlePreposition(tokens, k) || (w === 'the' && isTitlePreposition(tokens, k - 1))) continue;
    if (isPluralPossessive(tokens, k) && k + 1 < hi) continue;
    if (!isWord(t) && t.text !== '.') break;
    if (isNameConjunction(tokens, k, start, hi)) continue;
    // "a person familiar with the matter": the complement of a word of knowing stays in the phrase, its article too
    const complement = opensSourceComplement(tokens, k) || (k - 1 > start && opensSourceComplement(tokens, k - 1) && DETERMINERS.has(w));
    if (complement && k + 1 < hi) { last = k; continue; }
    // (so does the participle of knowing that opens it: "officials briefed on the talks", no verb of their own)
    if (k + 2 < hi && /^\p{Ll}+ed$/u.test(t.text) && opensSourceComplement(tokens, k + 1)) { last = k; continue; }
    if (breaksName(tokens, k)) break;
    // "the Ohio governor and Democratic party chair": a conjunction of titles before a verb; but a numeral or
    // quantifier after a determiner stays in its phrase ("the two leaders", "the other ministers")
    if (DETERMINERS.has(w) && !/^(?:of|the|these|those|his|her|their|its|our|my)$/i.test(tokens[k - 1].text)) break;
    const possessive = w === "'s" || w === '’s';
    if (isNameParticle(t) && !particlesBridge(tokens, k, 1, hi - 1)) break;
    // ("the" after the "of" of a partitive opens its noun: "one of the lawyers", "some of the residents")
    const ofThe = w === 'the' && tokens[k - 1].text === 'of' && k - 2 >= start && PARTITIVE.test(tokens[k - 2].text) && k + 1 < hi && isWord(tokens[k + 1]);
    if (NAME_GLUE.has(w) && w !== 'of' && !possessive && !ofThe && !(k + 1 < hi && isCap(tokens[k + 1]))) break;
    if (possessive && !(k + 1 < hi && isWord(tokens[k + 1]))) break;
    if (w === 'of' && !(k + 1 < hi && /^[\p{L}\p{N}]/u.test(tokens[k + 1].text))) break;
    // (an adverb right after the article modifies the adjective after it: "a visibly angry Klopp", "the newly
    // elected mayor")
    const modifiesAdjective = k === start + 1 && /^(?:a|an|the)$/.test(w0) && /^\p{Ll}+ly$/u.test(t.text) && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '');
    if (isVerbFiller(w) && !isCap(t) && !modifiesAdjective) break;
    // a past tense right after a name ends the phrase: "The Chinese Foreign Ministry issued …"; so does one before
    // its object's determiner: "The two leaders issued a joint statement"
    if (/^\p{Ll}+ed$/u.test(t.text) && (isCap(tokens[k - 1]) || DETERMINERS.has(tokens[k + 1]?.text.toLowerCase() ?? ''))) break;
    if (isVerbAfterHead(tokens, k)) break;
    // so does a participle with its agent: "a statement released by the embassy" is a statement (the agent is its source)
    if (/^\p{Ll}+(?:ed|en)$/u.test(t.text) && tokens[k + 1]?.text === 'by') break;
    if (FINITE_SPEECH_VERBS.has(t.text) && !isNounAfterLyAdjective(tokens, k)) break;
    last = k;
  }
  while (last > start && isGlue(tokens[last])) last--;
  if (last === start && DETERMINERS.has(w0)) return null;
  return { start: tokens[start].start, end: tokens[last].end };
}

const NOMINAL_OPENER = /^(?:the|a|an|his|her|its|their|our|this|that)$/i;

/** Whether the phrase is a common noun phrase opened by a determiner: "the spokesperson", "the 38-year-old Croatian". */
export function isNominal(tokens: Token[], start: number): boolean {
  return NOMINAL_OPENER.test(tokens[start]?.text ?? '');
}

const POSSESSIVE = /^['’]s$/;
/**
 * Whether the phrase of tokens [start, end) is a role held by someone: opened by a determiner ("the spokesperson",
 * "one resident") or a possessive ("the ministry's spokesperson", "China's top diplomat": the possessive before or
 * inside it, before a lower-case word).
 */
function isRolePhrase(tokens: Token[], start: number, end: number): boolean {
  // ("one resident, Olena, said": "one" opens a role as "a" does)
  if (isNominal(tokens, start) || /^one$/i.test(tokens[start].text) || (start > 0 && POSSESSIVE.test(tokens[start - 1].text))) return true;
  for (let k = start + 1; k + 1 < end; k++) if (POSSESSIVE.test(tokens[k].text) && /^\p{Ll}/u.test(tokens[k + 1].text)) return true;
  return false;
}

/**
 * The name set off by commas right after the nominal phrase `np`, before token `hi`:
 * "the spokesperson, Liu Pengyu," / "the 38-year-old Croatian, Luka Modric." / "China's top diplomat, Wang Yi," — a
 * name in capitals only, closed by a comma, a full stop or `hi`. Null when there is none.
 */
export function apposedName(tokens: Token[], np: Span, hi: number): Span | null {
  const start = firstAfter(tokens, np.start), end = firstAfter(tokens, np.end);
  if (!isRolePhrase(tokens, start, end) || end + 1 >= hi || tokens[end].text !== ',' || !isCap(tokens[end + 1])) return null;
  const name = phraseStartingAt(tokens, end + 1, hi);
  if (!name) return null;
  let k = end + 1;
  while (k < hi && tokens[k].end <= name.end) k++;
  for (let j = end + 1; j < k; j++) if (!(isCap(tokens[j]) || isGlue(tokens[j]) || isInnerHyphen(tokens, j) || tokens[j].text === '.')) return null;
  return k >= hi || /^[,.;)]$/.test(tokens[k].text) ? name : null;
}

