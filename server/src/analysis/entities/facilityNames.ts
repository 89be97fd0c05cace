import type { RawMention } from '../types';

/**
 * The long names of works of engineering end in a word for the work, and every word before it is part of the name:
 * "the Grand Ethiopian Renaissance Dam", "Beijing Daxing International Airport", "the Huajiang Grand Canyon Bridge".
 * A tagger reads the adjective-like words at the front as a name of their own ("Grand Ethiopian"/misc +
 * "Renaissance Dam"/place) or the city as a place before the airport's name ("Beijing" + "Daxing International
 * Airport"). Detected mentions with only one space between them, the last ending in such a head word, are one place:
 * nothing but a name's own words stands between two names written side by side (a list puts a comma, a possessive
 * an "'s": "China's Three Gorges Dam" stays two). Works of engineering are places in CoNLL-2003, like the bridges and
 * stadiums of its training text. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const HEAD = /\s(?:Dam|Bridge|Airport|Canal|Tunnel|Port|Railway|Reservoir|Stadium|Expressway|Highway|Pipeline|Barrage|Causeway)$/;
/** Cheap test on the whole text: a head word after a space. */
const CHEAP = / (?:Dam|Bridge|Airport|Canal|Tunnel|Port|Railway|Reservoir|Stadium|Expressway|Highway|Pipeline|Barrage|Causeway)\b/;

export function facilityNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!CHEAP.test(text)) return mentions;
  let out: RawMention[] | null = null;
  for (let i = mentions.length - 1; i > 0; i--) {
    const list: RawMention[] = out ?? mentions;
    const a = list[i - 1], b = list[i];
    if (a.origin !== 'detected' || b.origin !== 'detected' || b.start !== a.end + 1 || text[a.end] !== ' ') continue;
    if (!HEAD.test(text.slice(b.start, b.end)) || /['’]s$/.test(text.slice(a.start, a.end))) continue;
    out ??= [...mentions];
    out.splice(i - 1, 2, { ...b, start: a.start, type: 'location' });
  }
  return out ?? mentions;
}
