import type { RawMention } from '../types';

/**
 * A one-word name with a capital inside it after lower-case letters ("DeepSeek", "PowerChina", "ByteDance",
 * "PetroChina") is a company's coined name: no place or person is written so, save surnames with a prefix ("McCain",
 * "MacArthur", "DiCaprio", "DeSantis", "LeBron", "VanDyke"), which are left alone. Such a name the tagger typed a place
 * or a person becomes an organization. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const NAME_PREFIX = /^(?:Mc|Mac|Di|De|Da|Du|Le|La|Van|Von|Fitz|O)\p{Lu}/u;

export function camelCaseNames(text: string, mentions: RawMention[]): RawMention[] {
  let changed = false;
  const out = mentions.map((m) => {
    if (m.origin !== 'detected' || (m.type !== 'location' && m.type !== 'person')) return m;
    const name = text.slice(m.start, m.end);
    if (!CAMEL.test(name) || NAME_PREFIX.test(name)) return m;
    changed = true;
    return { ...m, type: 'organization' as const };
  });
  return changed ? out : mentions;
}
