import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bioesToIobTable } from './bioesToIob';
import { createLstmKernel, type LstmKernel } from './kernel/lstmKernel';
import { charTable, WordVocab } from './wordVocab';

/** One direction of the BiLSTM: PyTorch layout, gates in the order i, f, g, o. */
export interface LstmWeights {
  /** (4H × input) row-major. */
  wIh: Float32Array;
  /** (4H × H) row-major, widened to doubles (the hottest loop reads it). */
  wHh: Float64Array;
  /** The same, as stored (f32), for the WebAssembly kernel. */
  wHh32: Float32Array;
  /** b_ih + b_hh (4H). */
  bias: Float32Array;
}

/** The weights of the tagger (see scripts/train-ner-neural/train.py), as views into the model file. */
export interface NeuralTagger {
  /** The model's BIOES tags ("O", "B-PER", …, "S-MISC"), and the IOB2 label index (labels.ts) of each. */
  tags: string[];
  iobOfTag: Int32Array;
  vocab: WordVocab;
  chars: Map<number, number>;
  wordDim: number;
  hidden: number;
  filters: number;
  charDim: number;
  caseDim: number;
  nGazBits: number;
  /** Size of the LSTM input: word + char filters + casing + gazetteer bits. */
  inputDim: number;
  wordQ: Int8Array;
  wordScale: Float32Array;
  charEmb: Float32Array;
  /** (filters × charDim × 3). */
  convW: Float32Array;
  convB: Float32Array;
  caseEmb: Float32Array;
  forward: LstmWeights;
  backward: LstmWeights;
  /** (tags × 2H), bias (tags). */
  outW: Float32Array;
  outB: Float32Array;
  /** trans[a·K + b]: score of tag b after tag a; start, end (K). */
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
  /** The recurrent product and the input projection in WebAssembly, or null (no SIMD): then the plain loops run. */
  kernel: LstmKernel | null;
}

interface TensorEntry { name: string; shape: number[]; dtype: 'float32' | 'int8' | 'uint32'; offset: number }
interface Header {
  format: string; tags: string[]; alphabet: string; nGazBits: number;
  hidden: number; filters: number; charDim: number; caseDim: number; wordDim: number; tensors: TensorEntry[];
}

/** Reads `model.json` + `model.bin` of a model folder (no parsing of the weights: typed-array views). */
export function loadNeuralTagger(dir: string): NeuralTagger {
  const header = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as Header;
  if (header.format !== 'NER-NEURAL-1') throw new Error(`not a NER-NEURAL-1 model: ${dir}`);
  const file = readFileSync(join(dir, 'model.bin'));
  const bytes = file.byteOffset % 8 === 0 ? file : new Uint8Array(file);
  const byName = new Map(header.tensors.map((t) => [t.name, t]));
  const view = (name: string) => {
    const t = byName.get(name);
    if (!t) throw new Error(`tensor ${name} missing in ${dir}`);
    const n = t.shape.reduce((a, b) => a * b, 1);
    const at = bytes.byteOffset + t.offset;
    if (t.dtype === 'int8') return new Int8Array(bytes.buffer, at, n);
    if (t.dtype === 'uint32') return new Uint32Array(bytes.buffer, at, n);
    return new Float32Array(bytes.buffer, at, n);
  };
  const f32 = (name: string) => view(name) as Float32Array;
  const sum = (a: Float32Array, b: Float32Array) => { const s = new Float32Array(a.length); for (let i = 0; i < a.length; i++) s[i] = a[i] + b[i]; return s; };
  const lstm = (suffix: string): LstmWeights => ({
    wIh: f32(`lstm.weight_ih_l0${suffix}`),
    wHh: Float64Array.from(f32(`lstm.weight_hh_l0${suffix}`)),
    wHh32: f32(`lstm.weight_hh_l0${suffix}`),
    bias: sum(f32(`lstm.bias_ih_l0${suffix}`), f32(`lstm.bias_hh_l0${suffix}`)),
  });
  const forward = lstm(''), backward = lstm('_reverse');
  return {
    tags: header.tags,
    iobOfTag: bioesToIobTable(header.tags),
    vocab: new WordVocab(view('vocab') as Uint32Array),
    chars: charTable(header.alphabet),
    wordDim: header.wordDim,
    hidden: header.hidden,
    filters: header.filters,
    charDim: header.charDim,
    caseDim: header.caseDim,
    nGazBits: header.nGazBits,
    inputDim: header.wordDim + header.filters + header.caseDim + header.nGazBits,
    wordQ: view('word.q') as Int8Array,
    wordScale: f32('word.scale'),
    charEmb: f32('char.weight'),
    convW: f32('conv.weight'),
    convB: f32('conv.bias'),
    caseEmb: f32('case.weight'),
    forward,
    backward,
    outW: f32('out.weight'),
    outB: f32('out.bias'),
    trans: f32('trans'),
    start: f32('start'),
    end: f32('end'),
    kernel: createLstmKernel(
      { wHh: forward.wHh32, wIh: forward.wIh }, { wHh: backward.wHh32, wIh: backward.wIh },
      header.hidden, header.wordDim + header.filters + header.caseDim + header.nGazBits, header.wordDim + header.filters + header.caseDim,
    ),
  };
}
