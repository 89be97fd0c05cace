/**
 * Viterbi decoding of a linear-chain CRF, and the marginal probability of each decoded tag (forward-backward).
 * `em`: n × K emission scores; `trans[a·K + b]`: score of b after a; `start`, `end`: K.
 */
export function crfDecode(em: Float32Array, n: number, K: number, trans: Float32Array, start: Float32Array, end: Float32Array): { tags: Int32Array; confidence: Float64Array } {
  const tags = new Int32Array(n);
  const confidence = new Float64Array(n);
  if (n === 0) return { tags, confidence };
  const back = new Int32Array(n * K);
  let v = new Float64Array(K), next = new Float64Array(K);
  for (let b = 0; b < K; b++) v[b] = start[b] + em[b];
  for (let t = 1; t < n; t++) {
    for (let b = 0; b < K; b++) {
      let best = -Infinity, arg = 0;
      for (let a = 0; a < K; a++) {
        const s = v[a] + trans[a * K + b];
        if (s > best) { best = s; arg = a; }
      }
      next[b] = best + em[t * K + b];
      back[t * K + b] = arg;
    }
    [v, next] = [next, v];
  }
  let best = -Infinity, tag = 0;
  for (let b = 0; b < K; b++) if (v[b] + end[b] > best) { best = v[b] + end[b]; tag = b; }
  for (let t = n - 1; t >= 0; t--) { tags[t] = tag; if (t > 0) tag = back[t * K + tag]; }

  // forward-backward in log space for the marginals of the decoded tags
  const alpha = new Float64Array(n * K), beta = new Float64Array(n * K);
  const tmp = new Float64Array(K);
  for (let b = 0; b < K; b++) alpha[b] = start[b] + em[b];
  for (let t = 1; t < n; t++) for (let b = 0; b < K; b++) {
    for (let a = 0; a < K; a++) tmp[a] = alpha[(t - 1) * K + a] + trans[a * K + b];
    alpha[t * K + b] = logSumExp(tmp, K) + em[t * K + b];
  }
  for (let b = 0; b < K; b++) beta[(n - 1) * K + b] = end[b];
  for (let t = n - 2; t >= 0; t--) for (let a = 0; a < K; a++) {
    for (let b = 0; b < K; b++) tmp[b] = trans[a * K + b] + em[(t + 1) * K + b] + beta[(t + 1) * K + b];
    beta[t * K + a] = logSumExp(tmp, K);
  }
  for (let b = 0; b < K; b++) tmp[b] = alpha[(n - 1) * K + b] + end[b];
  const logZ = logSumExp(tmp, K);
  for (let t = 0; t < n; t++) confidence[t] = Math.exp(alpha[t * K + tags[t]] + beta[t * K + tags[t]] - logZ);
  return { tags, confidence };
}

function logSumExp(x: Float64Array, k: number): number {
  let m = -Infinity;
  for (let i = 0; i < k; i++) if (x[i] > m) m = x[i];
  let s = 0;
  for (let i = 0; i < k; i++) s += Math.exp(x[i] - m);
  return m + Math.log(s);
}
