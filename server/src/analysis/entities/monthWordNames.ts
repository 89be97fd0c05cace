import { CALENDAR_BEFORE_CONJUNCTION, MONTH_GOVERNOR_RE } from '../dates/lexicon';
import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * People named with a month word: "Theresa May", "Brian May", "June Carter", "April Ryan", "Ms May". The tagger reads
 * the word as the month and keeps only the rest of the name ("Theresa"), or nothing. A month word is part of the name
 * when it stands right after a detected person's name or right before one with no word of time before it ("in May",
 * "since June", "on 5 June"), is not followed by a day or a year ("Theresa May 12" would be odd, "Xi May 5" a date),
 * and not by another capitalized word (a title-case headline's modal: "Xi Jinping May Visit Japan"). After a title
 * ("Ms May", "Mrs. May") it is a name by itself. Once the article names someone so, the word alone is that person
 * where no word of time governs it ("May defended the deal"); "talks resume in May" stays the month. Detections only;
 * a user's or a confirmed mention keeps it as it is (`replaceByNames`). Pure.
 */
const MONTH_NAME = '(?:April|May|June|August)';
const AFTER_NAME = new RegExp(`^ (${MONTH_NAME})(?![\\p{L}\\p{N}'’-])(?!\\s*\\d)(?!\\s+\\p{Lu})`, 'u');
const BEFORE_NAME = new RegExp(`(?:^|[^\\p{L}\\p{N}.'’-])(${MONTH_NAME}) $`, 'u');
const TITLED = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Dame|Sir|Lady|Lord)\\.? (${MONTH_NAME})(?![\\p{L}\\p{N}'’-])(?!\\s*\\d)`, 'gu');
/** Words after which a month word is the month: "in May", "early June", "last April", "postponed to May", "5 June". */
const TIME_WORD_BEFORE = new RegExp(`(?:\\b(?:${MONTH_GOVERNOR_RE}|on|the|a)|\\d|[-–])\\s*$`, 'i');
/** A month word that names people, as a whole word. */
const MONTH_WORD = new RegExp(`^${MONTH_NAME}$`);

/** Whether the text ends with a word of time that makes the month word after it the month ("in", "April and"). */
function timeBefore(before: string): boolean {
  return TIME_WORD_BEFORE.test(before) || CALENDAR_BEFORE_CONJUNCTION.test(before);
}

export function monthWordNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!/\b(?:April|May|June|August)\b/.test(text)) return mentions;
  const names: RawMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'person' || m.origin !== 'detected') continue;
    let { start, end } = m;
    const after = AFTER_NAME.exec(text.slice(end, end + 24));
    if (after) end += after[0].length;
    const before = BEFORE_NAME.exec(text.slice(Math.max(0, start - 10), start));
    if (before && !timeBefore(text.slice(Math.max(0, start - before[1].length - 32), start - before[1].length - 1))) start -= before[1].length + 1;
    if (start !== m.start || end !== m.end) names.push({ ...m, start, end });
  }
  for (const t of text.matchAll(TITLED)) {
    const end = t.index + t[0].length;
    names.push({ start: end - t[1].length, end, type: 'person', score: 0.8, origin: 'detected' });
  }
  const joined = replaceByNames(mentions, names);
  return replaceByNames(joined, alone(text, joined));
}

/** The month words of the article's people's names, standing alone where no word of time governs them. */
function alone(text: string, mentions: RawMention[]): RawMention[] {
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    for (const w of text.slice(m.start, m.end).split(/\s+/)) if (MONTH_WORD.test(w) && m.end - m.start > w.length) words.add(w);
  }
  const out: RawMention[] = [];
  for (const w of words) {
    for (const t of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])${w}(?![\\p{L}\\p{N}'’-])(?!\\s*\\d)(?!\\s+\\p{Lu})`, 'gu'))) {
      const start = t.index, end = start + w.length;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      if (timeBefore(text.slice(Math.max(0, start - 32), start))) continue;
      out.push({ start, end, type: 'person', score: 0.7, origin: 'detected' });
    }
  }
  return out;
}
