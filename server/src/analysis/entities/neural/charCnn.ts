import { MAX_WORD_CHARS } from './tokenInputs';
import type { NeuralTagger } from './loadNeuralTagger';

/**
 * The character CNN of one word: width-3 convolution over the character embeddings (zero padding at both ends),
 * max over positions. Writes `m.filters` values to `out` at `at`. `scratch`: at least (MAX_WORD_CHARS + 2) · charDim.
 */
export function charCnn(m: NeuralTagger, word: string, out: Float32Array, at: number, scratch: Float32Array): void {
  const C = m.charDim, F = m.filters;
  const L = Math.min(word.length, MAX_WORD_CHARS);
  // scratch rows 0 and L+1 are the zero padding; row p+1 is character p.
  scratch.fill(0, 0, (L + 2) * C);
  for (let p = 0; p < L; p++) {
    const id = m.chars.get(word.charCodeAt(p)) ?? 1;
    scratch.set(m.charEmb.subarray(id * C, id * C + C), (p + 1) * C);
  }
  const w = m.convW;
  for (let f = 0; f < F; f++) {
    let best = -Infinity;
    const base = f * C * 3;
    for (let p = 0; p < L; p++) {
      let s = m.convB[f];
      for (let c = 0; c < C; c++) {
        const wf = base + c * 3;
        s += w[wf] * scratch[p * C + c] + w[wf + 1] * scratch[(p + 1) * C + c] + w[wf + 2] * scratch[(p + 2) * C + c];
      }
      if (s > best) best = s;
    }
    out[at + f] = L > 0 ? best : 0;
  }
}
