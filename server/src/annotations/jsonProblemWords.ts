/**
 * The JSON parser's error names (`PropertyNameExpected`…) in words a person editing the file by hand understands.
 * The messages reach the Problems view and the CLI, read by people who never saw the parser's enum.
 */
const WORDS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a name in double quotes is expected here',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon (:) is expected here',
  CommaExpected: 'a comma is expected here',
  CloseBraceExpected: 'a closing } is expected here',
  CloseBracketExpected: 'a closing ] is expected here',
  EndOfFileExpected: 'there is text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment that never ends',
  UnexpectedEndOfString: 'a text in quotes that never ends',
  UnexpectedEndOfNumber: 'a number that stops short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a backslash before a character that cannot be escaped',
  InvalidCharacter: 'a control character (such as a tab or line break) inside quotes',
};

/**
 * Words for the parser's error `code` found at `offset` of `text`. A problem at the very end (only blanks follow) is
 * what a file cut short looks like, whatever the parser expected there: say that, as it is the likelier story.
 */
export function jsonProblemWords(code: string, text: string, offset: number): string {
  if (code !== 'EndOfFileExpected' && text.slice(offset).trim() === '') return 'the file stops before the JSON is complete, as if cut short';
  return WORDS[code] ?? code;
}
