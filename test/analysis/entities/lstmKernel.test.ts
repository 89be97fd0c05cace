import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLstmKernel, type DirectionWeights } from '../../../server/src/analysis/entities/neural/kernel/lstmKernel';
import { runLstm } from '../../../server/src/analysis/entities/neural/lstm';
import type { LstmWeights } from '../../../server/src/analysis/entities/neural/loadNeuralTagger';
import { makeRng } from '../../../scripts/lib/rng';

// Small random LSTMs: hidden 16, 13 input columns of which the first 11 are dense (the kernel pads them to 16).
const H = 16, G = 4 * H, IN = 13, DENSE = 11;

function randomLstm(seed: number): LstmWeights {
  const rng = makeRng(seed).next;
  const wHh32 = Float32Array.from({ length: G * H }, () => (rng() - 0.5) * 0.6);
  const wIh = Float32Array.from({ length: G * IN }, () => rng() - 0.5);
  return { wIh, wHh: Float64Array.from(wHh32), wHh32, bias: new Float32Array(G) };
}
const direction = (w: LstmWeights): DirectionWeights => ({ wHh: w.wHh32, wIh: w.wIh });

test('the WebAssembly kernel computes the recurrent gate sums of both directions like the plain dot product', () => {
  const fwd = randomLstm(1), bwd = randomLstm(2);
  const kernel = createLstmKernel(direction(fwd), direction(bwd), H, IN, DENSE);
  assert.ok(kernel, 'Node has WebAssembly SIMD');
  const rng = makeRng(3).next;
  for (let j = 0; j < H; j++) kernel.h[j] = rng() - 0.5;
  for (const [d, w] of [[0, fwd], [1, bwd]] as const) {
    kernel.gates(d);
    for (let r = 0; r < G; r++) {
      let s = 0;
      for (let j = 0; j < H; j++) s += w.wHh[r * H + j] * kernel.h[j];
      assert.ok(Math.abs(s - kernel.sums[r]) < 1e-5, `row ${r}: ${s} vs ${kernel.sums[r]}`);
    }
  }
});

test('the kernel projects the dense input columns of both directions, leaving out the columns after them', () => {
  const fwd = randomLstm(7), bwd = randomLstm(8);
  const kernel = createLstmKernel(direction(fwd), direction(bwd), H, IN, DENSE)!;
  const rng = makeRng(9).next;
  for (let j = 0; j < DENSE; j++) kernel.x[j] = rng() - 0.5;
  kernel.project();
  [fwd, bwd].forEach((w, k) => {
    for (let r = 0; r < G; r++) {
      let s = 0;
      for (let j = 0; j < DENSE; j++) s += w.wIh[r * IN + j] * kernel.x[j];
      assert.ok(Math.abs(s - kernel.projected[k * G + r]) < 1e-5, `direction ${k} row ${r}: ${s} vs ${kernel.projected[k * G + r]}`);
    }
  });
});

test('an LSTM run with the kernel gives the hidden states of the plain loop, forwards and backwards', () => {
  const fwd = randomLstm(4), bwd = randomLstm(5);
  const kernel = createLstmKernel(direction(fwd), direction(bwd), H, IN, DENSE)!;
  const n = 12, rng = makeRng(6).next;
  const pre = Float32Array.from({ length: n * G }, () => (rng() - 0.5) * 2);
  for (const [w, reverse] of [[fwd, false], [bwd, true]] as const) {
    const plain = new Float32Array(n * H), fast = new Float32Array(n * H);
    runLstm(w, H, pre, n, reverse, plain, H, 0, new Float64Array(6 * H));
    runLstm(w, H, pre, n, reverse, fast, H, 0, new Float64Array(6 * H), kernel);
    for (let i = 0; i < n * H; i++) assert.ok(Math.abs(plain[i] - fast[i]) < 1e-5, `h[${i}]: ${plain[i]} vs ${fast[i]}`);
  }
});

test('no kernel for a hidden size the SIMD loop cannot take (not a multiple of 8): the plain loops run', () => {
  const w = { wHh: new Float32Array(4 * 12 * 12), wIh: new Float32Array(4 * 12 * IN) };
  assert.equal(createLstmKernel(w, w, 12, IN, DENSE), null);
});

test('the committed kernel bytes are what dots.wat assembles to', () => {
  const r = spawnSync(process.execPath, [join(__dirname, '../../../scripts/build-wasm.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});
