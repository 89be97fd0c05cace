import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Walks up from `from` to the folder that contains `server/models/<name>/model.bin` (works from sources and from
 * the bundle): `ner` is the perceptron, `ner-neural` the neural tagger.
 */
export function findModelDir(from: string = __dirname, name: 'ner' | 'ner-neural' = 'ner'): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'server', 'models', name);
    if (existsSync(join(candidate, 'model.bin'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`NER model not found above ${from} (expected server/models/${name}/model.bin)`);
    dir = parent;
  }
}
