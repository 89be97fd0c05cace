import type { RawMention, Sentence, Span, Token } from '../types';
import { addToMemory, describeEntry, type DocMemory, memoryKey, tokenTypesFromMentions } from './docMemory';
import { mergeStages } from './mergeStages';
import type { EntityRecognizer } from './recognizer';

/**
 * The second, document-level stage over a whole article: builds the memory of the first stage's labels, then
 * re-labels each block with the second-stage model and merges both stages' mentions (`mergeStages`). Mentions the user tagged or confirmed are kept as they are, and
 * second-stage mentions overlapping them are dropped. Per-block results can be memoised in `memo`, keyed by the
 * block's text and the memory entries of its own words, so an edit re-runs only the blocks whose evidence changed.
 */

/** A bounded memo of second-stage results per block (least recently used evicted). */
export interface Stage2Memo {
  get(key: string): RawMention[] | undefined;
  set(key: string, value: RawMention[]): void;
}

export const STAGE2_MEMO_CAPACITY = 2048;

export function createStage2Memo(capacity = STAGE2_MEMO_CAPACITY): Stage2Memo {
  const entries = new Map<string, RawMention[]>();
  return {
    get(key) {
      const v = entries.get(key);
      if (v) { entries.delete(key); entries.set(key, v); }
      return v;
    },
    set(key, value) {
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    },
  };
}

const isKept = (m: RawMention) => m.origin === 'user' || m.origin === 'confirmed';

export function runDocumentStage(
  text: string,
  blocks: readonly Span[],
  tokens: Token[],
  sentences: readonly Sentence[],
  rawMentions: readonly RawMention[],
  recognizer: EntityRecognizer,
  memo?: Stage2Memo,
): RawMention[] {
  if (!recognizer.recognizeInDocument) return [...rawMentions];
  const kept = rawMentions.filter(isKept);
  const detected = rawMentions.filter((m) => !isKept(m)).sort((a, b) => a.start - b.start);
  const own = tokenTypesFromMentions(tokens, detected);
  const memory: DocMemory = new Map();
  const words = tokens.map((t) => t.text);
  const keys = words.map(memoryKey);
  addToMemory(memory, words, own, keys);
  const described = new Map<string, string>();
  const describe = (k: string) => {
    let d = described.get(k);
    if (d === undefined) { d = describeEntry(memory.get(k)); described.set(k, d); }
    return d;
  };
  const out: RawMention[] = [...kept];
  let si = 0;
  for (const block of blocks) {
    while (si < sentences.length && sentences[si].start < block.start) si++;
    let se = si;
    while (se < sentences.length && sentences[se].start < block.end) se++;
    if (se === si) continue;
    const first = sentences[si].firstToken, end = sentences[se - 1].endToken;
    const blockSentences = sentences.slice(si, se);
    si = se;
    let key: string | null = null;
    let found: RawMention[] | undefined;
    if (memo) {
      const parts = [String(block.end - block.start), text.slice(block.start, block.end)];
      const seen = new Set<string>();
      for (let t = first; t < end; t++) {
        const k = keys[t];
        if (k === null || seen.has(k)) continue;
        seen.add(k);
        parts.push(describe(k));
      }
      key = parts.join('\u0000');
      found = memo.get(key);
    }
    if (!found) {
      const stage1 = detected.filter((m) => m.start >= block.start && m.end <= block.end).map((m) => ({ ...m, start: m.start - block.start, end: m.end - block.start }));
      const stage2 = recognizer.recognizeInDocument(
        tokens.slice(first, end).map((t) => ({ ...t, start: t.start - block.start, end: t.end - block.start })),
        blockSentences.map((s) => ({ ...s, start: s.start - block.start, end: s.end - block.start, firstToken: s.firstToken - first, endToken: s.endToken - first })),
        { memory, own: { type: own.type.subarray(first, end), mentionLength: own.mentionLength.subarray(first, end), inside: own.inside.subarray(first, end) } },
      );
      found = mergeStages(stage1, stage2);
      if (memo && key !== null) memo.set(key, found);
    }
    for (const m of found) {
      const abs = { ...m, start: m.start + block.start, end: m.end + block.start };
      if (!kept.some((k) => k.start < abs.end && abs.start < k.end)) out.push(abs);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
