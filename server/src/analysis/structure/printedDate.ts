import { parsePrintedDate } from '../dates/parsePrintedDate';
import type { Block, Span } from '../types';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** Full dates as datelines, captions and timestamps print them: "Jan. 5, 2017", "22 November 2017", "22-Nov-2017", "1996-08-22". */
const FULL_DATE = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{1,2}-${MONTH}-\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'g',
);

/** How far into the first paragraph a dateline may reach ("BEIJING, Nov. 22, 2017 (Xinhua) --"). */
const DATELINE_REACH = 80;

/**
 * The date the article prints about itself, used as the reference date for relative expressions:
 * a date in the header or in the dateline at the start of the first paragraph, else in the first dated photo caption.
 */
export function findPrintedDate(text: string, blocks: Block[]): (Span & { value: string; where: 'header' | 'dateline' | 'caption' }) | undefined {
  const firstParagraph = blocks.find((b) => b.kind === 'paragraph');
  const candidates: { block: Block; reach: number; where: 'header' | 'dateline' | 'caption' }[] = [];
  // The timestamp line first: it is the article's own date; a date in the title may be the event's.
  for (const b of blocks) if (b.kind === 'timestamp') candidates.push({ block: b, reach: Infinity, where: 'header' });
  for (const b of blocks) if (b.kind === 'title' || b.kind === 'source') candidates.push({ block: b, reach: Infinity, where: 'header' });
  if (firstParagraph) candidates.push({ block: firstParagraph, reach: DATELINE_REACH, where: 'dateline' });
  for (const b of blocks) if (b.kind === 'caption' && b.duplicateOf === undefined) candidates.push({ block: b, reach: Infinity, where: 'caption' });
  for (const { block, reach, where } of candidates) {
    const slice = text.slice(block.start, Math.min(block.end, block.start + reach));
    for (const m of slice.matchAll(FULL_DATE)) {
      const value = parsePrintedDate(m[0]);
      if (value) return { start: block.start + m.index!, end: block.start + m.index! + m[0].length, value, where };
    }
  }
  return undefined;
}
