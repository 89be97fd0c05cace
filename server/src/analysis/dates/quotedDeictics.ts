/**
 * "today", "tonight", "tomorrow" and "yesterday" inside a quotation count from the day the words were said, when the
 * sentence tells it: "“We will vote tomorrow,” the minister said on Monday." in Tuesday's article is Tuesday, not
 * Wednesday; "“I am very happy today,” Smith told reporters on Monday" is Monday. The speaker's "today" is the day of
 * speaking, as TimeML anchors it. Only a direct quotation moves (reported speech has its deictics translated by the
 * writer, or counts from the article's day), and only when the saying is a day of the week before the article's,
 * told next to a verb of saying outside the quotation in the same sentence ("said on Monday", "On Monday, she said: “…").
 */
import type { DateMention } from '../types';
import { addDays, daysBetween, formatYmd, parseYmd, type Ymd } from './calendar';

const DEICTIC = /^(?:today|tonight|tomorrow|yesterday)$/i;
/** A verb of saying, then a few words without a quotation mark or a sentence's end, right before the day named. */
const SAID_BEFORE = /\b(?:said|says|told|tells|added|announced|wrote|declared|stressed|insisted|warned|posted)\b[^"“”.!?;]{0,40}$/;
/** The day named first, then the saying and the opening mark: "On Monday, the minister said: “…". */
const SAID_AFTER = /^[^"“”.!?;]{0,60}\b(?:said|says|told|tells|added|announced|wrote|declared|stressed|insisted|warned|posted)\b[^"“”.!?;]{0,24}["“]/;
const FULL_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** Whether `at` lies inside a quotation of `text`: after an opening curly mark not yet closed, or an odd number of straight ones. */
function insideQuotation(text: string, at: number): boolean {
  if (text.lastIndexOf('“', at) > text.lastIndexOf('”', at)) return true;
  let straight = 0;
  for (let i = text.indexOf('"'); i >= 0 && i < at; i = text.indexOf('"', i + 1)) straight++;
  return straight % 2 === 1;
}

/**
 * Moves each deictic of `dates` (mentions of `text`, in order) that a quotation holds to the day of saying told in its
 * sentence (`sentenceEnds`: end offsets), when that day is within the week before `ref`.
 */
export function quotedDeicticsOnSpeechDay(text: string, sentenceEnds: number[], dates: DateMention[], ref: Ymd): void {
  const sentenceOf = (at: number) => sentenceEnds.findIndex((e) => e > at);
  for (const d of dates) {
    const own = FULL_DAY.exec(d.value);
    if (!DEICTIC.test(d.text) || !own || !insideQuotation(text, d.start)) continue;
    const s = sentenceOf(d.start);
    const start = s > 0 ? sentenceEnds[s - 1] : 0;
    const said = dates.find((x) => x !== d && x.type === 'date' && sentenceOf(x.start) === s && !DEICTIC.test(x.text) && !insideQuotation(text, x.start)
      && FULL_DAY.test(x.value) && (SAID_BEFORE.test(text.slice(Math.max(start, x.start - 60), x.start)) || (x.end <= d.start && SAID_AFTER.test(text.slice(x.end, d.start)))));
    const day = said && parseYmd(said.value.slice(0, 10));
    if (!day) continue;
    const back = daysBetween(day, ref);
    if (back <= 0 || back > 7) continue;
    const moved = addDays(parseYmd(own[1])!, -back);
    d.value = formatYmd(moved) + d.value.slice(10);
  }
}
