import type { RawMention } from '../types';

/**
 * A one-word name with a capital inside it after lower-case letters ("DeepSeek", "PowerChina", "ByteDance",
 * "PetroChina") is a company's coined name: no place or person is written so, save surnames with a prefix ("McCain",
 * "MacArthur", "DiCaprio", "DeSantis", "LeBron", "VanDyke"), which are left alone. Such a name the tagger typed a place
 * or a person becomes an organization. One ending in "OS" is an operating system, a product, misc in the CoNLL scheme,
 * whatever the tagger made of it, with a release name after it ("HarmonyOS Next", "HyperOS", "macOS Tahoe"). Mentions a
 * person tagged or confirmed stay as they are. Pure.
 */
/** "HarmonyOS", "macOS", then perhaps one capitalized release name. */
const OPERATING_SYSTEM = /^(?:\p{Lu}\p{Ll}+|\p{Ll}{3,})OS(?: \p{Lu}[\p{L}\p{N}]*)?$/u;
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const NAME_PREFIX = /^(?:Mc|Mac|Di|De|Da|Du|Le|La|Van|Von|Fitz|O)\p{Lu}/u;

export function camelCaseNames(text: string, mentions: RawMention[]): RawMention[] {
  let changed = false;
  const out = mentions.map((m) => {
    if (m.origin !== 'detected' || m.type === 'misc') return m;
    const name = text.slice(m.start, m.end);
    if (OPERATING_SYSTEM.test(name)) {
      changed = true;
      return { ...m, type: 'misc' as const };
    }
    if (m.type !== 'location' && m.type !== 'person') return m;
    if (!CAMEL.test(name) || NAME_PREFIX.test(name)) return m;
    changed = true;
    return { ...m, type: 'organization' as const };
  });
  return changed ? out : mentions;
}
