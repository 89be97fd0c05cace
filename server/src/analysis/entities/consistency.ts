import { retypeCelestialBodies } from './celestialBodies';
import type { EntityType, RawMention, Token } from '../types';
import { applyRules, SPAN_REPAIRS, TYPE_RULES } from './documentRules';
import { NO_GAZETTEER, type Gazetteer } from './gazetteer';
import { tokenEndingAt } from '../tokens/tokenIndex';

/**
 * Document-level consistency over the whole article's mentions (absolute offsets):
 *  0. the span repairs of `documentRules.ts` (`SPAN_REPAIRS`): calendar ranges dropped, titles and clause words
 *     trimmed, names cut at a particle or a surname joined;
 *  1. the same string gets the type with the most (score-weighted) votes, unless a mention is much surer of its
 *     own type than the vote; then what the article says of a name mends or re-types it, rule by rule in the order
 *     of `TYPE_RULES` (institutions by their head word, bracketed acronyms, groups, envoys, states, products, events …);
 *  2. every single word of a multi-word person name ("Wang" of "Wang Yi", "Moon" of "Moon Jae-in") is that person,
 *     an Arabic article capitalized as a sentence opens it ("Al-Sharaa" of "Ahmed al-Sharaa");
 *  3. unlabeled repetitions, on token boundaries, of a string tagged elsewhere become mentions of its type;
 *  4. "the Moon" and "the Earth" are places (`celestialBodies.ts`), whatever steps 1-3 made of "Moon".
 * `gazetteer`: what the recognizer's gazetteers know of a name, for the rules that ask. Pure; linear in the text for
 * each distinct mention string.
 */

const COMMON = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'he', 'she', 'it', 'we',
  'they', 'i', 'in', 'on', 'at', 'of', 'and', 'but', 'mr', 'mrs', 'ms', 'dr', 'president', 'minister',
  // Royal and religious titles CoNLL-2003 keeps inside a name ("Prince Faisal bin Farhan"): alone, no one's name.
  'prince', 'princess', 'sheikh', 'emir', 'pope',
]);

/** The Arabic article written in lower case inside a name, joined to the next word: "al-Sharaa", "el-Sisi". */
const ARTICLE_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

/** A mention at least this sure of its own type keeps it against the document vote. */
const KEEP_OWN_TYPE = 0.9;

/** How sure a mention must be for its string to be repeated over the article's untagged text. */
const REPEAT_SCORE = 0.6;
/**
 * A person's full name the tagger was less sure of is still repeated where it swallows a detected person ending
 * with it: "Bad Bunny" written mid-sentence, then "Bad Bunny performed …" opening one, where the tagger took the
 * capital of "Bad" for the sentence's and found "Bunny" alone.
 */
const REPEAT_SCORE_OVER_PERSON = 0.5;

/** The leading run of letters and digits of a string: how candidates are matched to tokens. */
const FIRST_WORD = /^[\p{L}\p{M}\p{N}]+/u;

interface Vote { total: number; byType: Map<EntityType, number> }

export function harmonizeTypes(text: string, mentions: RawMention[], tokens: Token[], gazetteer: Gazetteer = NO_GAZETTEER): RawMention[] {
  let out = applyRules(SPAN_REPAIRS, text, mentions, tokens, gazetteer).map((m) => ({ ...m }));
  const key = (m: RawMention) => text.slice(m.start, m.end);
  // 1. Majority type per string.
  const votes = new Map<string, Vote>();
  const vote = (k: string, type: EntityType, w: number) => {
    const v = votes.get(k) ?? { total: 0, byType: new Map() };
    v.total += w;
    v.byType.set(type, (v.byType.get(type) ?? 0) + w);
    votes.set(k, v);
  };
  for (const m of out) vote(key(m), m.type, m.origin === 'user' || m.origin === 'confirmed' ? 10 : m.score ?? 0.5);
  const winner = (k: string): EntityType | null => {
    const v = votes.get(k);
    if (!v) return null;
    let best: EntityType | null = null, bestW = -1;
    for (const [t, w] of v.byType) if (w > bestW) { best = t; bestW = w; }
    return best;
  };
  for (const m of out) {
    if (m.origin === 'user' || m.origin === 'confirmed') continue;
    const w = winner(key(m));
    if (w && w !== m.type && (m.score ?? 0.5) < KEEP_OWN_TYPE) m.type = w;
  }
  out = applyRules(TYPE_RULES, text, out, tokens, gazetteer);
  votes.clear();
  for (const m of out) vote(key(m), m.type, m.origin === 'user' || m.origin === 'confirmed' ? 10 : m.score ?? 0.5);
  // 2. Parts of multi-word person names.
  const personParts = new Map<string, number>();
  for (const m of out) {
    if (m.type !== 'person') continue;
    const words = key(m).split(/\s+/);
    if (words.length < 2) continue;
    for (const word of words) {
      // "al-Sharaa" of "Ahmed al-Sharaa" opens a sentence as "Al-Sharaa", and stays "al-Sharaa's" inside one
      const w = ARTICLE_PREFIX.test(word) ? word[0].toUpperCase() + word.slice(1) : word;
      if (!/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(w) || COMMON.has(w.toLowerCase())) continue;
      personParts.set(w, Math.max(personParts.get(w) ?? 0, m.score ?? 0.5));
      if (w !== word) personParts.set(word, Math.max(personParts.get(word) ?? 0, m.score ?? 0.5));
    }
  }
  for (const m of out) {
    if (m.origin === 'user' || m.origin === 'confirmed') continue;
    if (personParts.has(key(m)) && m.type !== 'person') m.type = 'person';
  }
  // 3. Untagged repetitions, found token by token (linear in the document): candidates by their first word.
  const candidates = new Map<string, { type: EntityType; score: number }>();
  for (const m of out) {
    const k = key(m);
    if (k.length < 2 || !/^\p{Lu}/u.test(k) || COMMON.has(k.toLowerCase())) continue;
    const w = personParts.has(k) ? 'person' : winner(k) ?? m.type;
    const prev = candidates.get(k);
    if (!prev || (m.score ?? 0.5) > prev.score) candidates.set(k, { type: w, score: m.score ?? 0.5 });
  }
  for (const [k, s] of personParts) if (!candidates.has(k)) candidates.set(k, { type: 'person', score: s });
  const byFirstWord = new Map<string, [string, { type: EntityType; score: number }][]>();
  for (const [k, c] of candidates) {
    if (c.score < (c.type === 'person' ? REPEAT_SCORE_OVER_PERSON : REPEAT_SCORE)) continue;
    const first = FIRST_WORD.exec(k)?.[0] ?? k;
    const list = byFirstWord.get(first) ?? [];
    list.push([k, c]);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b[0].length - a[0].length);
  // Which mention covers each character (-1: none; -2: a repetition added here).
  const owner = new Int32Array(text.length + 1).fill(-1);
  out.forEach((m, i) => owner.fill(i, m.start, m.end));
  const dropped = new Set<number>();
  const added: RawMention[] = [];
  const inside: number[] = [];
  for (const t of tokens) {
    // A token a detection starts at may open a longer repetition ("Ne Zha" of a later "Ne Zha 2"); one inside a
    // mention may not.
    const o0 = owner[t.start];
    if (o0 !== -1 && (o0 < 0 || out[o0].start !== t.start)) continue;
    // Every candidate starts with a capital: a token whose first character has no upper case cannot start one.
    const c = t.text.charCodeAt(0);
    if (c < 65 || (c > 90 && c < 192) || (c >= 192 && t.text[0] === t.text[0].toLowerCase())) continue;
    const first = FIRST_WORD.exec(t.text)?.[0] ?? t.text;
    const list = byFirstWord.get(first);
    if (!list) continue;
    // (longest first: at a detection's start, only names longer than it are worth a look)
    const ownLength = o0 >= 0 ? out[o0].end - out[o0].start : 0;
    for (const [k, c] of list) {
      if (k.length <= ownLength) break;
      const end = t.start + k.length;
      if (!text.startsWith(k, t.start) || tokenEndingAt(tokens, end) === undefined) continue;
      // A repetition of a name the article tags in full wins over detections lying strictly inside it
      // ("Area Defense" inside another "Terminal High Altitude Area Defense"), never over user decisions.
      inside.length = 0;
      let free = true;
      for (let i = t.start; i < end && free; i++) {
        const o = owner[i];
        if (o === -1) continue;
        const m = o >= 0 ? out[o] : undefined;
        if (!m || m.start < t.start || m.end > end || m.origin === 'user' || m.origin === 'confirmed') free = false;
        else if (inside[inside.length - 1] !== o) inside.push(o);
      }
      if (!free || (c.score < REPEAT_SCORE && !inside.some((o) => out[o].type === 'person' && out[o].end === end))) continue;
      for (const o of inside) dropped.add(o);
      added.push({ start: t.start, end, type: c.type, score: c.score * 0.9, origin: 'detected' });
      owner.fill(-2, t.start, end);
      break;
    }
  }
  // Last, what no vote may undo: "the Moon" is a place, whoever else is called Moon.
  return retypeCelestialBodies(text, [...out.filter((_, i) => !dropped.has(i)), ...added].sort((a, b) => a.start - b.start || b.end - a.end));
}
