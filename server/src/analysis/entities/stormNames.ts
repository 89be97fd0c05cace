import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * Storms are named like people ("Typhoon Mangkhut", "Hurricane Maria"), and a tagger takes them for people or places.
 * In the CoNLL scheme the storm's name (without "Hurricane") is misc. The name after "(Super) Typhoon", "Hurricane",
 * "Cyclone", "Tropical Storm" or "Tropical Depression" becomes a misc mention, in place of detections inside it, and
 * every other detected mention of the same name in the article becomes misc too ("Mangkhut made landfall …").
 * Mentions a person tagged or confirmed stay as they are. Pure.
 */
const STORM = /\b(?:Super\s+)?(?:Typhoon|Hurricane|Cyclone|Tropical\s+Storm|Tropical\s+Depression)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}\p{N}])/gu;
/** Words after "Hurricane" that make a body, not a storm: "the National Hurricane Center". */
const NOT_A_NAME = /^(?:Center|Centre|Season|Warning|Watch|Signal|Committee|Research)$/;

export function stormNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!/Typhoon|Hurricane|Cyclone|Tropical/.test(text)) return mentions;
  // Whole phrases first ("Super Typhoon Lekima"), so that a detection over the storm word goes too; then only the name.
  const phrases: RawMention[] = [];
  const named = new Set<string>();
  for (const m of text.matchAll(STORM)) {
    if (NOT_A_NAME.test(m[1])) continue;
    phrases.push({ start: m.index, end: m.index + m[0].length, type: 'misc', score: 0.9, origin: 'detected' });
    named.add(m[1]);
  }
  if (!phrases.length) return mentions;
  const retyped = mentions.map((x) => (x.origin === 'detected' && named.has(text.slice(x.start, x.end)) ? { ...x, type: 'misc' as const } : x));
  const replaced = replaceByNames(retyped, phrases);
  const nameOf = (p: RawMention) => ({ ...p, start: p.end - (STORM_NAME.exec(text.slice(p.start, p.end))?.[0].length ?? 0) });
  return replaced.map((x) => (phrases.includes(x) ? nameOf(x) : x));
}

/** The storm's own name at the end of a matched phrase. */
const STORM_NAME = /\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
