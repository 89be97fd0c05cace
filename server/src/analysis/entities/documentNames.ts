import type { RawMention, Token } from '../types';
import { titleCaseLines } from './headlineNames';
import { replaceByNames } from './replaceByNames';

/**
 * Names of agreements, programmes and laws are `misc` in the CoNLL scheme ("the Paris Agreement", "the Belt and Road
 * Initiative", "the Clean Air Act"), but a sentence tagger splits those joined by "and" or "of" and types the parts
 * as places or organizations ("Road Initiative" a place). A run of capitalized words — with "and", "of", "for", "on"
 * between them — ending in such a head word is one misc name, in place of the detected mentions inside it. Mentions
 * a person tagged or confirmed stay as they are, and so does a run that overlaps one.
 *
 * The United Nations named some of its agencies as programmes: "the World Food Programme", "the UN Development
 * Programme", "the United Nations Environment Programme". A programme named for the UN or the world is the agency, an
 * organization. On a headline in title case every word is capitalized, so a run of capitals ending in such a head is
 * no evidence of a name ("China Unveils New Plan to Boost Consumption"), and the rule leaves such lines alone. Pure.
 */
const HEADS = new Set([
  'Initiative', 'Agreement', 'Treaty', 'Accord', 'Accords', 'Plan', 'Programme', 'Program', 'Strategy', 'Doctrine',
  'Convention', 'Protocol', 'Declaration', 'Charter', 'Partnership', 'Pact', 'Act',
]);
const PROGRAMME = new Set(['Programme', 'Program']);
/** The first words of a UN agency named as a programme: "World Food Programme", "UN Development Programme". */
const AGENCY_START = /^(?:UN|U\.N\.|United Nations|World)\s/;
const CONNECTORS = new Set(['and', 'of', 'for', 'on', '&']);
const CAPITALIZED = /^\p{Lu}[\p{L}\p{N}'’.-]*$/u;
const LEADING = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'under', 'in',
  'on', 'at', 'by', 'with', 'from', 'to', 'after', 'before', 'since', 'and', 'of', 'for']);

export function retypeDocumentNames(text: string, mentions: RawMention[], tokens: Token[]): RawMention[] {
  const names: RawMention[] = [];
  let titled: [number, number][] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!HEADS.has(tokens[i].text)) continue;
    titled ??= titleCaseLines(text);
    if (titled.some(([s, e]) => tokens[i].start >= s && tokens[i].end <= e)) continue;
    // The head must end the name: "the North Atlantic Treaty Organization" is an organization.
    const next = tokens[i + 1];
    if (next && next.start - tokens[i].end <= 1 && CAPITALIZED.test(next.text)) continue;
    // Back from the head over capitalized words and connectors; the name starts at a capitalized word.
    let first = i;
    for (let k = i - 1; k >= 0; k--) {
      const t = tokens[k].text;
      if (CAPITALIZED.test(t) && !HEADS.has(t)) first = k;
      else if (!(CONNECTORS.has(t) && k > 0 && CAPITALIZED.test(tokens[k - 1].text))) break;
      if (tokens[k + 1].start - tokens[k].end > 1) break; // one space between the words of a name
    }
    // A sentence-initial determiner or preposition is not part of the name ("The Belt and Road Initiative").
    while (first < i && LEADING.has(tokens[first].text.toLowerCase())) first++;
    // A head alone ("the Plan") or one capitalized word before it that is the sentence's first ("Treaty talks") is no name.
    if (first === i || (first === i - 1 && (first === 0 || /^[.!?"“]$/.test(tokens[first - 1].text)))) continue;
    if (!tokens.slice(first, i).some((t) => t.text !== t.text.toLowerCase())) continue;
    const agency = PROGRAMME.has(tokens[i].text) && AGENCY_START.test(text.slice(tokens[first].start, tokens[i].end));
    names.push({ start: tokens[first].start, end: tokens[i].end, type: agency ? 'organization' : 'misc', score: 0.9, origin: 'detected' });
  }
  return replaceByNames(mentions, names);
}
