import type { RawMention } from '../types';

/**
 * A span made only of month or weekday names ("the April-June period", "January-October", "Monday to Friday") is a
 * stretch of the calendar, which the date layer finds, not a name; a tagger often types it misc or a place. Detected
 * mentions of two or more such words are dropped; one word alone may be a name ("May", "June") and stays. An era
 * next to a year or after a century ("221 BC", "the third century BCE", "AD 79") is part of a date, not a name, and
 * is dropped too. Pure.
 */
const CALENDAR_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|to|through|and)$/i;

const ERA = /^(?:BC|BCE|AD|CE|B\.C\.?|A\.D\.?|B\.C\.E\.?|C\.E\.?)$/;
const YEAR_BEFORE = /(?:\d|\b(?:century|centuries|millennium|millennia))\s*$/i;
const YEAR_AFTER = /^\s*\d/;

export function dropCalendarRanges(text: string, mentions: RawMention[]): RawMention[] {
  return mentions.filter((m) => {
    if (m.origin !== 'detected') return true;
    if (m.end - m.start <= 6 && ERA.test(text.slice(m.start, m.end))) return !(YEAR_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) || YEAR_AFTER.test(text.slice(m.end, m.end + 3)));
    const words = text.slice(m.start, m.end).replace(/\./g, '').split(/[\s\-–/]+/).filter(Boolean);
    return words.length < 2 || !words.every((w) => CALENDAR_WORD.test(w));
  });
}
