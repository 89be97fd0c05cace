// Where the evaluation data lives (read at run time, never copied into the repo).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_DIR = path.resolve(process.env.ARTICLE_ANNOTATOR_EVAL_DIR ?? path.join(ROOT, '..', 'shared', 'eval'));

export function goldFiles() {
  if (!existsSync(EVAL_DIR)) throw new Error(`evaluation data not found at ${EVAL_DIR} (set ARTICLE_ANNOTATOR_EVAL_DIR)`);
  const order = ['seeds', 'conll2003.dev', 'timebank', 'polnear.dev', 'conll2003.train', 'polnear.train'];
  const rank = (f) => { const i = order.findIndex((o) => f.startsWith(o)); return i < 0 ? order.length : i; };
  return readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl')).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((f) => path.join(EVAL_DIR, f));
}
