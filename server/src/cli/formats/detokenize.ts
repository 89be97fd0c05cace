/**
 * Rebuilds running text from tokens (one sentence per line) and gives each token's offsets.
 * No space before closing punctuation and clitics (`, . ; : ! ? ) ] } % 's n't 're 've 'll 'd 'm`), none after
 * opening brackets and currency signs; straight double quotes alternate open/close within a sentence.
 */
const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|\.\.\.|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|')$/;
const NO_SPACE_AFTER = /^(?:[([{$£€¥]|[A-Z]{1,3}\$)$/;

export interface Detokenized {
  text: string;
  /** `[start, end)` of every token, per sentence. */
  offsets: [number, number][][];
}

export function detokenize(sentences: readonly (readonly string[])[]): Detokenized {
  let text = '';
  const offsets: [number, number][][] = [];
  sentences.forEach((tokens, si) => {
    if (si > 0) text += '\n';
    const sentence: [number, number][] = [];
    let quoteOpen = false;
    let glueNext = true; // no space before the first token of a line
    for (const tok of tokens) {
      let space = !glueNext;
      let opensQuote = false;
      if (tok === '"') {
        if (quoteOpen) space = false;
        else opensQuote = true;
        quoteOpen = !quoteOpen;
      } else if (NO_SPACE_BEFORE.test(tok)) space = false;
      if (space) text += ' ';
      sentence.push([text.length, text.length + tok.length]);
      text += tok;
      glueNext = opensQuote || NO_SPACE_AFTER.test(tok);
    }
    offsets.push(sentence);
  });
  return { text, offsets };
}
