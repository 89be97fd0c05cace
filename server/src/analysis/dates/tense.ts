import type { Sentence, Token } from '../types';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

const FUTURE = new Set(['will', "'ll", 'shall', "won't", 'wo', 'would', 'could', 'might', 'upcoming', 'soon', 'resume', 'plans', 'plan', 'planned', 'scheduled',
  'expects', 'expect', 'expected', 'intends', 'aims', 'due', 'next', 'coming', 'ahead', 'forthcoming', 'planning']);
const PAST = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'met', 'made', 'took', 'went', 'came', 'gave', 'saw',
  'began', 'left', 'held', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'paid', 'spent', 'set', 'put', 'got', 'found',
  'became', 'brought', 'kept', 'ran', 'hit', 'led', 'struck', 'broke', 'wrote', 'spoke', 'sent', 'built', 'meant', 'knew',
  'thought', 'felt', 'grew', 'drew', 'threw', 'flew', 'stood', 'sat', 'ago', 'last', 'earlier', 'previously', 'former',
  'yesterday', 'wasn', 'weren', 'didn', 'hadn']);
const PRESENT = new Set(['is', 'are', 'am', 'says', 'has', 'have', 'does', 'do', 'today', 'now', 'currently']);
/** Common adjectives and nouns ending in -ed that are not verbs. */
const NOT_VERB_ED = new Set(['need', 'red', 'bed', 'speed', 'seed', 'feed', 'hundred', 'indeed', 'shed', 'led', 'united',
  'based', 'related', 'limited', 'interested', 'concerned', 'supposed', 'used', 'advanced', 'detailed', 'armed']);

function classify(word: string, next: string | undefined): Tense | null {
  const w = word.toLowerCase();
  if (w === 'going' && next === 'to') return 'future';
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !NOT_VERB_ED.has(w)) return 'past';
  return null;
}

/**
 * The tense that governs a time expression: the nearest tense marker in its sentence (auxiliaries, past-tense verbs,
 * future words), looking first at the closest words on either side. Works on token text only.
 */
export function tenseAt(tokens: Token[], sentences: Sentence[], start: number, end: number): Tense {
  const s = sentences.find((x) => x.start <= start && start < x.end + 1) ?? null;
  const first = s ? s.firstToken : 0;
  const last = s ? s.endToken : tokens.length;
  let best: Tense = 'unknown';
  let bestDist = Infinity;
  // Reported sources ("according to a report on Wednesday") are in the past.
  for (let i = Math.max(first, 0); i < last && tokens[i].end <= start; i++) {
    if (/^according$/i.test(tokens[i].text) && !tokens.slice(i, last).some((t) => t.start < start && t.text === ',')) return 'past';
  }
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    if (t.start >= start && t.end <= end) continue; // inside the expression itself
    const k = classify(t.text, tokens[i + 1]?.text.toLowerCase());
    if (!k) continue;
    // Auxiliaries and modals outrank plain past participles; the left side is slightly preferred; each comma or
    // semicolon in between makes a marker count less (it belongs to another clause).
    let dist = t.end <= start ? (start - t.end) * 0.9 : t.start - end;
    let commas = 0;
    for (let j = i; j < last && j >= first; t.end <= start ? j++ : j--) {
      const x = tokens[j];
      if (t.end <= start ? x.start >= start : x.end <= end) break;
      if (x.text === ',' || x.text === ';' || x.text === '--') commas++;
    }
    dist *= 1 + commas;
    const weight = k === 'future' && /^(will|'ll|shall|won't|wo|going)$/i.test(t.text) ? 0.5 : 1;
    if (dist * weight < bestDist) {
      bestDist = dist * weight;
      best = k;
    }
  }
  return best;
}
