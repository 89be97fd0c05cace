/** The line of `text` holding offset `at` (without its line break): where a rule asks whether it is a headline in capitals. */
export function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}
