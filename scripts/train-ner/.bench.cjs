"use strict";

// scripts/train-ner/benchNer.ts
var import_node_path4 = require("node:path");

// server/src/analysis/entities/labels.ts
var LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
var N_LABELS = LABELS.length;
var O = 0;
var LABEL_TYPE = { PER: "person", ORG: "organization", LOC: "location", MISC: "misc" };
var TYPE_CODE = { person: "PER", organization: "ORG", location: "LOC", misc: "MISC" };
function labelType(label) {
  return label === O ? "" : LABELS[label].slice(2);
}
function isBegin(label) {
  return label !== O && LABELS[label][0] === "B";
}
var ALLOWED = new Uint8Array(N_LABELS * N_LABELS);
for (let p = 0; p < N_LABELS; p++) for (let l = 0; l < N_LABELS; l++) {
  ALLOWED[p * N_LABELS + l] = l === O || isBegin(l) || p !== O && labelType(p) === labelType(l) ? 1 : 0;
}
function allowedAfter(prev, label) {
  return ALLOWED[prev * N_LABELS + label] === 1;
}

// server/src/analysis/entities/docMemory.ts
var MEMORY_TYPES = ["O", "PER", "ORG", "LOC", "MISC"];
var N_MEMORY_TYPES = MEMORY_TYPES.length;
var TYPE_INDEX = { PER: 1, ORG: 2, LOC: 3, MISC: 4 };
var LETTER = /\p{L}/u;
var CAPITALIZED = /^[\p{Lu}\p{Lt}]/u;
function memoryKey(word) {
  return LETTER.test(word) ? word.toLowerCase() : null;
}
var isCapitalized = (word) => CAPITALIZED.test(word);
function tokenTypesFromMentions(tokens, mentions) {
  const type = new Uint8Array(tokens.length);
  const mentionLength = new Uint16Array(tokens.length);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const m of sorted) {
    while (t < tokens.length && tokens[t].end <= m.start) t++;
    let e = t;
    while (e < tokens.length && tokens[e].start < m.end) e++;
    for (let k = t; k < e; k++) {
      type[k] = TYPE_INDEX[TYPE_CODE[m.type]];
      mentionLength[k] = Math.min(e - t, 65535);
    }
  }
  return { type, mentionLength };
}
function addToMemory(memory, words, types) {
  for (let i = 0; i < words.length; i++) {
    const key = memoryKey(words[i]);
    if (key === null) continue;
    let m = memory.get(key);
    if (!m) {
      m = { counts: new Int32Array(N_MEMORY_TYPES), lower: 0, longestType: 0, longestLength: 0 };
      memory.set(key, m);
    }
    const w = words[i];
    if (isCapitalized(w)) m.counts[types.type[i]]++;
    else if (w === key) m.lower++;
    if (types.mentionLength[i] > m.longestLength) {
      m.longestLength = types.mentionLength[i];
      m.longestType = types.type[i];
    }
  }
}
function describeEntry(m) {
  return m ? `${m.counts.join(",")};${m.lower};${m.longestType}.${m.longestLength}` : "-";
}

// server/src/analysis/entities/documentStage.ts
var isKept = (m) => m.origin === "user" || m.origin === "confirmed";
function runDocumentStage(text, blocks, tokens, sentences, rawMentions, recognizer2, memo) {
  if (!recognizer2.recognizeInDocument) return [...rawMentions];
  const kept = rawMentions.filter(isKept);
  const own = tokenTypesFromMentions(tokens, rawMentions.filter((m) => !isKept(m)));
  const memory = /* @__PURE__ */ new Map();
  addToMemory(memory, tokens.map((t) => t.text), own);
  const out = [...kept];
  let si = 0;
  for (const block of blocks) {
    while (si < sentences.length && sentences[si].start < block.start) si++;
    let se = si;
    while (se < sentences.length && sentences[se].start < block.end) se++;
    if (se === si) continue;
    const first = sentences[si].firstToken, end = sentences[se - 1].endToken;
    const blockSentences = sentences.slice(si, se);
    si = se;
    let key = null;
    let found;
    if (memo) {
      const parts = [String(block.end - block.start), text.slice(block.start, block.end)];
      const seen = /* @__PURE__ */ new Set();
      for (let t = first; t < end; t++) {
        const k = memoryKey(tokens[t].text);
        if (k === null || seen.has(k)) continue;
        seen.add(k);
        parts.push(describeEntry(memory.get(k)));
      }
      key = parts.join("\0");
      found = memo.get(key);
    }
    if (!found) {
      const local = recognizer2.recognizeInDocument(
        tokens.slice(first, end).map((t) => ({ ...t, start: t.start - block.start, end: t.end - block.start })),
        blockSentences.map((s) => ({ ...s, start: s.start - block.start, end: s.end - block.start, firstToken: s.firstToken - first, endToken: s.endToken - first })),
        { memory, own: { type: own.type.subarray(first, end), mentionLength: own.mentionLength.subarray(first, end) } }
      );
      found = local;
      if (memo && key !== null) memo.set(key, local);
    }
    for (const m of found) {
      const abs = { ...m, start: m.start + block.start, end: m.end + block.start };
      if (!kept.some((k) => k.start < abs.end && abs.start < k.end)) out.push(abs);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

// server/src/analysis/entities/recognizer.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// server/src/analysis/entities/hashFeature.ts
function hashString(s) {
  return hashContinue(2166136261, s);
}
function hashContinue(h, s) {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
var template = (name) => hashString(`#${name}`);
function mix(a, b) {
  let h = a ^ Math.imul(b, 2654435761) | 0;
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
var mix3 = (a, b, c) => mix(mix(a, b), c);
var mix4 = (a, b, c, d) => mix(mix(mix(a, b), c), d);

// server/src/analysis/entities/decodeSentence.ts
var LABEL_NAMES = LABELS;
var CONFIDENCE_TEMPERATURE = 3;
var P1 = LABEL_NAMES.map((l) => mix(template("p1"), hashString(l)));
var P2P1 = LABEL_NAMES.map((a) => LABEL_NAMES.map((b) => mix3(template("p2p1"), hashString(a), hashString(b))));
var P1_KEY = ["p1|lw", "p1|ss"].map((t) => LABEL_NAMES.map((l) => mix(template(t), hashString(l))));
var HISTORY_KEYS = P1_KEY.length;
function historyFeatures(prev1, prev2, keys, at, out) {
  out.push(P1[prev1], P2P1[prev2][prev1]);
  for (let k = 0; k < HISTORY_KEYS; k++) out.push(mix(P1_KEY[k][prev1], keys[at + k]));
}
function decodeSentence(staticFeatures, historyKeys, scorer, onToken) {
  const n = staticFeatures.length;
  const labels = new Int32Array(n);
  const confidence = new Float64Array(n);
  const scores = new Float64Array(N_LABELS);
  const hist = [];
  const feats = [];
  for (let i = 0; i < n; i++) {
    const prev1 = i > 0 ? labels[i - 1] : O;
    const prev2 = i > 1 ? labels[i - 2] : O;
    const sf = staticFeatures[i];
    hist.length = 0;
    historyFeatures(prev1, prev2, historyKeys, i * HISTORY_KEYS, hist);
    scores.fill(0);
    for (let k = 0; k < sf.length; k++) scorer.addScores(sf[k], scores);
    for (let k = 0; k < hist.length; k++) scorer.addScores(hist[k], scores);
    let best = O, bestScore = -Infinity;
    for (let l = 0; l < N_LABELS; l++) {
      if (allowedAfter(prev1, l) && scores[l] > bestScore) {
        bestScore = scores[l];
        best = l;
      }
    }
    let z = 0;
    for (let l = 0; l < N_LABELS; l++) if (allowedAfter(prev1, l)) z += Math.exp((scores[l] - bestScore) / CONFIDENCE_TEMPERATURE);
    confidence[i] = 1 / z;
    if (onToken) {
      feats.length = 0;
      for (let k = 0; k < sf.length; k++) feats.push(sf[k]);
      for (let k = 0; k < hist.length; k++) feats.push(hist[k]);
      labels[i] = onToken(i, feats, best);
    } else labels[i] = best;
  }
  return { labels, confidence };
}

// server/src/analysis/entities/wordShape.ts
function charClass(code, ch) {
  if (code < 128) {
    if (code >= 65 && code <= 90) return "X";
    if (code >= 97 && code <= 122) return "x";
    if (code >= 48 && code <= 57) return "d";
    return ch;
  }
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return "X";
  if (/\p{L}|\p{M}/u.test(ch)) return "x";
  if (/\p{N}/u.test(ch)) return "d";
  return ch;
}
function wordShape(w) {
  let out = "";
  let last = "";
  let run2 = 0;
  for (const ch of w) {
    const c = charClass(ch.codePointAt(0), ch);
    if (c === last) {
      if (++run2 >= 4) continue;
    } else {
      run2 = 0;
      last = c;
    }
    out += c;
  }
  return out;
}
function shortShape(w) {
  let out = "";
  let last = "";
  for (const ch of w) {
    const c = charClass(ch.codePointAt(0), ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

// server/src/analysis/entities/documentFeatures.ts
var T = Object.fromEntries(
  ["d1", "dmaj", "dmaj|d1", "dmaj|cap", "dhas", "dlow", "dlow|d1", "dlong", "dlong|d1", "dmaj-1", "dmaj+1", "dsolo", "dsolo|d1", "dmaj|first", "dmaj|ss", "dlow|first", "dmaj|share|d1"].map((n) => [n, template(n)])
);
var NONE = N_MEMORY_TYPES;
var shareBucket = (n, total) => n === total ? 4 : Math.min(3, Math.floor(4 * n / total));
function evidenceElsewhere(entry, word, ownType, out = new Int32Array(N_MEMORY_TYPES)) {
  out.set(entry.counts);
  if (isCapitalized(word)) out[ownType]--;
  return out;
}
function documentFeatures(words, own, at, memory) {
  const n = words.length;
  const majority = new Uint8Array(n).fill(NONE);
  const out = [];
  const counts = new Int32Array(N_MEMORY_TYPES);
  const feats = [];
  const entries = words.map((w) => {
    const k = memoryKey(w);
    return k === null ? void 0 : memory.get(k);
  });
  for (let i = 0; i < n; i++) {
    const m = entries[i];
    if (!m) continue;
    evidenceElsewhere(m, words[i], own.type[at + i], counts);
    let total = 0, best = 0;
    for (let t = 0; t < N_MEMORY_TYPES; t++) {
      total += counts[t];
      if (counts[t] > counts[best]) best = t;
    }
    if (total > 0) majority[i] = best;
  }
  for (let i = 0; i < n; i++) {
    feats.length = 0;
    const o = own.type[at + i];
    feats.push(mix(T.d1, o));
    const m = entries[i];
    if (m) {
      const cap = isCapitalized(words[i]) ? 1 : 0;
      evidenceElsewhere(m, words[i], o, counts);
      let total = 0;
      for (let t = 0; t < N_MEMORY_TYPES; t++) total += counts[t];
      if (majority[i] !== NONE) {
        feats.push(mix(T.dmaj, majority[i]), mix3(T["dmaj|d1"], majority[i], o), mix3(T["dmaj|cap"], majority[i], cap));
        feats.push(mix3(T["dmaj|ss"], majority[i], hashString(shortShape(words[i]))), mix4(T["dmaj|share|d1"], majority[i], shareBucket(counts[majority[i]], total), o));
        if (i === 0) feats.push(mix(T["dmaj|first"], majority[i]));
        for (let t = 0; t < N_MEMORY_TYPES; t++) if (counts[t] > 0) feats.push(mix3(T.dhas, t, shareBucket(counts[t], total)));
      } else feats.push(mix(T.dsolo, cap), mix3(T["dsolo|d1"], cap, o));
      const lower = m.lower - (cap ? 0 : words[i] === words[i].toLowerCase() ? 1 : 0);
      if (lower > 0) {
        feats.push(mix(T.dlow, cap), mix3(T["dlow|d1"], cap, o));
        if (i === 0) feats.push(mix(T["dlow|first"], cap));
      }
      if (m.longestLength > own.mentionLength[at + i]) {
        const len = Math.min(m.longestLength, 4);
        feats.push(mix3(T.dlong, m.longestType, len), mix3(T["dlong|d1"], m.longestType, o));
      }
    }
    if (i > 0) feats.push(mix(T["dmaj-1"], majority[i - 1]));
    if (i + 1 < n) feats.push(mix(T["dmaj+1"], majority[i + 1]));
    out.push(Uint32Array.from(feats));
  }
  return out;
}

// server/src/analysis/entities/findModelDir.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function findModelDir(from = __dirname) {
  let dir = from;
  for (; ; ) {
    const candidate = (0, import_node_path.join)(dir, "server", "models", "ner");
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(candidate, "model.bin"))) return candidate;
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir) throw new Error(`NER model not found above ${from} (expected server/models/ner/model.bin)`);
    dir = parent;
  }
}

// server/src/analysis/entities/labelsToChunks.ts
function labelsToChunks(labels) {
  const chunks = [];
  let cur = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === O) {
      cur = null;
      continue;
    }
    const type = labelType(l);
    if (cur && !isBegin(l) && cur.type === type) {
      cur.end = i + 1;
      continue;
    }
    cur = { start: i, end: i + 1, type };
    chunks.push(cur);
  }
  return chunks;
}

// server/src/analysis/entities/lexicon.ts
var GAZETTEER_TAGS = ["country", "city", "region", "language", "company", "first", "last", "corpsuffix", "tPER", "tORG", "tLOC", "tMISC"];
var MAX_PHRASE_WORDS = 5;
var HashIndex = class {
  constructor(keys) {
    this.keys = keys;
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i] & this.mask;
      while (this.table[slot] !== -1) slot = slot + 1 & this.mask;
      this.table[slot] = i;
    }
  }
  keys;
  table;
  mask;
  get(key) {
    let slot = key & this.mask;
    for (; ; ) {
      const i = this.table[slot];
      if (i === -1 || this.keys[i] === key) return i;
      slot = slot + 1 & this.mask;
    }
  }
};
var Lexicon = class _Lexicon {
  constructor(wordHashes, classIds, phraseHashes, tagMasks, startHashes) {
    this.classIds = classIds;
    this.tagMasks = tagMasks;
    this.words = new HashIndex(wordHashes);
    this.phrases = new HashIndex(phraseHashes);
    this.starts = new Set(startHashes);
  }
  classIds;
  tagMasks;
  words;
  phrases;
  starts;
  /** Index of a lower-cased word (by hash) in the class table, or -1. */
  wordIndex(wordHash) {
    return this.words.get(wordHash);
  }
  /** Class id of word `index` at granularity `level` (0 coarse … 2 fine). */
  classId(index, level) {
    return this.classIds[index * 3 + level];
  }
  /** Tag bit mask of a lower-cased phrase (by hash), 0 if none. */
  tags(phraseHash) {
    const i = this.phrases.get(phraseHash);
    return i < 0 ? 0 : this.tagMasks[i];
  }
  /** Whether some gazetteer phrase of several words starts with this word (by hash). */
  startsPhrase(wordHash) {
    return this.starts.has(wordHash);
  }
  static fromBuffer(buf) {
    const bytes = buf.byteOffset % 4 === 0 ? buf : new Uint8Array(buf);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== "LEX1") throw new Error("not a LEX1 lexicon file");
    const W = view.getUint32(4, true), P = view.getUint32(8, true), S = view.getUint32(12, true);
    let at = bytes.byteOffset + 16;
    const take32 = (n) => {
      const a = new Uint32Array(bytes.buffer, at, n);
      at += 4 * n;
      return a;
    };
    const take16 = (n) => {
      const a = new Uint16Array(bytes.buffer, at, n);
      at += 2 * n;
      at += (4 - at % 4) % 4;
      return a;
    };
    const wordHashes = take32(W);
    const classIds = take16(3 * W);
    const phraseHashes = take32(P);
    const tagMasks = take16(P);
    const startHashes = take32(S);
    return new _Lexicon(wordHashes, classIds, phraseHashes, tagMasks, startHashes);
  }
};
var extendPhrase = (phraseHash, word) => hashContinue(hashContinue(phraseHash, " "), word);

// server/src/analysis/entities/packedModel.ts
var PackedModel = class _PackedModel {
  constructor(keys, weights, nLabels, scale) {
    this.keys = keys;
    this.nLabels = nLabels;
    this.values = new Float32Array(weights.length);
    for (let i = 0; i < weights.length; i++) this.values[i] = weights[i] * scale;
    let size = 1;
    while (size < keys.length * 4) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i] & this.mask;
      while (this.table[slot] !== -1) slot = slot + 1 & this.mask;
      this.table[slot] = i;
    }
  }
  keys;
  nLabels;
  table;
  mask;
  /** The weights times the scale, as floats (faster to add than to convert on every look-up). */
  values;
  static fromBuffer(buf) {
    const bytes = buf.byteOffset % 4 === 0 ? buf : new Uint8Array(buf);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
    if (magic !== "NER1") throw new Error("not an NER1 model file");
    const nLabels = view.getUint32(4, true);
    const nFeatures = view.getUint32(8, true);
    const scale = view.getFloat32(12, true);
    const keys = new Uint32Array(bytes.buffer, bytes.byteOffset + 16, nFeatures);
    const weights = new Int16Array(bytes.buffer, bytes.byteOffset + 16 + 4 * nFeatures, nFeatures * nLabels);
    return new _PackedModel(keys, weights, nLabels, scale);
  }
  static toBuffer(keys, weights, nLabels, scale) {
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
  get size() {
    return this.keys.length;
  }
  addScores(feature, scores) {
    let slot = feature & this.mask;
    for (; ; ) {
      const i = this.table[slot];
      if (i === -1) return;
      if (this.keys[i] === feature) {
        const o = i * this.nLabels;
        const v = this.values;
        for (let l = 0; l < this.nLabels; l++) scores[l] += v[o + l];
        return;
      }
      slot = slot + 1 & this.mask;
    }
  }
};

// server/src/analysis/entities/features.ts
var T2 = Object.fromEntries(
  [
    "b",
    "w",
    "lw",
    "lw-1",
    "lw+1",
    "lw-2",
    "lw+2",
    "lw-1|lw",
    "lw|lw+1",
    "sh",
    "ss",
    "ss-1",
    "ss+1",
    "ss3",
    "lw-1|ss",
    "ss|lw+1",
    "p1",
    "p2",
    "p3",
    "p4",
    "s1",
    "s2",
    "s3",
    "s4",
    "first|ss",
    "first|oov",
    "shouted",
    "len",
    "c0",
    "c1",
    "c2",
    "c2|ss",
    "oov|ss",
    "c1-1",
    "c1+1",
    "c2-1",
    "c2+1",
    "c1-1|c1",
    "c1|c1+1",
    "g",
    "g|ss",
    "g-1",
    "g+1",
    "lex",
    "hc",
    "run<",
    "run>",
    "runpos",
    "run>|ss",
    "run<|ss",
    "runlen",
    "run>c1",
    "run>c2",
    "run<c1",
    "run<c2"
  ].map((n) => [n, template(n)])
);
var PREFIX = [T2.p1, T2.p2, T2.p3, T2.p4];
var SUFFIX = [T2.s1, T2.s2, T2.s3, T2.s4];
var H_START = hashString("<s>");
var H_END = hashString("</s>");
var H_UNKNOWN = hashString("?");
var norm = (w) => w.toLowerCase().replace(/\d/g, "0");
var LEXICAL = {};
for (const m of "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" ")) LEXICAL[m] = "month";
for (const d of "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split(" ")) LEXICAL[d] = "weekday";
for (const t of "mr mrs ms dr prof president minister premier chairman secretary senator governor general king queen prince sir lord".split(" ")) LEXICAL[t] = "title";
var N_TAGS = GAZETTEER_TAGS.length;
var gazCode = (tag, kind) => tag * 8 + kind;
function gazetteerCodes(lower, lowerHash, lex) {
  const codes = lower.map(() => null);
  const push = (i, c) => (codes[i] ??= []).push(c);
  const mark = (i, n, mask) => {
    for (let t = 0; t < N_TAGS; t++) {
      if (!(mask & 1 << t)) continue;
      push(i, gazCode(t, 0));
      if (n > 1) push(i, gazCode(t, Math.min(n, 4)));
      for (let k = 1; k < n; k++) push(i + k, gazCode(t, 1));
    }
  };
  for (let i = 0; i < lower.length; i++) {
    const one = lex.tags(lowerHash[i]);
    if (one) mark(i, 1, one);
    if (!lex.startsPhrase(lowerHash[i])) continue;
    let h = lowerHash[i];
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= lower.length; n++) {
      h = extendPhrase(h, lower[i + n - 1]);
      const mask = lex.tags(h);
      if (mask) mark(i, n, mask);
    }
  }
  return codes;
}
function isShouted(words) {
  let upper = 0, lower = 0;
  for (const w of words) for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 6 && upper > 3 * lower;
}
var CONNECTOR = /* @__PURE__ */ new Set(["of", "and", "for", "the", "de", "du", "la", "von", "van", "der", "al", "&", "-", "'s"]);
var isCap = (w) => /^[\p{Lu}\p{Lt}]/u.test(w);
function capitalizedRuns(words) {
  const n = words.length;
  const runs = new Int32Array(2 * n).fill(-1);
  let i = 0;
  while (i < n) {
    if (!isCap(words[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; ; ) {
      if (j < n && isCap(words[j])) {
        j++;
        continue;
      }
      let k = j;
      while (k < n && CONNECTOR.has(words[k].toLowerCase())) k++;
      if (k > j && k < n && isCap(words[k])) {
        j = k + 1;
        continue;
      }
      break;
    }
    for (let k = i; k < j; k++) {
      runs[2 * k] = i;
      runs[2 * k + 1] = j;
    }
    i = j;
  }
  return runs;
}
function wordFeatures(w, lc, lwH, shapeH, shouted, c, lex) {
  const f = [T2.b];
  if (!shouted) f.push(mix(T2.w, hashString(w)));
  f.push(mix(T2.lw, lwH), mix3(T2.sh, shouted ? 1 : 0, hashString(wordShape(w))), mix(T2.ss, shapeH));
  for (let k = 1; k <= 4 && k < lc.length; k++) f.push(mix(PREFIX[k - 1], hashString(lc.slice(0, k))), mix(SUFFIX[k - 1], hashString(lc.slice(-k))));
  if (shouted) f.push(T2.shouted);
  f.push(mix(T2.len, w.length === 1 ? 1 : w.length <= 3 ? 3 : w.length <= 6 ? 6 : 9));
  const lexical = LEXICAL[lc.replace(/\.$/, "")];
  if (lexical) f.push(mix(T2.lex, hashString(lexical)));
  if (c >= 0) {
    const c2 = lex.classId(c, 2);
    f.push(mix(T2.c0, lex.classId(c, 0)), mix(T2.c1, lex.classId(c, 1)), mix(T2.c2, c2), mix3(T2["c2|ss"], c2, shapeH));
  } else {
    f.push(mix(T2["oov|ss"], shapeH));
    if (lc.includes("-")) {
      const parts = lc.split("-").filter(Boolean);
      const first = parts.length ? lex.wordIndex(hashString(parts[0])) : -1;
      const last = parts.length > 1 ? lex.wordIndex(hashString(parts[parts.length - 1])) : -1;
      if (first >= 0) f.push(mix3(T2.hc, 1, lex.classId(first, 2)), mix3(T2.hc, 2, lex.classId(first, 1)));
      if (last >= 0) f.push(mix3(T2.hc, 3, lex.classId(last, 2)));
    }
  }
  return Uint32Array.from(f);
}
function sentenceHashes(words, lex) {
  const n = words.length;
  const raw = new Uint32Array(n), lower = new Uint32Array(n), shape = new Uint32Array(n), c1 = new Uint32Array(n), c2 = new Uint32Array(n);
  const word = new Int32Array(n);
  words.forEach((w, i) => {
    const lc = w.toLowerCase();
    raw[i] = hashString(lc);
    lower[i] = /\d/.test(lc) ? hashString(norm(lc)) : raw[i];
    shape[i] = hashString(shortShape(w));
    let c = lex.wordIndex(raw[i]);
    if (c < 0 && lc.length > 1 && /[.'’]/.test(lc)) c = lex.wordIndex(hashString(lc.replace(/[.’']/g, "")));
    word[i] = c;
    c1[i] = c >= 0 ? lex.classId(c, 1) : H_UNKNOWN;
    c2[i] = c >= 0 ? 65536 + lex.classId(c, 2) : H_UNKNOWN;
  });
  return { raw, lower, shape, word, c1, c2 };
}
function sentenceFeatures(words, hashes, lex, cache) {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const classes = hashes.word;
  const gaz = gazetteerCodes(lower, hashes.raw, lex);
  const shouted = isShouted(words);
  const runs = shouted ? null : capitalizedRuns(words);
  const lwH = hashes.lower, ssH = hashes.shape;
  const SHOUT = shouted ? 1540483477 : 0;
  const shapeH = (i) => (ssH[i] ^ SHOUT) >>> 0;
  const lw = (i) => i < 0 ? H_START : i >= n ? H_END : lwH[i];
  const ss = (i) => i < 0 ? H_START : i >= n ? H_END : ssH[i];
  let firstWord = 0;
  while (firstWord < n && !/[\p{L}\p{N}]/u.test(words[firstWord])) firstWord++;
  const { c1, c2 } = hashes;
  const C1 = (i) => i < 0 ? H_START : i >= n ? H_END : c1[i];
  const C2 = (i) => i < 0 ? H_START : i >= n ? H_END : c2[i];
  const out = [];
  const f = [];
  for (let i = 0; i < n; i++) {
    f.length = 0;
    const w = words[i];
    const shape = shapeH(i);
    f.push(mix(T2["lw-1"], lw(i - 1)), mix(T2["lw+1"], lw(i + 1)), mix(T2["lw-2"], lw(i - 2)), mix(T2["lw+2"], lw(i + 2)));
    f.push(mix3(T2["lw-1|lw"], lw(i - 1), lwH[i]), mix3(T2["lw|lw+1"], lwH[i], lw(i + 1)));
    f.push(mix(T2["ss-1"], ss(i - 1)), mix(T2["ss+1"], ss(i + 1)), mix4(T2.ss3, ss(i - 1), ssH[i], ss(i + 1)));
    f.push(mix3(T2["lw-1|ss"], lw(i - 1), shape), mix3(T2["ss|lw+1"], shape, lw(i + 1)));
    if (i === firstWord) f.push(mix(T2["first|ss"], shape));
    if (i === firstWord && classes[i] < 0) f.push(T2["first|oov"]);
    const key = shouted ? `!${w}` : w;
    let own = cache?.get(key);
    if (!own) {
      own = wordFeatures(w, lower[i], lwH[i], shape, shouted, classes[i], lex);
      if (cache) {
        if (cache.size > 5e4) cache.clear();
        cache.set(key, own);
      }
    }
    for (let k = 0; k < own.length; k++) f.push(own[k]);
    f.push(mix(T2["c1-1"], C1(i - 1)), mix(T2["c1+1"], C1(i + 1)), mix(T2["c2-1"], C2(i - 1)), mix(T2["c2+1"], C2(i + 1)));
    f.push(mix3(T2["c1-1|c1"], C1(i - 1), c1[i]), mix3(T2["c1|c1+1"], c1[i], C1(i + 1)));
    const g = gaz[i];
    if (g) for (const c of g) f.push(mix(T2.g, c), mix3(T2["g|ss"], c, shape));
    const gp = i > 0 ? gaz[i - 1] : null;
    if (gp) {
      for (const c of gp) if (c % 8 === 0) f.push(mix(T2["g-1"], c));
    }
    const gn = i + 1 < n ? gaz[i + 1] : null;
    if (gn) {
      for (const c of gn) if (c % 8 !== 1) f.push(mix(T2["g+1"], c));
    }
    if (runs && runs[2 * i] >= 0) {
      const a = runs[2 * i], b = runs[2 * i + 1];
      let k = b;
      if (k + 2 < n && words[k] === "(" && words[k + 2] === ")") k += 3;
      const after = lw(k), before = lw(a - 1);
      f.push(mix(T2["run>"], after), mix(T2["run<"], before), mix3(T2["run>|ss"], after, ssH[i]), mix3(T2["run<|ss"], before, ssH[i]));
      f.push(mix(T2["run>c1"], C1(k)), mix(T2["run>c2"], C2(k)), mix(T2["run<c1"], C1(a - 1)), mix(T2["run<c2"], C2(a - 1)));
      f.push(mix(T2.runpos, i === a ? b - a === 1 ? 1 : 2 : i === b - 1 ? 3 : 4));
      f.push(mix(T2.runlen, Math.min(b - a, 5)));
    }
    out.push(Uint32Array.from(f));
  }
  return out;
}

// server/src/analysis/entities/prepareSentence.ts
function prepareSentence(words, lex, cache) {
  const hashes = sentenceHashes(words, lex);
  const history = new Uint32Array(words.length * HISTORY_KEYS);
  for (let i = 0; i < words.length; i++) {
    history[i * HISTORY_KEYS] = hashes.lower[i];
    history[i * HISTORY_KEYS + 1] = hashes.shape[i];
  }
  return { words, history, features: sentenceFeatures(words, hashes, lex, cache) };
}

// server/src/analysis/entities/recognizer.ts
var EDGE = /^(?:[^\p{L}\p{N}]+|['’][sS])$/u;
var CREDIT = /^(?:Photo|Photos|PHOTO|File|FILE|Video|VIDEO)$/;
function loadRecognizer(modelDir) {
  const dir = modelDir ?? findModelDir();
  const model = PackedModel.fromBuffer((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(dir, "model.bin")));
  const lexicon = Lexicon.fromBuffer((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(dir, "lexicon.bin")));
  const stage2File = (0, import_node_path2.join)(dir, "model2.bin");
  const stage2 = (0, import_node_fs2.existsSync)(stage2File) ? PackedModel.fromBuffer((0, import_node_fs2.readFileSync)(stage2File)) : null;
  const cache = /* @__PURE__ */ new Map();
  const recognizer2 = { recognize: (_text, tokens, sentences) => recognizeWith(model, lexicon, tokens, sentences, cache) };
  if (stage2) recognizer2.recognizeInDocument = (tokens, sentences, context) => recognizeWith(stage2, lexicon, tokens, sentences, cache, context);
  return recognizer2;
}
function recognizeWith(model, lexicon, tokens, sentences, cache, context) {
  const mentions = [];
  for (const s of sentences) {
    const toks = tokens.slice(s.firstToken, s.endToken);
    if (toks.length === 0) continue;
    const words = toks.map((t) => t.text);
    const prep = prepareSentence(words, lexicon, cache);
    const features = context ? withDocumentFeatures(prep.features, documentFeatures(words, context.own, s.firstToken, context.memory)) : prep.features;
    const { labels, confidence } = decodeSentence(features, prep.history, model);
    for (const c of labelsToChunks(labels)) {
      let a = c.start, b = c.end;
      while (a < b && EDGE.test(toks[a].text)) a++;
      while (b > a && EDGE.test(toks[b - 1].text)) b--;
      if (c.type === "ORG" && b - a > 1 && CREDIT.test(toks[b - 1].text)) b--;
      while (b > a && EDGE.test(toks[b - 1].text)) b--;
      if (a >= b) continue;
      let score = 1;
      for (let i = c.start; i < c.end; i++) score = Math.min(score, confidence[i]);
      mentions.push({ start: toks[a].start, end: toks[b - 1].end, type: LABEL_TYPE[c.type], score, origin: "detected" });
    }
  }
  return mentions;
}
function withDocumentFeatures(staticFeatures, doc) {
  return staticFeatures.map((f, i) => {
    const out = new Uint32Array(f.length + doc[i].length);
    out.set(f);
    out.set(doc[i], f.length);
    return out;
  });
}

// server/src/analysis/tokens/splitSentences.ts
var SENTENCE_END = /^(?:[.!?]|\.{2,})$/;
var CLOSER = /^["'”’)\]]$/;
var STARTS_SENTENCE = /^[\p{Lu}\d"“'‘(\[]/u;
var DOTTED_ABBREVIATION = /^(?:\p{L}{1,3}\.){2,}$/u;
var OPENERS = /* @__PURE__ */ new Set(["The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "But", "In", "On", "At", "And", "There", "His", "Her", "Their", "Its", "As", "If", "When", "Some", "Officials"]);
function splitSentences(text, tokens) {
  const sentences = [];
  let first = 0;
  const close = (endToken) => {
    if (endToken <= first) return;
    sentences.push({ start: tokens[first].start, end: tokens[endToken - 1].end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    if (hasLineBreak(text, t.end, next.start)) {
      close(i + 1);
      continue;
    }
    if (SENTENCE_END.test(t.text)) {
      let j = i + 1;
      while (j < tokens.length && CLOSER.test(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
      const after = tokens[j];
      if (!after || STARTS_SENTENCE.test(after.text)) {
        close(j);
        i = j - 1;
      }
    } else if (DOTTED_ABBREVIATION.test(t.text) && OPENERS.has(next.text) && next.start > t.end) {
      close(i + 1);
    }
  }
  close(tokens.length);
  return sentences;
}
function hasLineBreak(text, from, to) {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 8232 || c === 8233) return true;
  }
  return false;
}

// server/src/analysis/tokens/tokenize.ts
var ABBREVIATIONS = "Mr|Mrs|Ms|Messrs|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|Hon|Pres|Supt|Insp|Fr|Jan|Feb|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Tues|Thur|Thurs|St|Ste|Mt|Ft|Ave|Blvd|Jr|Sr|Inc|Corp|Ltd|Bros|Dept|Univ|Assn|vs|etc|approx|Ariz|Calif|Colo|Conn|Fla|Mich|Minn|Mont|Neb|Nev|Okla|Tenn|Tex|Wis|Wyo";
var AMBIGUOUS_ABBREVIATIONS = "Mar|Jun|Jul|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Rd|Co|Cos|Plc|No|Nos|Ala|Ark|Del|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Miss|Mo|Ore|Pa|Penn|Va|Vt|Wash";
var WORD = String.raw`[\p{L}\p{M}\p{N}]`;
var CORE = String.raw`(?:\d+(?:[.,:/]\d+)+|${WORD}+?(?=n't\b)|${WORD}+)`;
var COMPOUND = String.raw`${CORE}(?:(?:-+|(?<=\p{Lu})&(?=\p{Lu})|['’](?!(?:[sS]|re|RE|ve|VE|ll|LL|[dD]|[mM]|[tT])\b))${CORE})*`;
var TOKEN_RE = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'’]`,
    // URLs
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    // e-mail addresses
    String.raw`(?:\p{L}{1,3}\.){2,}`,
    // U.S. U.N. a.m. F.C. N.J.
    String.raw`\b(?:${ABBREVIATIONS})\.(?=\s*[\p{L}\p{N},(])`,
    // Jan. 5 / Corp. / Mr. Smith
    String.raw`\b(?:${AMBIGUOUS_ABBREVIATIONS})\.(?=\s*[\p{Ll}\p{N},(])`,
    // Co., No. 1
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`,
    // initials: J. Smith
    String.raw`(?<=^|\n)\d{1,3}\.(?=[ \t])`,
    // list numbers at a line start: "1. Smith"
    String.raw`(?:[A-Z]{1,3})?\$`,
    // US$ HK$ C$ $
    String.raw`(?<![\p{L}\p{N}])[.+-]\d+(?:[.,]\d+)*`,
    // .500 +44 -3
    String.raw`n't\b|N'T\b|['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b`,
    // clitics
    COMPOUND,
    String.raw`\.{2,}|-{2,}|\*+|=+|_+`,
    String.raw`[^\s]`
  ].join("|"),
  "gu"
);
var NAME_MODIFIER = /^(.*\p{Lu}.*?)(-)(led|based|backed|born|controlled|ruled|sponsored|dominated|held|brokered|registered|mediated|run|owned|funded|made|style|bound|speaking|era|wide|built|listed|allied|friendly|educated|trained|linked|bred|occupied|supported|affiliated|related|headquartered|produced|organized|organised|centred|centered|focused|inspired|leaning|oriented|proposed|drafted|designed|developed|imposed|hosted|initiated|appointed|installed|operated|specific)$/u;
function tokenize(text) {
  const tokens = [];
  if (typeof text !== "string" || text.length === 0) return { tokens, sentences: [] };
  TOKEN_RE.lastIndex = 0;
  let m;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    const s = m[0];
    if (s.length === 0) {
      TOKEN_RE.lastIndex++;
      continue;
    }
    if (s.length > 4 && s.includes("-")) {
      const split = NAME_MODIFIER.exec(s);
      if (split) {
        const a = split[1].length;
        tokens.push({ start, end: start + a, text: split[1] });
        tokens.push({ start: start + a, end: start + a + 1, text: "-" });
        tokens.push({ start: start + a + 1, end: start + s.length, text: split[3] });
        continue;
      }
    }
    tokens.push({ start, end: start + s.length, text: s });
  }
  return { tokens, sentences: splitSentences(text, tokens) };
}

// scripts/train-ner/loadConll.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");
var EVAL_DIR = (0, import_node_path3.join)(__dirname, "../../../shared/eval");
var readDocs = (file) => (0, import_node_fs3.readFileSync)((0, import_node_path3.join)(EVAL_DIR, file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
function docLines(doc, index) {
  const lines = [];
  let offset = 0;
  for (const text of doc.text.split("\n")) {
    lines.push({ doc: index, offset, text });
    offset += text.length + 1;
  }
  return lines;
}

// scripts/train-ner/benchNer.ts
var passes = Number(process.argv[2] ?? 3);
var t0 = performance.now();
var recognizer = loadRecognizer(process.env.NER_MODEL_DIR ?? (typeof __dirname === "string" && __dirname.endsWith(".cache/ner") ? (0, import_node_path4.join)(__dirname, "../../server/models/ner") : void 0));
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms`);
var docs = readDocs("conll2003.dev.jsonl");
var chars = docs.reduce((n, d) => n + d.text.length, 0);
function run(stage2) {
  let found = 0;
  docs.forEach((doc, di) => {
    const mentions = [];
    const allTokens = [];
    const allSentences = [];
    const blocks = [];
    for (const line of docLines(doc, di)) {
      const { tokens, sentences } = tokenize(line.text);
      blocks.push({ start: line.offset, end: line.offset + line.text.length });
      for (const m of recognizer.recognize(line.text, tokens, sentences)) mentions.push({ ...m, start: m.start + line.offset, end: m.end + line.offset });
      if (!stage2) continue;
      const base = allTokens.length;
      for (const t of tokens) allTokens.push({ ...t, start: t.start + line.offset, end: t.end + line.offset });
      for (const s of sentences) allSentences.push({ start: s.start + line.offset, end: s.end + line.offset, firstToken: s.firstToken + base, endToken: s.endToken + base });
    }
    found += stage2 ? runDocumentStage(doc.text, blocks, allTokens, allSentences, mentions, recognizer).length : mentions.length;
  });
  return found;
}
for (const stage2 of [false, true]) {
  run(stage2);
  const t = performance.now();
  let found = 0;
  for (let p = 0; p < passes; p++) found = run(stage2);
  const secs = (performance.now() - t) / 1e3;
  console.log(`${stage2 ? "stage 1+2" : "stage 1  "}: ${(chars / 1e6).toFixed(2)} MB \xD7 ${passes} in ${secs.toFixed(2)} s = ${(chars * passes / 1e6 / secs).toFixed(2)} MB/s (${found} mentions)`);
}
