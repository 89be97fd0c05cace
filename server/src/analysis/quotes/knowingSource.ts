/**
 * A source described by what it knows, opening its clause before the verb: "Two people close to the family said",
 * "Officials privy to the talks told". The phrase before the verb is the complement's object ("the family"); the
 * source is the whole described phrase, from the noun before the adjective of knowing.
 */
import type { Span, Token } from '../types';
import { phraseEndingAt } from './nounPhrase';
import { firstAfter } from './paragraphView';
import { opensSourceComplement } from './sourceComplement';

/** The whole source when `np` is the object of a complement of knowing ("close to the family"); else null. */
export function knowingSource(t: Token[], lo: number, np: Span): Span | null {
  const p = firstAfter(t, np.start) - 1;
  if (p - 1 <= lo || !opensSourceComplement(t, p)) return null;
  const source = phraseEndingAt(t, lo, p - 1);
  return source ? { start: source.start, end: np.end } : null;
}
