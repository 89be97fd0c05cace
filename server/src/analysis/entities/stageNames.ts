import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';
import { INSTITUTION_HEADS } from './organizationHeads';

/**
 * Performers known by a stage name made of common words ("Burna Boy", "Black Coffee", "Bad Bunny", "The Weeknd") are
 * people, but a tagger that has never seen the name reads its words: a thing or a company ("Black Coffee"/organization,
 * "Burna Boy"/misc), or cuts it at a word that opens sentences ("The", "Bad": "Weeknd", "Bunny"). What is around the
 * name shows a performer, not a list of names:
 *  - a singular performer's noun right before it: "the rapper Burna Boy", "singer X", "DJ Black Coffee" ("DJ" is the
 *    title, not part of the name, as "President" is not);
 *  - a performer's verb right after it: "X performed", "X sang", "X headlined", or a Grammy won: "X won the Grammy";
 *  - a performer's possession right after it: "X's tour", "X's new album", "X's world tour".
 * Bands are organizations in the CoNLL scheme and mostly plural ("Arctic Monkeys", "The Rolling Stones"): a name
 * ending in a plural word, or in capitals ("BTS"), or in a performing company's or a club's head ("Troupe",
 * "Philharmonic", "United") or a known place ("Inter Miami"), or one a gazetteer lists as anything but a person, is
 * left as it is, and a "tour of" a region is a team's or a leader's, no performer's cue. The name takes in a capitalized "The" or a capitalized word the tagger left out right before it ("The Weeknd",
 * "Bad Bunny"), save the words that open sentences for themselves ("Yesterday", "When"), and every other detected
 * mention of the same name in the article is the person too. Mentions a person tagged or confirmed stay. Pure.
 */
const PERFORMER_BEFORE = /(?:\b(?:[Rr]apper|[Ss]inger|[Ss]inger-songwriter|[Ss]ongwriter|[Pp]op star|[Pp]opstar|[Ss]uperstar|[Mm]usician|[Cc]rooner|[Hh]itmaker)|\bDJ)\s+$/;
const PERFORMER_VERB = String.raw`performed|performs|sang|sings|rapped|raps|headlined|headlines|serenaded|serenades`;
const PERFORMER_AFTER = new RegExp(
  String.raw`^(?:\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+)?(?:${PERFORMER_VERB})\b`
  + String.raw`|\s+(?:has\s+|have\s+)?won\s+(?:the|a|an|his|her|their|\w+)\s+(?:\p{Ll}+\s+)?Grammys?\b`
  + String.raw`|['’]s?\s+(?:(?:new|latest|first|second|third|debut|sold-out|world|global|stadium|farewell|upcoming|hit|next|last)\s+){0,2}(?:tour(?! of\b)|album|concert|single|song|EP|mixtape|setlist|performance|music video)s?\b)`,
  'u',
);
/** A name of capitalized words ("Burna Boy", "Weeknd", "Black Coffee"), none in capitals only. */
const NAME = /^\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){0,2}$/u;
/** The last word of a band's name, plural: "Monkeys", "Stones", "Boys" ("Boss" and "Bass" are not plurals). */
const PLURAL_END = /[^s'’]s$/;
/**
 * Heads of performing companies and clubs, that name no one: "the Chinese Acrobatic Troupe performed", "Hangzhou
 * Philharmonic performed", "Inter Miami's tour".
 */
const GROUP_HEAD = new RegExp(String.raw`\s(?:${[...INSTITUTION_HEADS, 'Troupe', 'Opera', 'Philharmonic', 'Orchestra', 'Ensemble', 'Choir', 'Chorus', 'Ballet', 'Theatre', 'Theater', 'Band', 'Quartet', 'Quintet', 'Symphony', 'Circus', 'Players', 'FC', 'United', 'City'].join('|')})$`);
/** Capitalized words that open a sentence for themselves, not a stage name's: "Yesterday Bunny sang …". */
const OPENER = new Set([
  'A', 'An', 'And', 'But', 'Or', 'So', 'Yet', 'If', 'As', 'When', 'While', 'After', 'Before', 'Since', 'Then', 'Now',
  'Today', 'Yesterday', 'Tonight', 'Later', 'Earlier', 'Meanwhile', 'Also', 'Still', 'Even', 'Only', 'This', 'That',
  'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Your', 'Last', 'Next', 'Singer', 'Rapper', 'Superstar',
  'Star', 'DJ', 'In', 'At', 'On', 'For', 'With', 'By', 'From', 'Where', 'How', 'Why', 'What', 'Who',
]);
/** A capitalized word right before the mention, by a single space: group 1. */
const WORD_BEFORE = /(?:^|[\s"“(])(\p{Lu}[\p{Ll}]*)\s$/u;

/** Whether the article has a performer's cue at all (the rule runs on every keystroke; most news has none). */
const ANY_CUE = new RegExp(String.raw`[Rr]apper|[Ss]inger|[Ss]ongwriter|[Pp]op ?star|[Ss]uperstar|[Mm]usician|[Cc]rooner|[Hh]itmaker|\bDJ\b|Grammy|${PERFORMER_VERB}|tour|album|concert|single|song|\bEP\b|mixtape|setlist|performance|music video`);

export function stageNames(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  if (!ANY_CUE.test(text)) return mentions;
  const people = new Map<number, RawMention>();
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected') return;
    let start = m.start;
    if (text.startsWith('DJ ', start)) start += 3;
    // The cheap cue test first (a performer's word within the reach of the cues below): the rule runs on every
    // keystroke over every mention of a long article.
    if (!ANY_CUE.test(text.slice(Math.max(0, start - 70), m.end + 80))) return;
    const name = text.slice(start, m.end);
    if (!NAME.test(name) || PLURAL_END.test(name) || GROUP_HEAD.test(name) || gazetteer.isKnownNonPerson(name)) return;
    // A place's name ending the name is a club's or a city's company: "Inter Miami", "Opera Lyon".
    if (name.includes(' ') && gazetteer.isKnownPlace(name.slice(name.lastIndexOf(' ') + 1))) return;
    const before = text.slice(Math.max(0, start - 40), start);
    const word = WORD_BEFORE.exec(before)?.[1];
    const wider = word && (word === 'The' || !OPENER.has(word)) && !mentions.some((o) => o !== m && o.end > start - word.length - 1 && o.start < start) ? start - word.length - 1 : start;
    const cueBefore = PERFORMER_BEFORE.test(text.slice(Math.max(0, wider - 40), wider)) || PERFORMER_BEFORE.test(before);
    if (!cueBefore && !PERFORMER_AFTER.test(text.slice(m.end, m.end + 80))) return;
    const from = wider;
    if (m.type === 'person' && from === m.start) return;
    people.set(i, { ...m, start: from, type: 'person' });
  });
  if (!people.size) return mentions;
  const names = new Set([...people.values()].map((p) => text.slice(p.start, p.end)));
  return mentions
    .map((m, i) => people.get(i) ?? (m.origin === 'detected' && m.type !== 'person' && names.has(text.slice(m.start, m.end)) ? { ...m, type: 'person' as const } : m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
