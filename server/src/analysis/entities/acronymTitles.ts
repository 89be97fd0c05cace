import type { RawMention } from '../types';

/**
 * An organization's acronym right before a title and a name is the organization the person heads or speaks for:
 * "ECB President Christine Lagarde", "NATO Secretary-General Mark Rutte", "WTO Director-General Ngozi Okonjo-Iweala", "NASA Administrator Jane Roe".
 * The tagger, which has seen the person's name, often misses the acronym; one no mention covers becomes an
 * organization. An acronym is two to six capitals (with digits after the first, "G20"), not a country's ("US", "UK",
 * "UAE", "EU" are places or unions the tagger knows). Pure.
 */
const ACRONYM_TITLE = /(?<![\p{L}\p{N}.-])([A-Z][A-Z0-9]{1,5})\s+(?:(?:Deputy|Vice|Acting|Managing|Executive)\s+)?(?:President|Chairman|Chairwoman|Chair|Director(?:-General)?|Administrator|Secretary(?:-General)?|Governor|Commissioner|Chief|Spokesman|Spokeswoman|Spokesperson|Head|CEO|chief|head|spokesman|spokeswoman|spokesperson)\s+\p{Lu}/gu;
const NOT_ORGANIZATION = new Set(['US', 'UK', 'UAE', 'EU', 'USA', 'PRC', 'DPRK', 'ROK', 'HK', 'TV', 'VP', 'MP', 'PM']);

export function acronymTitles(text: string, mentions: RawMention[]): RawMention[] {
  if (!/[A-Z]{2}[A-Z0-9]*\s+(?:[A-Z][a-z]+\s+)?(?:President|Chair|Director|Administrator|Secretary|Governor|Commissioner|Chief|Spokes|Head|CEO|chief|head|spokes)/.test(text)) return mentions;
  const added: RawMention[] = [];
  for (const m of text.matchAll(ACRONYM_TITLE)) {
    const start = m.index, end = start + m[1].length;
    if (NOT_ORGANIZATION.has(m[1])) continue;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    added.push({ start, end, type: 'organization', score: 0.75, origin: 'detected' });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}
