import { ZONE_ABBREVIATION_RE } from '../dates/lexicon';

/**
 * A line that says when the page or a post was published or updated, with a time or a date after the label:
 * "Updated 10:42 GMT", "Published 3 hours ago", "Posted at 11:48", "Published: Jan 15, 2026 09:48 PM".
 */
export const PUBLISHED_AT = /^(?:Last\s+)?(?:[Uu]pdated|Published|Posted)(?:\s+(?:at|on))?\s*[:：]?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;

/** A bare time of day as a live page sets it over each post: "10:42 GMT", "9:15 a.m. ET", "14:20 Beijing time". */
const POST_TIME = new RegExp(String.raw`^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:(?:GMT|UTC)\s*[+-]\s*\d{1,2}|${ZONE_ABBREVIATION_RE}|Beijing\s+time|local\s+time))?$`);

/** The time stamp of a post in a live page's body: "14:20 BST", "Posted 14:20 BST", "Last updated 3 minutes ago". */
export function isPostStamp(line: string): boolean {
  return line.length <= 40 && !/[.!?]$/.test(line) && (POST_TIME.test(line) || PUBLISHED_AT.test(line));
}
