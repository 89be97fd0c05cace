import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Walks up from `from` to the folder that contains `server/models/ner-neural` (works from sources and from the bundle). */
export function findNeuralModelDir(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'server', 'models', 'ner-neural');
    if (existsSync(join(candidate, 'model.bin'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`neural NER model not found above ${from} (expected server/models/ner-neural/model.bin)`);
    dir = parent;
  }
}
