import { addDays, daysBetween, formatYmd, isValidDay, parseYmd, weekday } from '../dates/calendar';
import { monthOf, weekdayOf } from '../dates/lexicon';
import { parsePrintedDate } from '../dates/parsePrintedDate';
import type { Block, Span } from '../types';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** Full dates as datelines, captions and timestamps print them: "Jan. 5, 2017", "22 November 2017", "22-Nov-2017", "1996-08-22". */
const FULL_DATE_SOURCE = `\\b(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{1,2}-${MONTH}-\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`;
const FULL_DATE = new RegExp(FULL_DATE_SOURCE, 'g');

/** A dateline's place in capitals ("BEIJING", "UNITED NATIONS"), with its country or state after a comma ("KYIV, Ukraine"). */
const CAPS_PLACE = "\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?";
/** A place in title case ("Beijing", "Rio de Janeiro, Brazil"): a dateline's only when the agency or a dash follows the date. */
const TITLE_PLACE = "\\p{Lu}[\\p{L} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?";
/** What closes a dateline after its date: the agency in brackets, a dash, a wire ("(Xinhua) --", " — ", "/PRNewswire/"). */
const DATELINE_END = new RegExp("^\\s*(?:\\([\\p{L} .&'’-]{1,30}\\)|--|—|–|-\\s|\\/[\\p{L} ]{2,30}\\/)", 'u');

/**
 * A dateline without a year, as agencies print it: "BEIJING, Dec. 7 (Xinhua) --", "GENEVA, Switzerland, March 12 —",
 * "Beijing, Dec. 3 (CGTN) --". The month and day follow the place's comma.
 */
const YEARLESS_DATELINE = new RegExp(`^\\s*(?:(${CAPS_PLACE})|${TITLE_PLACE}),\\s+(${MONTH})\\s+(\\d{1,2})(?!\\d)(?!,?\\s+\\d{4})`, 'u');

/**
 * A dateline with a full date: "BEIJING, Nov. 3, 2016 (Xinhua) --", "LONDON 1996-08-30", "Nov. 3, 2016 --",
 * "Beijing, Nov. 3, 2016 (CGTN) --". Not an event's date in the lead ("On Oct. 7, 2023, …").
 */
const FULL_DATELINE = new RegExp(`^\\s*(?:(${CAPS_PLACE}),?\\s+|${TITLE_PLACE},\\s+)?(${FULL_DATE_SOURCE})`, 'u');

/** The date of a dateline stands at its start; a place in capitals marks it, else what follows the date must. */
const closesDateline = (m: RegExpExecArray, paragraph: string) => m[1] !== undefined || DATELINE_END.test(paragraph.slice(m.index + m[0].length));

/** An editor's note opening the body stands before the dateline paragraph: "Editor's note: …". */
const EDITORS_NOTE = /^Editor['’]s\s+note\b/i;

/** How far into the first paragraph a dateline may reach ("BEIJING, Nov. 22, 2017 (Xinhua) --"). */
const DATELINE_REACH = 80;

/**
 * The date the article prints about itself, used as the reference date for relative expressions:
 * a date in the header or in the dateline at the start of the first paragraph, else in the first dated photo caption.
 * A dateline without a year ("BEIJING, Dec. 7 (Xinhua) --") still comes before the caption, which only lends it a year.
 * A caption's date yields to the day the lead reports on when that falls a few days after the photo (`leadReportDay`).
 */
export function findPrintedDate(text: string, blocks: Block[]): (Span & { value: string; where: 'header' | 'dateline' | 'caption' }) | undefined {
  const firstParagraph = blocks.find((b) => b.kind === 'paragraph' && !EDITORS_NOTE.test(text.slice(b.start, b.end)));
  const found = firstPrintedDate(text, blocks, firstParagraph);
  if (found && found.where !== 'caption') return found;
  const yearless = firstParagraph && yearlessDateline(text, firstParagraph, found?.value);
  if (yearless || !found || !firstParagraph) return yearless || found;
  const reported = leadReportDay(text.slice(firstParagraph.start, firstParagraph.end), found.value);
  return reported ? { ...found, value: reported } : found;
}

const REPORT_VERB = '(?:said|says|announced|told|urged|called|reiterated|confirmed|warned|stressed|pledged|reported|released|unveiled|denied|rejected|vowed)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "said on Thursday", "told reporters in Kabul on Thursday", "China on Monday called …": the day the news was told. */
const LEAD_REPORT_DAY = new RegExp(`\\b${REPORT_VERB}\\b[^.;]{0,60}?\\bon\\s+${WEEKDAY}\\b|\\bon\\s+${WEEKDAY}\\s+(?:\\p{Ll}+\\s+)?${REPORT_VERB}\\b`, 'u');

/**
 * A caption dates its photo, which is taken on the day of the news or the day before it; the lead tells the day of the
 * news by its weekday ("the death toll has risen, the authorities said on Thursday"). When that weekday is neither the
 * photo's day nor the day before, the article is of the first such day after the photo (one to five days later): the
 * photo showed an earlier stage of the story. Returns that day, or null to keep the caption's date.
 */
function leadReportDay(lead: string, captionDate: string): string | null {
  const m = LEAD_REPORT_DAY.exec(lead);
  const photo = parseYmd(captionDate);
  if (!m || !photo) return null;
  const ahead = (weekdayOf(m[1] ?? m[2]) - weekday(photo) + 7) % 7;
  return ahead >= 1 && ahead <= 5 ? formatYmd(addDays(photo, ahead)) : null;
}

/**
 * The month and day of a yearless dateline, in the year that puts it nearest a caption's date when there is one
 * (captions are dated the same day or the day before); else with the year unknown ("XXXX-12-07"), which the
 * reference-date choice fills in from the file's date.
 */
function yearlessDateline(text: string, paragraph: Block, captionDate: string | undefined): (Span & { value: string; where: 'dateline' }) | undefined {
  const lead = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + DATELINE_REACH));
  const m = YEARLESS_DATELINE.exec(lead);
  if (!m || !closesDateline(m, lead)) return undefined;
  const month = monthOf(m[2]), day = +m[3];
  // The span is the month and day ("Dec. 7"), after the place.
  const span = { start: paragraph.start + m.index + m[0].lastIndexOf(m[2]), end: paragraph.start + m.index + m[0].length };
  const near = captionDate ? parseYmd(captionDate) : null;
  if (!near) return isValidDay(2000, month, day) ? { ...span, value: `XXXX-${pad2(month)}-${pad2(day)}`, where: 'dateline' } : undefined;
  const years = [near.y - 1, near.y, near.y + 1].filter((y) => isValidDay(y, month, day));
  if (!years.length) return undefined;
  const y = years.reduce((a, b) => (Math.abs(daysBetween(near, { y: b, m: month, d: day })) < Math.abs(daysBetween(near, { y: a, m: month, d: day })) ? b : a));
  return { ...span, value: formatYmd({ y, m: month, d: day }), where: 'dateline' };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function firstPrintedDate(text: string, blocks: Block[], firstParagraph: Block | undefined): (Span & { value: string; where: 'header' | 'dateline' | 'caption' }) | undefined {
  const candidates: { block: Block; where: 'header' | 'caption' }[] = [];
  // The timestamp line first: it is the article's own date; so is one a byline line prints beside the names ("By Li Wei
  // | chinadaily.com.cn | Updated: 2025-09-03 16:40"); a date in the title may be the event's.
  for (const b of blocks) if (b.kind === 'timestamp') candidates.push({ block: b, where: 'header' });
  for (const b of blocks) if (b.kind === 'byline') candidates.push({ block: b, where: 'header' });
  for (const b of blocks) if (b.kind === 'title' || b.kind === 'source') candidates.push({ block: b, where: 'header' });
  const fromHeader = firstFullDate(text, candidates);
  if (fromHeader) return fromHeader;
  const dateline = firstParagraph && fullDateline(text, firstParagraph);
  if (dateline) return dateline;
  return firstFullDate(text, blocks.filter((b) => b.kind === 'caption' && b.duplicateOf === undefined).map((block) => ({ block, where: 'caption' as const })));
}

function firstFullDate(text: string, candidates: { block: Block; where: 'header' | 'caption' }[]): (Span & { value: string; where: 'header' | 'caption' }) | undefined {
  for (const { block, where } of candidates) {
    for (const m of text.slice(block.start, block.end).matchAll(FULL_DATE)) {
      const value = parsePrintedDate(m[0]);
      if (value) return { start: block.start + m.index!, end: block.start + m.index! + m[0].length, value, where };
    }
  }
  return undefined;
}

/** The full date of a dateline at the start of the paragraph, if it has one. */
function fullDateline(text: string, paragraph: Block): (Span & { value: string; where: 'dateline' }) | undefined {
  const lead = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + DATELINE_REACH));
  const m = FULL_DATELINE.exec(lead);
  const value = m && closesDatelineOrLine(m, lead, paragraph) ? parsePrintedDate(m[2]) : null;
  if (!m || !value) return undefined;
  const start = paragraph.start + m.index + m[0].length - m[2].length;
  return { start, end: start + m[2].length, value, where: 'dateline' };
}

/** A line that is only a place and a date ("LONDON 1996-08-30", "Nov. 3, 2016") is a dateline too. */
function closesDatelineOrLine(m: RegExpExecArray, lead: string, paragraph: Block): boolean {
  return closesDateline(m, lead) || m.index + m[0].length === paragraph.end - paragraph.start;
}
