import { labelIndex } from '../labels';

/** Maps the model's BIOES tags (names like "S-PER") to the IOB2 label indices of labels.ts. */
export function bioesToIobTable(tags: readonly string[]): Int32Array {
  return Int32Array.from(tags, (t) => (t === 'O' ? 0 : labelIndex(`${t[0] === 'B' || t[0] === 'S' ? 'B' : 'I'}-${t.slice(2)}`)));
}
