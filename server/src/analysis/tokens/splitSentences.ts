import type { Sentence, Token } from '../types';

/**
 * Groups tokens into sentences. A line break always ends a sentence (paragraphs, captions, header lines);
 * `.`, `!`, `?` and `...` end one when the next word starts like a sentence (capital, digit, quote, bracket, or a
 * name written with a lower-case start, "eBay").
 * Closing quotes and brackets stay with the sentence they end. An abbreviation that carries its own period
 * (`U.S.`, `Corp.`, `Jr.`) ends a sentence only before a word that is a common sentence opener ("U.S. The …"); a company's
 * `Ltd.`, `Inc.`, `Corp.` also before a capitalized word that a lower-case one follows ("… Co., Ltd. Shares of …"),
 * not before a title and a name ("Acme Corp. Chairman John Roe").
 */

const SENTENCE_END = /^(?:[.!?]|\.{2,})$/;
const CLOSER = /^["'”’)\]]$/;
/** A capital, digit, quote or bracket, or a name that starts in lower case before a capital ("eBay", "iPhone", "xAI"). */
const STARTS_SENTENCE = /^(?:[\p{Lu}\d"“'‘(\[]|\p{Ll}{1,2}\p{Lu})/u;
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,3}\.){2,}$/u;
/** Abbreviations that end a name, so may end a sentence: "Acme Ltd.", "Martin Luther King Jr.". */
const NAME_SUFFIX = /^(?:Ltd|Inc|Corp|Bros|Jr|Sr)\.$/;
const COMPANY_SUFFIX = /^(?:Ltd|Inc|Corp|Bros)\.$/;
const LOWER_WORD = /^\p{Ll}/u;
const OPENERS = new Set(['The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'But', 'In', 'On', 'At', 'And', 'There', 'His', 'Her', 'Their', 'Its', 'As', 'If', 'When', 'Some', 'Officials']);

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    sentences.push({ start: tokens[first].start, end: tokens[endToken - 1].end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    if (hasLineBreak(text, t.end, next.start)) {
      close(i + 1);
      continue;
    }
    if (SENTENCE_END.test(t.text)) {
      let j = i + 1;
      while (j < tokens.length && CLOSER.test(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
      const after = tokens[j];
      if (!after || STARTS_SENTENCE.test(after.text)) {
        close(j);
        i = j - 1;
      }
    } else if (next.start > t.end && isPeriodAbbreviation(t.text) && abbreviationEndsSentence(t.text, next.text, tokens[i + 2]?.text ?? '')) {
      close(i + 1);
    }
  }
  close(tokens.length);
  return sentences;
}

/** Whether a word carries its own period as an abbreviation that may end a name, and so a sentence: "U.S.", "Jr.", "Ltd.". */
export const isPeriodAbbreviation = (word: string) => DOTTED_ABBREVIATION.test(word) || NAME_SUFFIX.test(word);

/**
 * Whether such an abbreviation ends its sentence, given the word after it and the one after that: before a common
 * sentence opener ("U.S. The …"); a company's before a capitalized word that a lower-case one follows ("Ltd. Shares
 * of"), not before a title and a name ("Acme Corp. Chairman John Roe").
 */
export function abbreviationEndsSentence(abbreviation: string, next: string, afterNext: string): boolean {
  if (OPENERS.has(next)) return true;
  return COMPANY_SUFFIX.test(abbreviation) && /^\p{Lu}\p{Ll}/u.test(next) && LOWER_WORD.test(afterNext);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
