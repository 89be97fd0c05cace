import type { RawMention } from '../types';

/**
 * A number word in title case between "the" and a name is the name's first word: "the Three Gorges Dam", "the Two
 * Sessions", "the Five Eyes", "the Four Seasons hotel". The tagger, which reads "Three" as a count, tags the rest
 * ("Gorges Dam"). After "the" a capitalized number word opens no count of names ("the three firms" is written in lower
 * case), so a detected mention right after "the Three " grows over it. Mentions a person tagged or confirmed stay. Pure.
 */
const NUMBER_BEFORE = /(?:^|[^\p{L}])[Tt]he ((?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve) )$/u;

export function numberedNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!/[Tt]he (?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve) \p{Lu}/u.test(text)) return mentions;
  let changed = false;
  const out = mentions.map((m, i) => {
    const n = m.origin === 'detected' ? NUMBER_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start)) : null;
    if (!n || (i > 0 && mentions[i - 1].end > m.start - n[1].length)) return m;
    changed = true;
    return { ...m, start: m.start - n[1].length };
  });
  return changed ? out : mentions;
}
