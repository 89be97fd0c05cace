/**
 * A clock time that goes on a daily round told earlier in its sentence: "The museum opens at 9 a.m.; last entry at
 * 4 p.m.", "The gallery opens at 10 a.m., with last admission at 5 p.m.". The later time is told in a verbless phrase
 * (or one in the same habitual present) and names no occasion of its own, so it recurs as the first one does.
 */
import { MONTH_WORD_RE, WEEKDAY_FULL_RE } from './lexicon';

// A sentence ends at "!", "?" or a full stop before a capital that is not the one of "a.m."/"p.m."; ";" and "," do not
// end it here, since the phrase after them ("; last entry at 4 p.m.") is what this rule reads.
const SENTENCE_END = /[!?]|(?<!\b[ap]\.m)\.\s+(?=\p{Lu})/gu;
// A clock time ("9 a.m.", "10:30pm") or a named hour ("noon", "midnight").
const CLOCK_WORD = /\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|\b(?:noon|midnight|midday)\b/gi;
// Words of one occasion between the two times: a past or future verb, a deictic day, a weekday or a month's day
// ("; on Friday it closed at 2 p.m.", "but will close at noon tomorrow"). "last" alone ("last entry") is none.
const ONE_OCCASION_BETWEEN = new RegExp(
  `\\b(?:will|'ll|would|was|were|had|did|next|this|today|tonight|tomorrow|yesterday|last\\s+(?:night|week|weekend|month|year|${WEEKDAY_FULL_RE})|\\p{Ll}{2,}ed|${WEEKDAY_FULL_RE}(?!s)|${MONTH_WORD_RE}\\.?\\s+\\d{1,2})\\b`,
  'iu',
);

/**
 * True when the clock time at `at` follows, in the same sentence, a clock time that `isDaily` finds recurring, with no
 * word of one occasion between them.
 */
export function afterDailyClock(text: string, at: number, isDaily: (text: string, at: number) => boolean): boolean {
  const sentence = sentenceBefore(text, at);
  const previous = [...sentence.matchAll(CLOCK_WORD)].at(-1);
  if (!previous) return false;
  if (ONE_OCCASION_BETWEEN.test(sentence.slice(previous.index))) return false;
  return isDaily(text, at - sentence.length + previous.index);
}

/**
 * True when the clock time at `at` follows, in the same sentence, an earlier clock time with words of one occasion
 * between them (a past or future verb, a deictic day): "open at 9 a.m. daily, but on Friday it closed at 2 p.m." — the later time is
 * that occasion's, however recurring the sentence's start.
 */
export function occasionAfterDailyClock(text: string, at: number): boolean {
  const sentence = sentenceBefore(text, at);
  const previous = [...sentence.matchAll(CLOCK_WORD)].at(-1);
  return !!previous && TOLD_ONCE_BETWEEN.test(sentence.slice(previous.index + previous[0].length));
}
// A verb told of one occasion, or a deictic day; not a weekday, which may be the round's own ("5 p.m. Monday to Friday
// and 10 a.m. to 2 p.m. Saturday").
const TOLD_ONCE_BETWEEN = /\b(?:will|'ll|would|was|were|had|did|today|tonight|tomorrow|yesterday|\p{Ll}{2,}ed)\b/iu;

/** The sentence of `text` before `at`, from its start (within 160 characters). */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 160), at);
  const start = [...before.matchAll(SENTENCE_END)].map((x) => x.index + x[0].length).at(-1) ?? 0;
  return before.slice(start);
}
