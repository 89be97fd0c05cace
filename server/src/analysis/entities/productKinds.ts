import { MONTH_RE, WEEKDAY_FULL_RE } from '../dates/lexicon';
import { matchesWhere } from '../matchesWhere';
import type { RawMention } from '../types';
import { isGenericAcronym } from './genericAcronyms';

/**
 * A name set between a determiner and the kind of product it names is the product's name, misc in the CoNLL scheme
 * (its training annotations type names before "operating system", "software", "computer", "brand" so): "the Kirin
 * chip", "Huawei's HarmonyOS operating system", "the ChatGPT chatbot", "its Chrome browser". A tagger reads such
 * coined names as companies or people. A detected mention, right after "the", "its", "their" or a name
 * in the possessive (perhaps with "own", "new" or "latest" between: "its own Kirin chip"), and right before a product
 * kind noun, becomes misc, and so does every detected mention of the same name; so does a one-word name the tagger
 * read as a person's right before a noun for chips ("demand for Blackwell chips": no one's name is a chip maker's). The determiner is needed: without it the name is often the maker ("curbs on Huawei chips"), and
 * nouns for devices a company makes under its own name (phone, car) stay out. Where the tagger found no name at all
 * in a coined designation between such a determiner and a noun for a chip, a rocket or a spacecraft ("Nvidia's H20
 * chip", "the Long March 5 rocket", "a Long March 2F rocket", "Japan's SLIM lander", "the Perseverance rover", "its K9 sedan"), the capitalized words and
 * numbers there become a misc mention; the bodies a craft goes to ("the Mars rover") are places and stay out. A name
 * the tagger took for a person's before such a noun for a craft is the craft's ("Blue Origin's New Glenn rocket").
 * Mentions a person tagged or confirmed stay as they are. Pure.
 */
const KIND_AFTER = /^ (?:chips?|chipsets?|processors?|operating system|OS|chatbots?|browser|software|app|apps|AI model|AI assistant|large language models?|language models?|game console|smartwatch)(?![\p{L}\p{N}-])/u;
const DETERMINER_BEFORE = /(?:(?<![\p{L}\p{N}])(?:the|its|their|The|Its|Their)|\p{L}['’]s)(?: (?:own|new|latest|flagship|in-house|homegrown))? $/u;
/** Nouns for chips after a name the tagger read as a person's: no one's name is a chip maker's ("Blackwell chips"). */
const CHIPS_AFTER = /^ (?:chips?|chipsets?|processors?|GPUs?)(?![\p{L}\p{N}-])/u;

/**
 * Nouns for a chip, a craft or a model of car, phone or airliner that a coined designation stands before ("Xiaomi's SU7
 * sedan"): a cheap literal trigger for the search back. The maker before such a noun ("the Xiaomi sedan") is a
 * detected mention, which no designation overlaps.
 */
// After a space: checked apart, as a lookbehind opening the regex would make V8 try every position of the article.
const CRAFT_KIND = /(?:chips?|processors?|rockets?|rovers?|landers?|orbiters?|telescopes?|probes?|spacecraft|satellites?|capsules?|sedans?|SUVs?|hatchbacks?|smartphones?|headsets?|consoles?|airliners?)(?![\p{L}\p{N}-])/gu;
/** The determiner, then capitalized words (or a word like "iPhone") and numbers, right before the noun. */
const DESIGNATION_BEFORE = /(?:(?<![\p{L}\p{N}])(?:the|its|their|a|an|The|Its|Their|A|An)|\p{L}['’]s)(?: (?:own|new|latest|flagship|in-house|homegrown))? ((?:\p{Lu}[\p{L}\p{N}-]*|\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]*)(?: (?:\p{Lu}[\p{L}\p{N}-]*|\d{1,3}))*) $/u;
/** Where a craft goes ("the Mars rover", "the Moon lander") or when it flies ("the January launch"), not its name. */
const NO_DESIGNATION = new RegExp(`^(?:Moon|Lunar|Mars|Martian|Sun|Solar|Earth|Venus|Mercury|Jupiter|Saturn|Uranus|Neptune|Pluto|Asteroid|Comet|${MONTH_RE}|${WEEKDAY_FULL_RE})$`, 'i');
/** A noun for a craft after a name: a person's name there is the craft's ("Blue Origin's New Glenn rocket"). */
const CRAFT_AFTER = /^ (?:rockets?|rovers?|landers?|orbiters?|telescopes?|probes?|spacecraft|satellites?|capsules?)(?![\p{L}\p{N}-])/u;

/**
 * Nouns for goods a company sells under a name of their own: after the company's possessive, the name between is the
 * product's ("BYD's Seagull hatchback", "Pop Mart's Labubu dolls", "Apple's Vision Pro headset"), which the tagger
 * reads as a second company; so is a name between the possessive and what is said only of goods, a recall, shipments,
 * deliveries, pre-orders, going on sale ("Tesla's Cybertruck recall", "Samsung's Galaxy Z Fold7 went on sale"; sales
 * stay out: "Alibaba's Taobao sales" are a platform's). Without the possessive the name is as often the maker ("the
 * Xiaomi phone"). So is a name
 * in apposition after such a noun ("its latest foldable phone, the Mate XTs"), which the tagger reads as a person.
 *
 * A name right before "maker", "developer" or "creator" and a company is what the company makes: "Ozempic maker Novo
 * Nordisk", "ChatGPT developer OpenAI" (no company is the maker of another; a club's "owner" may be a company, and
 * stays out).
 */
const MAKER_BETWEEN = /^ (?:maker|makers|developer|creator) $/;
const GOODS_AFTER = /^ (?:hatchbacks?|sedans?|SUVs?|pickups?|smartphones?|phones?|handsets?|headsets?|tablets?|laptops?|consoles?|earbuds|smartwatch(?:es)?|dolls|figurines|toys|robots?|cars?|EVs?|models?|recalls?|shipments|deliveries|pre-?orders|lineup|(?:went|goes|will go|is to go|go) on sale)(?![\p{L}\p{N}-])/u;
/** A noun for goods, then a comma and "the": the name after it is the goods' ("its latest foldable phone, the Mate X7"). */
const GOODS_APPOSED_BEFORE = /(?<![\p{L}-])(?:smartphones?|phones?|handsets?|headsets?|hatchbacks?|sedans?|SUVs?|chips?|processors?|consoles?|tablets?|laptops?|chatbots?|robots?|AI models?|language models?), the $/u;
/** The possessive of a detected organization right before a mention: "BYD's ". */
function afterCompanyPossessive(text: string, mentions: RawMention[], i: number): boolean {
  const prev = mentions[i - 1];
  return !!prev && prev.type === 'organization' && prev.end + 3 === mentions[i].start && /^['’]s $/.test(text.slice(prev.end, prev.end + 3));
}

/** Misc mentions for the designations no mention covers right before a noun for a chip or a craft. */
function designations(text: string, mentions: RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  // The nouns come in text order and the mentions sorted by start: the furthest end of the mentions starting before a
  // designation's end tells whether one overlaps it, in one pass.
  let next = 0, furthest = -1;
  for (const kind of matchesWhere(CRAFT_KIND, text, (i) => text[i - 1] === ' ')) {
    const d = DESIGNATION_BEFORE.exec(text.slice(Math.max(0, kind.index - 40), kind.index));
    if (!d || NO_DESIGNATION.test(d[1]) || isGenericAcronym(d[1])) continue;
    const end = kind.index - 1, start = end - d[1].length;
    for (; next < mentions.length && mentions[next].start < end; next++) furthest = Math.max(furthest, mentions[next].end);
    if (furthest <= start) found.push({ start, end, type: 'misc', score: 0.8, origin: 'detected' });
  }
  return found;
}

export function productKinds(text: string, mentions: RawMention[]): RawMention[] {
  const created = designations(text, mentions);
  if (created.length) mentions = [...mentions, ...created].sort((a, b) => a.start - b.start || b.end - a.end);
  const products = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.type === 'misc' || m.origin !== 'detected') return;
    const after = text.slice(m.end, m.end + 28);
    if ((KIND_AFTER.test(after) || (m.type === 'person' && CRAFT_AFTER.test(after))) && DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) {
      products.add(text.slice(m.start, m.end));
    } else if (m.type === 'person' && CHIPS_AFTER.test(after) && !/['’]s $/.test(text.slice(Math.max(0, m.start - 3), m.start)) && text.slice(m.start, m.end).indexOf(' ') < 0) {
      products.add(text.slice(m.start, m.end));
    } else if (m.type !== 'location' && GOODS_AFTER.test(after) && afterCompanyPossessive(text, mentions, i)) products.add(text.slice(m.start, m.end));
    else if (m.type !== 'location' && text.startsWith(', the ', m.start - 6) && GOODS_APPOSED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) products.add(text.slice(m.start, m.end));
    else if (m.type !== 'location' && mentions[i + 1]?.type === 'organization' && MAKER_BETWEEN.test(text.slice(m.end, mentions[i + 1].start))) products.add(text.slice(m.start, m.end));
  });
  if (!products.size) return mentions;
  return mentions.map((m) =>
    m.type !== 'misc' && m.origin === 'detected' && products.has(text.slice(m.start, m.end)) ? { ...m, type: 'misc' as const } : m,
  );
}
