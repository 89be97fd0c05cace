import type { RawMention } from '../types';
import { NAMED_WEEKDAY_PREFIX } from '../dates/lexicon';
import { afterLetterOrDigit, matchesWhere } from '../matchesWhere';
import { replaceByNames } from './replaceByNames';

/**
 * Days known by a name are `misc` in the CoNLL scheme ("Black Friday", "Cyber Monday", "Super Tuesday", "Singles'
 * Day"), and so are holiday weeks ("Golden Week"), but a sentence tagger reads the first word alone as a person
 * ("Black") or a place, or the pair as a body. Each such name in the text becomes one misc mention, in place of the
 * detected mentions inside it; mentions a person tagged or confirmed, and detections reaching outside the name, stay as
 * they are. Pure.
 */
// No lookbehind opening the regex (V8 would try every position): that a name starts a word is checked apart.
const NAMED_DAY = new RegExp(`(?:${NAMED_WEEKDAY_PREFIX}\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Singles['’]?\\s+Day|Golden\\s+Week)(?![\\p{L}\\p{N}])`, 'gu');

export function namedDays(text: string, mentions: RawMention[]): RawMention[] {
  const names: RawMention[] = [];
  for (const m of matchesWhere(NAMED_DAY, text, (i) => !afterLetterOrDigit(text, i))) names.push({ start: m.index, end: m.index + m[0].length, type: 'misc', score: 0.9, origin: 'detected' });
  return replaceByNames(mentions, names);
}
