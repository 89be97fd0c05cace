import type { FeatureScorer } from './decodeSentence';

/**
 * The shipped weights: `model.bin` = 16-byte header (magic "NER1", label count, feature count, float32 scale),
 * then the feature hashes (uint32, one per feature) and the weights (int16, features × labels, times scale).
 * Looked up through an open-addressing table built at load time.
 */
export class PackedModel implements FeatureScorer {
  /** Open addressing, interleaved: slot s holds the feature hash at 2s and its row at 2s + 1 (−1: empty). */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** The int16 weights as stored in the file (half the memory of floats: fewer cache misses); times `scale` when added. */
  private readonly values: Int16Array;

  constructor(
    private readonly keys: Uint32Array,
    weights: Int16Array,
    private readonly nLabels: number,
    private readonly scale: number,
  ) {
    this.values = weights;
    let size = 1;
    while (size < keys.length * 2) size <<= 1; // load ≤ ½: short probes, a table small enough to stay in cache
    this.mask = size - 1;
    this.table = new Int32Array(2 * size).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i] & this.mask;
      while (this.table[2 * slot + 1] !== -1) slot = (slot + 1) & this.mask;
      this.table[2 * slot] = keys[i] | 0;
      this.table[2 * slot + 1] = i;
    }
  }

  static fromBuffer(buf: Uint8Array): PackedModel {
    const bytes = buf.byteOffset % 4 === 0 ? buf : new Uint8Array(buf); // typed views need aligned offsets
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
    if (magic !== 'NER1') throw new Error('not an NER1 model file');
    const nLabels = view.getUint32(4, true);
    const nFeatures = view.getUint32(8, true);
    const scale = view.getFloat32(12, true);
    const keys = new Uint32Array(bytes.buffer, bytes.byteOffset + 16, nFeatures);
    const weights = new Int16Array(bytes.buffer, bytes.byteOffset + 16 + 4 * nFeatures, nFeatures * nLabels);
    return new PackedModel(keys, weights, nLabels, scale);
  }

  static toBuffer(keys: Uint32Array, weights: Int16Array, nLabels: number, scale: number): Uint8Array {
    const out = new Uint8Array(16 + keys.length * 4 + weights.length * 2);
    const view = new DataView(out.buffer);
    out.set([78, 69, 82, 49], 0);
    view.setUint32(4, nLabels, true);
    view.setUint32(8, keys.length, true);
    view.setFloat32(12, scale, true);
    out.set(new Uint8Array(keys.buffer, keys.byteOffset, keys.byteLength), 16);
    out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength), 16 + keys.length * 4);
    return out;
  }

  get size(): number {
    return this.keys.length;
  }

  addScores(feature: number, scores: Float64Array): void {
    const table = this.table, key = feature | 0;
    let slot = feature & this.mask;
    for (;;) {
      const i = table[2 * slot + 1];
      if (i === -1) return;
      if (table[2 * slot] === key) {
        const o = i * this.nLabels;
        const v = this.values, scale = this.scale;
        for (let l = 0; l < this.nLabels; l++) scores[l] += v[o + l] * scale;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
