import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Walks up from `from` to the folder that contains `server/models/ner` (works from sources and from the bundle). */
export function findModelDir(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'server', 'models', 'ner');
    if (existsSync(join(candidate, 'model.bin'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`NER model not found above ${from} (expected server/models/ner/model.bin)`);
    dir = parent;
  }
}
