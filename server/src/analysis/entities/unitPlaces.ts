import type { RawMention } from '../types';

/**
 * A name right before a lower-case noun of an administrative unit is that unit, a place: "Lao Cai province", "the
 * Idlib governorate", "Kherson oblast", "Marsabit county". A tagger that has not seen the name reads a body or a
 * person in it ("Lao Cai" as a company). A detected organization or person so followed becomes a place; misc stays
 * (a people's adjective: "the Kurdish region"), and so do mentions a person tagged or confirmed. Pure.
 *
 * It runs on every keystroke: each mention tests the few characters after it, nothing else scans the article.
 */
const UNIT_AFTER = /^ (?:province|provinces|prefecture|governorate|oblast|county|district|region|municipality|commune)\b/;

export function unitPlaces(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || (m.type !== 'organization' && m.type !== 'person')) return;
    if (!UNIT_AFTER.test(text.slice(m.end, m.end + 16))) return;
    out ??= mentions.slice();
    out[i] = { ...m, type: 'location' };
  });
  return out ?? mentions;
}
