import type { RawMention } from '../types';

/**
 * Acronyms English news uses as common nouns, written in capitals but naming a kind of thing, a post or a measure,
 * never one body, place or person: "AI chips", "China's GDP", "sales of EVs", "the CEO", "its IPO", "5G networks",
 * "VR headsets", "the IT sector". The tagger types some of them as organizations ("IPO", "EVs", "GPU"), and a name
 * rule may read one as a product's designation ("China's AI chip market"), which the document vote then spreads to
 * every "AI". A detected mention that is exactly one of them (or its plural) is dropped; names that hold one ("OpenAI",
 * "xAI", "Mistral AI", "the AI Act") are other strings and stay. Mentions a person tagged or confirmed stay as they
 * are. Pure.
 */
const GENERIC = new Set([
  'AI', 'AGI', 'LLM', 'GDP', 'GNP', 'FDI', 'EV', 'NEV', 'SUV', 'CEO', 'CFO', 'CTO', 'COO', 'IPO', 'GPU', 'CPU', '3G', '4G',
  '5G', '6G', 'VR', 'XR', 'IT', 'TV', 'PC', 'LNG', 'IoT', 'API', 'VPN', 'USB', 'ESG', 'R&D', 'M&A', 'NGO', 'SME', 'DNA',
  'RNA', 'QR',
]);

/** Whether a string is a common-noun acronym ("AI", "GDP") or its plural ("EVs", "CEOs"). */
export function isGenericAcronym(s: string): boolean {
  return GENERIC.has(s) || (s.length > 2 && /s$/.test(s) && GENERIC.has(s.slice(0, -1)));
}

export function dropGenericAcronyms(text: string, mentions: RawMention[]): RawMention[] {
  const drop = (m: RawMention) => m.origin === 'detected' && isGenericAcronym(text.slice(m.start, m.end));
  return mentions.some(drop) ? mentions.filter((m) => !drop(m)) : mentions;
}
