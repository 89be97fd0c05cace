import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';
import { FAMILIAR_RANK } from './speakingSubjects';

/**
 * A festival or a show named by one coined word ("the Berlinale", "Sundance") is an event, misc in the CoNLL scheme;
 * a tagger that has never seen the word reads a company or a person. What the article says around it tells: an
 * edition of it ("this year's X", "last year's X"), or a noun of a festival's after it ("the X jury", "the X
 * festival", "X's opening film", "the X lineup", "the X red carpet"). Where one mention has such a cue, every detected
 * mention of exactly that word is misc. Only a word no gazetteer lists and rarer than the familiar vocabulary is
 * read so ("this year's Apple event" keeps "Apple"). Mentions a person tagged or confirmed stay as they are. Pure.
 *
 * It runs on every keystroke: a plain literal test of the cue words comes first, then one mention at a time.
 */
const CHEAP = /year['’]s|jury|[Ff]estival|opening film|line-?up|red carpet/;
const EDITION_BEFORE = /\b(?:this|last|next) year['’]s $/;
const FESTIVAL_AFTER = /^(?:['’]s)? (?:jury|juries|festival|film festival|opening film|closing film|lineup|line-up|red carpet)\b/;
const ONE_WORD = /^\p{Lu}[\p{Ll}]+$/u;

export function festivalNames(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  if (!CHEAP.test(text)) return mentions;
  const events = new Set<string>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || m.type === 'misc') continue;
    const name = text.slice(m.start, m.end);
    if (!ONE_WORD.test(name) || events.has(name)) continue;
    if (!EDITION_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !FESTIVAL_AFTER.test(text.slice(m.end, m.end + 20))) continue;
    if (gazetteer.isKnownNonPerson(name) || gazetteer.isGivenName(name) || gazetteer.wordRank(name) < FAMILIAR_RANK) continue;
    events.add(name);
  }
  if (!events.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type !== 'misc' && events.has(text.slice(m.start, m.end)) ? { ...m, type: 'misc' as const } : m));
}
