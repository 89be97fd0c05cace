/** Sizes past which the editor still opens the article but the user is told what to expect. */
export const LARGE_ARTICLE = 2_000_000;
/** Length past which an article's first reading takes a second or more, and the server reads it in slices. */
export const STEPPED_ARTICLE = 200_000;

/** A word for the user when a file is probably not an article (binary) or very large. Null when all is well. */
export function inspectText(text: string): { severity: 'warning' | 'info'; message: string } | null {
  const sample = text.slice(0, 8192);
  const controls = (sample.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
  if (sample.includes('\u0000') || controls > sample.length / 20)
    return { severity: 'warning', message: 'this file looks binary, not like an article; results will be meaningless. The file is not modified.' };
  if (text.length > LARGE_ARTICLE)
    return { severity: 'info', message: `this article is large (${(text.length / 1e6).toFixed(1)} M characters); only changed paragraphs are re-analysed after the first pass.` };
  return null;
}
