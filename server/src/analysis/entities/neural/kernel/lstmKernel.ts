import { DOTS_WASM } from './dotsWasm';

/**
 * The tagger's two matrix products in WebAssembly SIMD (dots.wat), about ten times the plain loops: the recurrent
 * product W_hh · h of each LSTM step, and the input projection W_ih · x of each new word. Holds both directions'
 * weights as f32 with its scratch vectors in its own memory. One per loaded tagger; calls are synchronous, so the
 * scratch is never shared by two sentences at once.
 */
export interface LstmKernel {
  /** Writes `sums[r] = Σ_j W_hh[r][j] · h[j]` for the forward (0) or backward (1) direction. */
  gates(direction: 0 | 1): void;
  /** The hidden state the next `gates` call reads (H floats). */
  readonly h: Float32Array;
  /** The gate sums the last `gates` call wrote (4H floats, gates i, f, g, o). */
  readonly sums: Float32Array;
  /** Writes `projected[d·4H + r] = Σ_j W_ih[d][r][j] · x[j]` over the kernel's input columns, for both directions. */
  project(): void;
  /** The input the next `project` call reads: the first `inputs` values, then zeros. */
  readonly x: Float32Array;
  readonly projected: Float32Array;
}

/** The part of the WebAssembly API used here: Node has it, the ES2022 lib does not declare it. */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
};
interface DotsExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  dots(w: number, v: number, out: number, rows: number, cols: number): void;
}

/** The weights of one direction as the kernel needs them: (4H × H) W_hh, (4H × inputDim) W_ih, both row-major. */
export interface DirectionWeights { wHh: Float32Array; wIh: Float32Array }

/**
 * A kernel for hidden size `H` whose projection covers the first `inputs` of `inputDim` input columns (the dense
 * inputs; the sparse gazetteer bits are added as columns by the caller). Null where WebAssembly SIMD is missing:
 * then the plain loops run.
 */
export function createLstmKernel(forward: DirectionWeights, backward: DirectionWeights, H: number, inputDim: number, inputs: number): LstmKernel | null {
  const G = 4 * H, X = Math.ceil(inputs / 8) * 8;
  const fits = (d: DirectionWeights) => d.wHh.length === G * H && d.wIh.length === G * inputDim;
  if (H % 8 !== 0 || inputs > inputDim || !fits(forward) || !fits(backward) || typeof WebAssembly !== 'object') return null;
  let exports: DotsExports;
  try {
    exports = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(DOTS_WASM, 'base64')), {}).exports as unknown as DotsExports;
  } catch {
    return null; // an engine without SIMD
  }
  // Layout (f32): W_hh forward, W_hh backward, W_ih forward, W_ih backward (X columns each), h, sums, x, projected.
  const hh = G * H, ih = G * X;
  const at = { hhF: 0, hhB: hh, ih: 2 * hh, h: 2 * hh + 2 * ih };
  const sumsAt = at.h + H, xAt = sumsAt + G, projectedAt = xAt + X, size = (projectedAt + 2 * G) * 4;
  const pages = Math.ceil(size / 65536) - exports.memory.buffer.byteLength / 65536;
  if (pages > 0) exports.memory.grow(pages);
  const f32 = new Float32Array(exports.memory.buffer);
  f32.set(forward.wHh, at.hhF);
  f32.set(backward.wHh, at.hhB);
  [forward, backward].forEach((d, k) => {
    for (let r = 0; r < G; r++) f32.set(d.wIh.subarray(r * inputDim, r * inputDim + inputs), at.ih + (k * G + r) * X);
  });
  const buffer = exports.memory.buffer;
  return {
    gates: (direction) => exports.dots((direction === 0 ? at.hhF : at.hhB) * 4, at.h * 4, sumsAt * 4, G, H),
    h: new Float32Array(buffer, at.h * 4, H),
    sums: new Float32Array(buffer, sumsAt * 4, G),
    project: () => exports.dots(at.ih * 4, xAt * 4, projectedAt * 4, 2 * G, X),
    x: new Float32Array(buffer, xAt * 4, X),
    projected: new Float32Array(buffer, projectedAt * 4, 2 * G),
  };
}
