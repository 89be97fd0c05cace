import * as fs from 'node:fs';

/** Largest article the CLI reads (a guard against pointing it at a disk image). */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

/** Reads an article file as UTF-8 text, refusing binaries and huge files with a message that names the file. */
export function readArticle(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  if (stat.isDirectory()) throw new Error(`${file}: is a folder, not an article`);
  if (stat.size > MAX_ARTICLE_BYTES) throw new Error(`${file}: ${(stat.size / 1e6).toFixed(0)} MB is too large for an article (limit ${MAX_ARTICLE_BYTES / 1e6} MB)`);
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error(`${file}: looks like a binary file, not an article`);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
