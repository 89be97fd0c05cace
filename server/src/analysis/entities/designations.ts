import type { RawMention } from '../types';

/**
 * Names made of a word and a number joined by a hyphen designate a model or a mission — spacecraft, aircraft, weapons,
 * indexes: "Chang'e-4", "Shenzhou-11", "Tiangong-2", "J-20", "S-400", "AK-47", "CAC-40". They are `misc` in the CoNLL
 * scheme, and a sentence tagger trained on newswire of the 1990s misses most of them. Each one not covered by a
 * detection becomes a misc mention; the consistency pass then finds its repetitions.
 *
 * The word is capitalized and either mixed-case ("Chang'e", "MiG") or one to four capitals ("J", "CAC"), so
 * "UNDER-21" and month-day forms ("Jul-18") stay out; so do age groups ("Under-21", "U-17") and "G-20" (a group of
 * countries, an organization). Pure.
 */
const DESIGNATION = /(?<![\p{L}\p{N}'’-])(\p{Lu}(?:[\p{Ll}'’]*\p{Ll}[\p{L}'’]*|\p{Lu}{0,3}))-(\d{1,4}[A-Z]?)(?![\p{L}\p{N}]|-\p{L})/gu;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

export function designations(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('-')) return mentions;
  const added: RawMention[] = [];
  for (const m of text.matchAll(DESIGNATION)) {
    const word = m[1];
    if (MONTH.test(word) || /^(?:G|U|Under)$/.test(word)) continue;
    const start = m.index, end = start + m[0].length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    added.push({ start, end, type: 'misc', score: 0.6, origin: 'detected' });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}
