import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Article {
  id: string;
  text: string;
}

const REPO = path.resolve(__dirname, '../..');
/** Evaluation files read at run time (never copied into the repo). */
export const EVAL_DIR = path.resolve(REPO, '../shared/eval');

/** The sample articles plus the text of every document in ../shared/eval/*.jsonl. */
export function loadCorpus(): Article[] {
  const out: Article[] = [];
  const samples = path.join(REPO, 'samples');
  for (const f of fs.readdirSync(samples).sort()) if (f.endsWith('.article')) out.push({ id: f, text: fs.readFileSync(path.join(samples, f), 'utf8') });
  if (fs.existsSync(EVAL_DIR)) {
    for (const f of fs.readdirSync(EVAL_DIR).sort()) {
      if (!f.endsWith('.jsonl')) continue;
      for (const line of fs.readFileSync(path.join(EVAL_DIR, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const doc = JSON.parse(line) as { id: string; text: string };
        if (doc.text && doc.text.length > 200) out.push({ id: `${f}:${doc.id}`, text: doc.text });
      }
    }
  }
  return out;
}
