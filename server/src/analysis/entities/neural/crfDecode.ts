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

  marginals(em, n, K, trans, start, end, tags, confidence);
  return { tags, confidence };
}

/**
 * Forward-backward in scaled probability space (exp of the transitions once, then sums of products, renormalised at
 * each step): K exponentials per token instead of K² in log space. Writes the marginal of `tags[t]` to `out[t]`.
 */
function marginals(em: Float32Array, n: number, K: number, trans: Float32Array, start: Float32Array, end: Float32Array, tags: Int32Array, out: Float64Array): void {
  const E = new Float64Array(K * K);
  for (let i = 0; i < K * K; i++) E[i] = Math.exp(trans[i]);
  // p[t·K + b] = exp(em[t, b] − max_b em[t, b]): the emissions as scaled probabilities.
  const p = new Float64Array(n * K);
  for (let t = 0; t < n; t++) {
    let m = -Infinity;
    for (let b = 0; b < K; b++) if (em[t * K + b] > m) m = em[t * K + b];
    for (let b = 0; b < K; b++) p[t * K + b] = Math.exp(em[t * K + b] - m);
  }
  const alpha = new Float64Array(n * K), beta = new Float64Array(n * K);
  let m = -Infinity;
  for (let b = 0; b < K; b++) if (start[b] > m) m = start[b];
  for (let b = 0; b < K; b++) alpha[b] = Math.exp(start[b] - m) * p[b];
  normalise(alpha, 0, K);
  for (let t = 1; t < n; t++) {
    for (let b = 0; b < K; b++) {
      let s = 0;
      for (let a = 0; a < K; a++) s += alpha[(t - 1) * K + a] * E[a * K + b];
      alpha[t * K + b] = s * p[t * K + b];
    }
    normalise(alpha, t * K, K);
  }
  m = -Infinity;
  for (let b = 0; b < K; b++) if (end[b] > m) m = end[b];
  for (let b = 0; b < K; b++) beta[(n - 1) * K + b] = Math.exp(end[b] - m);
  normalise(beta, (n - 1) * K, K);
  for (let t = n - 2; t >= 0; t--) {
    for (let a = 0; a < K; a++) {
      let s = 0;
      for (let b = 0; b < K; b++) s += E[a * K + b] * p[(t + 1) * K + b] * beta[(t + 1) * K + b];
      beta[t * K + a] = s;
    }
    normalise(beta, t * K, K);
  }
  for (let t = 0; t < n; t++) {
    let z = 0;
    for (let b = 0; b < K; b++) z += alpha[t * K + b] * beta[t * K + b];
    out[t] = z > 0 ? (alpha[t * K + tags[t]] * beta[t * K + tags[t]]) / z : 0;
  }
}

/** Scales `x[at … at+k)` to sum 1 (left as is when all are zero). */
function normalise(x: Float64Array, at: number, k: number): void {
  let s = 0;
  for (let i = at; i < at + k; i++) s += x[i];
  if (s > 0) for (let i = at; i < at + k; i++) x[i] /= s;
}
