import { ZONE_ABBREVIATION_RE } from '../dates/lexicon';
import type { RawMention } from '../types';

/**
 * A time zone is no organization: "Published 2:14 PM GMT+8", "at 1430 GMT", "09:30 UTC". CoNLL-2003 marks "GMT"
 * other (misc), and a tagger that meets "GMT+8" in a page's date line reads an organization. "GMT" and "UTC" name
 * nothing else; the shorter zones ("EST", "CET", "JST") are zones only beside a clock time or an offset. Detected
 * mentions become misc. Pure.
 */
const ALWAYS = /^(?:GMT|UTC)$/;
const ZONE = new RegExp(`^${ZONE_ABBREVIATION_RE}$`);
/** A clock time right before ("2:14 PM ", "1430 ", "09:30 "), or an offset right after ("+8", "-05:00"). */
const TIME_BEFORE = /\d(?:[:.]\d\d)?\s*(?:[AaPp]\.?[Mm]\.?\s*)?$/;
const OFFSET_AFTER = /^[+−-]\d/;

export function timeZones(text: string, mentions: RawMention[]): RawMention[] {
  let changed = false;
  const out = mentions.map((m) => {
    if (m.origin !== 'detected' || m.type === 'misc' || m.end - m.start > 4) return m;
    const name = text.slice(m.start, m.end);
    if (!ALWAYS.test(name) && !(ZONE.test(name) && (TIME_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || OFFSET_AFTER.test(text.slice(m.end, m.end + 2))))) return m;
    changed = true;
    return { ...m, type: 'misc' as const };
  });
  return changed ? out : mentions;
}
