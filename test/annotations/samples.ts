import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const SAMPLES_DIR = path.resolve(__dirname, '../../samples');
export const KANG = 'wang-yi-kang-kyung-wha.article';
export const MINJOO = 'wang-yi-minjoo-party.article';

export function sampleText(name: string): string {
  return fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8');
}

const made: string[] = [];
process.on('exit', () => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh temp folder holding copies of the sample articles (tests never write into samples/); removed on exit. */
export function tempWithSamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotations-test-'));
  made.push(dir);
  for (const f of fs.readdirSync(SAMPLES_DIR)) if (f.endsWith('.article')) fs.copyFileSync(path.join(SAMPLES_DIR, f), path.join(dir, f));
  return dir;
}

/** The span of the `nth` (0-based) occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i === -1) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return { start: i, end: i + needle.length };
}
