/**
 * `init + Σ a[aAt + j] · b[bAt + j]` for j < n, with four running sums (the plain-code dense products of the tagger:
 * the output layer, and the LSTM where WebAssembly is missing).
 */
export function dot(a: Float32Array | Float64Array, aAt: number, b: Float32Array | Float64Array, bAt: number, n: number, init = 0): number {
  let s0 = init, s1 = 0, s2 = 0, s3 = 0;
  const n4 = n & ~3;
  let j = 0;
  for (; j < n4; j += 4) {
    s0 += a[aAt + j] * b[bAt + j];
    s1 += a[aAt + j + 1] * b[bAt + j + 1];
    s2 += a[aAt + j + 2] * b[bAt + j + 2];
    s3 += a[aAt + j + 3] * b[bAt + j + 3];
  }
  for (; j < n; j++) s0 += a[aAt + j] * b[bAt + j];
  return s0 + s1 + s2 + s3;
}
