import type { RawMention } from '../types';

/**
 * A span made only of month or weekday names ("the April-June period", "January-October", "Monday to Friday") is a
 * stretch of the calendar, which the date layer finds, not a name; a tagger often types it misc or a place. Detected
 * mentions of two or more such words are dropped; one word alone may be a name ("May", "June") and stays. Pure.
 */
const CALENDAR_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|to|through|and)$/i;

export function dropCalendarRanges(text: string, mentions: RawMention[]): RawMention[] {
  return mentions.filter((m) => {
    if (m.origin !== 'detected') return true;
    const words = text.slice(m.start, m.end).replace(/\./g, '').split(/[\s\-–/]+/).filter(Boolean);
    return words.length < 2 || !words.every((w) => CALENDAR_WORD.test(w));
  });
}
