import * as fs from 'node:fs';
import * as path from 'node:path';

export const SAMPLES_DIR = path.join(__dirname, '..', '..', 'samples');
/** "Chinese FM Wang Yi meets a Minjoo Party delegation": no header, a caption first, dated Jan. 5, 2017. */
export const MINJOO = 'wang-yi-minjoo-party.article';
/** "China urges South Korea to continue to properly handle THAAD issue": header, repeated captions, a stray "6km". */
export const KANG = 'wang-yi-kang-kyung-wha.article';

export function sample(name: string): string {
  return fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8');
}

/** The span of the n-th (0-based) occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`“${needle}” occurs fewer than ${occurrence + 1} times`);
  }
  return { start: at, end: at + needle.length };
}
