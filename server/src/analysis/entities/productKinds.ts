import type { RawMention } from '../types';

/**
 * A name set between a determiner and the kind of product it names is the product's name, misc in the CoNLL scheme
 * (its training annotations type names before "operating system", "software", "computer", "brand" so): "the Kirin
 * chip", "Huawei's HarmonyOS operating system", "the ChatGPT chatbot", "its Chrome browser". A tagger reads such
 * coined names as companies or people. A detected mention, right after "the", "its", "their" or a name
 * in the possessive, and right before a product kind noun, becomes misc, and so does every detected mention of the
 * same name. The determiner is needed: without it the name is often the maker ("curbs on Huawei chips"), and
 * nouns for devices a company makes under its own name (phone, car) stay out. Mentions a person tagged or confirmed
 * stay as they are. Pure.
 */
const KIND_AFTER = /^ (?:chips?|chipsets?|processors?|operating system|OS|chatbots?|browser|software|app|apps|AI model|AI assistant|large language models?|language models?|game console|smartwatch)(?![\p{L}\p{N}-])/u;
const DETERMINER_BEFORE = /(?:(?<![\p{L}\p{N}])(?:the|its|their|The|Its|Their)|\p{L}['’]s) $/u;

export function productKinds(text: string, mentions: RawMention[]): RawMention[] {
  const products = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'misc' || m.origin !== 'detected') continue;
    if (KIND_AFTER.test(text.slice(m.end, m.end + 28)) && DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      products.add(text.slice(m.start, m.end));
    }
  }
  if (!products.size) return mentions;
  return mentions.map((m) =>
    m.type !== 'misc' && m.origin === 'detected' && products.has(text.slice(m.start, m.end)) ? { ...m, type: 'misc' as const } : m,
  );
}
