import type { RawMention } from '../types';

/**
 * A name with a version or a model number is a product, misc in the CoNLL scheme: AI models by their version ("Qwen
 * 2.5", "Gemini 2.0 Flash", "Claude 3.5 Sonnet"), rockets, probes and devices by the number written before the noun
 * for them ("the Ariane 6 rocket", "Falcon 9 rockets", "the Voyager 1 probe"). A tagger trained on 1990s news stops
 * at the number and reads the word before it as a company or a person. A detected name of one or two words, not a
 * place, followed by
 *  - a decimal version (one or two digits, a point, one or two digits) and then a lower-case word, a comma or a tier
 *    word ("Pro", "Flash", "Sonnet" …): tables of figures ("Sweden 8.57. The …", "Malta 7.40") never go on so;
 *  - or a whole number of at most three digits and then a noun for a craft or a device, or for its sales ("Switch 2
 *    sales", "Mate 70 shipments"; not a count: "Arsenal 2 Chelsea 1" has none), or an apposition that is such a noun
 *    ("Qwen 3, its latest model")
 * becomes misc and takes in the number and the tier word; so does a name the tagger found with its version ("Claude
 * 3.5 Sonnet"/person). A number of units ("Petrobras 2.5 million barrels") is no version. Only the text right after each mention is read. Mentions a
 * person tagged or confirmed stay as they are. Pure.
 */
const TIER = String.raw`(?:Pro|Max|Ultra|Plus|Mini|Lite|Turbo|Flash|Sonnet|Opus|Haiku|Omni|Coder|Instruct)`;
/** Words that make a number a quantity ("Petrobras 2.5 million barrels", "Sinopec 1.2 percent"), not a version. */
const UNIT = String.raw`(?:percent|pct|per|points?|million|billion|trillion|times|seconds?|minutes?|hours?|days?|weeks?|months?|years?|metres?|meters?|kilometres?|kilometers?|km|kg|tonnes?|tons?|degrees?|goals?|runs?|overs?)(?![\p{L}\p{N}])`;
const DECIMAL_VERSION = new RegExp(String.raw`^ \d{1,2}\.\d{1,2}(?: ${TIER}(?![\p{L}\p{N}]))?(?=,|\s+(?!${UNIT})\p{Ll}|\s+${TIER})`, 'u');
/** A name the tagger found with its version, read as a person: "Claude 3.5 Sonnet". */
const WITH_VERSION = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}'’-]* \d{1,2}\.\d{1,2}(?: ${TIER})?$`, 'u');
const CRAFT_OR_DEVICE = String.raw`(?:rockets?|launchers?|launch vehicles?|carrier rockets?|probes?|telescopes?|landers?|rovers?|spacecraft|spaceships?|capsules?|satellites?|missions?|smartphones?|phones?|handsets?|sedans?|SUVs?|jets?|airliners?|aircraft|fighters?|helicopters?|drones?|chips?|processors?|consoles?|headsets?|models?|sales|shipments|pre-?orders)`;
/**
 * What a film does in its run, said right after a sequel's number: "Ne Zha 2 grossed …", "Avatar 3 opened in
 * theaters", "Moana 2 premiered", "Dune 2 topped the box office", "X 2 is expected to break box office records". No club in a score line ("Arsenal 2 Chelsea 1"), no
 * rocket or phone goes on so.
 */
const FILM_RUN = String.raw`(?:grossed|earned (?:\S+ ){1,3}worldwide|(?:[\p{Ll}-]+ ){0,5}(?:the |its )?(?:[\p{L}-]+ ){0,2}box[- ]office|(?:opened|opens|premiered|premieres|debuted|debuts|hit|hits|arrived|arrives|landed|lands) (?:in|on) (?:[\p{L}-]+ ){0,2}(?:theaters|theatres|cinemas|screens)|premiered|(?:is|was|will be) released in (?:theaters|theatres|cinemas|\d{4})|became the highest-grossing)(?![\p{L}\p{N}-])`;
const NUMBERED = new RegExp(String.raw`^ \d{1,3}(?= ${CRAFT_OR_DEVICE}(?![\p{L}\p{N}-])|, (?:its|their|the|a|an) (?:[\p{Ll}-]+ ){0,3}${CRAFT_OR_DEVICE}(?![\p{L}\p{N}-])| ${FILM_RUN})`, 'u');
const ONE_OR_TWO_WORDS = /^\p{Lu}[\p{L}\p{N}'’-]*(?: \p{Lu}[\p{L}\p{N}'’-]*)?$/u;

/**
 * A coined name written with a lower-case prefix and then a capital ("iPhone", "iPad", "iOS") and a version number is a
 * product: "the iPhone 16 Pro", "iOS 18". The tagger, which saw no such word in its news, finds nothing there. The
 * number is needed: the same shape names companies ("iFlytek", "eBay") and terms ("mRNA") when it stands alone. The
 * cheap pattern (a lower-case letter, a capital, a space and a digit: a plain class first, which V8 finds fast in a
 * long article at each keystroke) finds the candidates; where the word begins is then read backwards.
 */
const CAMEL_THEN_DIGIT = /[a-z][A-Z][A-Za-z]* \d/g;
const VERSION_AFTER = new RegExp(String.raw`^ \d{1,2}(?: ${TIER}| Air| Neo)*(?![\p{L}\p{N}-])`, 'u');
const isLower = (c: number) => c >= 97 && c <= 122;
/** What may not stand right before the word: a letter, a digit, an apostrophe, a hyphen or a full stop. */
const JOINED_BEFORE = /[\p{L}\p{N}'’.-]/u;

function camelVersions(text: string, mentions: RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  for (const c of text.matchAll(CAMEL_THEN_DIGIT)) {
    const start = isLower(text.charCodeAt(c.index - 1)) ? c.index - 1 : c.index;
    if (start > 0 && JOINED_BEFORE.test(text[start - 1])) continue;
    const wordEnd = c.index + c[0].length - 2;
    const v = VERSION_AFTER.exec(text.slice(wordEnd, wordEnd + 24));
    if (!v) continue;
    const end = wordEnd + v[0].length;
    if (UNIT_AFTER.test(text.slice(end, end + 12)) || mentions.some((m) => m.start < end && start < m.end)) continue;
    found.push({ start, end, type: 'misc', score: 0.8, origin: 'detected' });
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}
const UNIT_AFTER = new RegExp(String.raw`^ ${UNIT}`, 'u');

/**
 * A sequel, a console or a phone the tagger found nothing of ("Dune 2 earned …", "Inside Out 2 became the
 * highest-grossing film", "Switch 2 sales reached …", "Google unveiled the Pixel 10"): the anchor is a number of one or
 * two digits after a space, cheap to find in a long article; the title is the capitalized words right before it (at
 * most four, "Inside Out"), none inside a mention the tagger did not find, and what marks it a work or a product:
 *  - a film's run after a one-digit number (`FILM_RUN`);
 *  - a noun of a device's sales after it ("Switch 2 sales", "Pixel 10 shipments", "Galaxy S25 units"), where the title
 *    is no word of quantity or order ("Top 10 smartphones", "Only 2 units", "Phase 3" are no products);
 *  - or a verb of launching a product and a determiner before the title ("unveiled the Pixel 10", "launched its Mate
 *    80"): what is launched with a generation number is a product.
 * A sequel overlapping any mention is left to the rule for mentions below; for a product, a one-word mention the tagger
 * found of the title alone ("Pixel"/organization), no place, gives way.
 */
const NUMBER_AFTER_SPACE = / \d{1,2}(?=[ ,;:]|\.(?!\d))/g;
const FILM_RUN_AFTER = new RegExp(String.raw`^${FILM_RUN}`, 'u');
const SALES_AFTER = /^(?:sales|shipments|pre-?orders|units|consoles|handsets|smartphones|phones|devices)(?![\p{L}\p{N}-])/u;
const LAUNCHED_BEFORE = /(?:^|[^\p{L}])(?:unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|releas(?:es|ed|ing)|introduc(?:es|ed|ing)|debut(?:s|ed|ing)?|rolled out|rolls out|shipped|ships) (?:the|its|their|a|an|his|her) $/u;
const TITLE_BEFORE = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}$/u;
/** Words that stand before a number as a quantity, a rank or a stage, not as a product's name. */
const NO_PRODUCT = /^(?:The|A|An|Only|Just|About|Around|Nearly|Almost|Over|Under|Some|All|Another|Top|Roughly|Approximately|More|Fewer|Less|Than|Up|Phase|Stage|Level|Group|Grade|Class|Category|Tier|Type|Week|Day|Year|Month|Round|Game|Season|Chapter|Part|Volume|Episode|Terminal|Gate|Line|Route|Platform|Zone|Hall|Room|Section|Article|No|Number|Page|Step|Lot|Item|Model)\b/;

function numberedTitles(text: string, mentions: RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  const dropped = new Set<RawMention>();
  for (const n of text.matchAll(NUMBER_AFTER_SPACE)) {
    const end = n.index + n[0].length;
    const after = text.slice(end + 1, end + 60);
    const title = TITLE_BEFORE.exec(text.slice(Math.max(0, n.index - 60), n.index));
    if (!title) continue;
    const start = n.index - title[0].length;
    const isFilm = /^ [2-9]$/.test(n[0]) && FILM_RUN_AFTER.test(after);
    const isProduct = !isFilm && !NO_PRODUCT.test(title[0]) && (SALES_AFTER.test(after) || LAUNCHED_BEFORE.test(text.slice(Math.max(0, start - 24), start)));
    if (!isFilm && !isProduct) continue;
    const inside = mentions.filter((m) => m.start < end && start < m.end);
    if (inside.length && (isFilm || inside.some((m) => m.origin !== 'detected' || m.type === 'location' || m.start < start || m.end > n.index || /\s/.test(text.slice(m.start, m.end))))) continue;
    for (const m of inside) dropped.add(m);
    found.push({ start, end, type: 'misc', score: 0.8, origin: 'detected' });
  }
  if (!found.length) return mentions;
  return [...mentions.filter((m) => !dropped.has(m)), ...found].sort((a, b) => a.start - b.start || b.end - a.end);
}

export function versionedNames(text: string, allMentions: RawMention[]): RawMention[] {
  const mentions = numberedTitles(text, camelVersions(text, allMentions));
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || m.type === 'location') return;
    const digitAfter = text.charCodeAt(m.end) === 32 && text.charCodeAt(m.end + 1) >= 48 && text.charCodeAt(m.end + 1) <= 57;
    if (!digitAfter && m.type !== 'misc' && m.end - m.start > 5 && /\d\.\d/.test(text.slice(m.start, m.end)) && WITH_VERSION.test(text.slice(m.start, m.end))) {
      out ??= [...mentions];
      out[i] = { ...m, type: 'misc' };
      return;
    }
    if (!digitAfter) return;
    const after = text.slice(m.end, m.end + 60);
    const version = DECIMAL_VERSION.exec(after) ?? NUMBERED.exec(after);
    if (!version || !ONE_OR_TWO_WORDS.test(text.slice(m.start, m.end))) return;
    const end = m.end + version[0].length;
    const next = mentions[i + 1];
    if (next && next.start < end) return;
    out ??= [...mentions];
    out[i] = { ...m, end, type: 'misc' };
  });
  return out ?? mentions;
}
