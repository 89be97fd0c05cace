import type { DateMention, ReferenceDate, Sentence, Token } from '../types';
import { parseYmd } from './calendar';
import type { ResolveContext } from './patternTypes';
import { scanCandidates } from './scanCandidates';
import { selectCandidates } from './selectCandidates';
import { tenseFinder } from './tense';

const UNKNOWN_REF = { y: 0, m: 1, d: 1 };
const POSSESSIVE = /\w['’]s$/;

/**
 * Finds the temporal expressions of one block of an article and normalizes them to TIMEX3 values, resolving relative and
 * underspecified ones ("on Wednesday", "last year", "in December") against the reference date and the tense of their
 * sentence. Offsets are relative to `text`; `tokens` and `sentences` are the block's (used for tense only, so shifted
 * token boundaries do no harm).
 */
export function findDates(text: string, tokens: Token[], sentences: Sentence[], ref: ReferenceDate): DateMention[] {
  const refDate = parseYmd(ref.value);
  const chosen = selectCandidates(scanCandidates(text));
  const out: DateMention[] = [];
  if (!chosen.length) return out;
  const tenseAt = tenseFinder(tokens, sentences);
  let last: string | null = null;
  for (const c of chosen) {
    const ctx: ResolveContext = { ref: refDate ?? UNKNOWN_REF, tense: tenseAt(c.start, c.end), last };
    const r = c.resolve(ctx);
    if (!r) continue;
    let value = r.value;
    if (!refDate && r.relative && !/_REF$/.test(value)) value = r.type === 'time' ? 'XXXX-XX-XXTXX:XX' : 'XXXX-XX-XX';
    // The possessive ending is not part of a TIMEX3 extent ("Friday's meeting" → "Friday").
    const end = POSSESSIVE.test(text.slice(c.start, c.end)) ? c.end - 2 : c.end;
    out.push({ start: c.start, end, text: text.slice(c.start, end), type: r.type, value, relative: r.relative, origin: 'detected' });
    if (r.anchor !== false && /^\d{4}/.test(value) && r.type === 'date') last = value;
    else if (r.type === 'time' && /^\d{4}-\d{2}-\d{2}/.test(value)) last = value.slice(0, 10);
  }
  return out;
}
