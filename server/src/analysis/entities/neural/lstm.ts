import { dot } from './dot';
import type { LstmKernel } from './kernel/lstmKernel';
import type { LstmWeights } from './loadNeuralTagger';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** tanh through one exponential (V8's Math.tanh is several times slower); exact to about 1e-16 away from 0. */
const tanh = (x: number) => 1 - 2 / (1 + Math.exp(2 * x));

/**
 * Runs one LSTM direction over `n` steps. `pre` holds, per step, the input projection W_ih·x + biases (4H values
 * per step, gates i, f, g, o); the recurrent part is added here. Writes h of step t to `out[t·stride + offset …]`.
 * `reverse` runs from the last step to the first. `state`: scratch of at least 6H floats. With a `kernel`, the
 * recurrent product runs in WebAssembly (f32; labels as with the plain loop, see scripts/train-ner-neural/parity.ts).
 */
export function runLstm(
  w: LstmWeights, H: number, pre: Float32Array, n: number, reverse: boolean,
  out: Float32Array, stride: number, offset: number, state: Float64Array, kernel?: LstmKernel | null,
): void {
  if (kernel) return runWithKernel(kernel, reverse ? 1 : 0, H, pre, n, reverse, out, stride, offset, state);
  const G = 4 * H;
  for (let j = 0; j < 2 * H; j++) state[j] = 0; // h: [0, H), c: [H, 2H), gates: [2H, 6H)
  const wHh = w.wHh;
  for (let k = 0; k < n; k++) {
    const t = reverse ? n - 1 - k : k;
    const p = t * G;
    for (let r = 0; r < G; r++) state[2 * H + r] = dot(wHh, r * H, state, 0, H, pre[p + r]);
    const o = t * stride + offset;
    const g0 = 2 * H;
    for (let j = 0; j < H; j++) {
      const i = sigmoid(state[g0 + j]), f = sigmoid(state[g0 + H + j]), g = Math.tanh(state[g0 + 2 * H + j]), og = sigmoid(state[g0 + 3 * H + j]);
      const c = f * state[H + j] + i * g;
      state[H + j] = c;
      const h = og * Math.tanh(c);
      state[j] = h;
      out[o + j] = h;
    }
  }
}

function runWithKernel(
  kernel: LstmKernel, direction: 0 | 1, H: number, pre: Float32Array, n: number, reverse: boolean,
  out: Float32Array, stride: number, offset: number, state: Float64Array,
): void {
  const G = 4 * H, h = kernel.h, sums = kernel.sums;
  h.fill(0);
  for (let j = 0; j < H; j++) state[H + j] = 0; // c
  for (let k = 0; k < n; k++) {
    const t = reverse ? n - 1 - k : k;
    const p = t * G;
    kernel.gates(direction);
    const o = t * stride + offset;
    for (let j = 0; j < H; j++) {
      const i = sigmoid(sums[j] + pre[p + j]), f = sigmoid(sums[H + j] + pre[p + H + j]);
      const g = tanh(sums[2 * H + j] + pre[p + 2 * H + j]), og = sigmoid(sums[3 * H + j] + pre[p + 3 * H + j]);
      const c = f * state[H + j] + i * g;
      state[H + j] = c;
      const v = og * tanh(c);
      h[j] = v;
      out[o + j] = v;
    }
  }
}
