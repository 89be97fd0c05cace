import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addToMemory, type DocMemory, memoryKey, tokenTypesFromMentions } from '../../../server/src/analysis/entities/docMemory';
import { documentFeatures, evidenceElsewhere } from '../../../server/src/analysis/entities/documentFeatures';
import { createStage2Memo, runDocumentStage } from '../../../server/src/analysis/entities/documentStage';
import { mergeStages } from '../../../server/src/analysis/entities/mergeStages';
import type { EntityRecognizer } from '../../../server/src/analysis/entities/recognizer';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention, Sentence, Span, Token } from '../../../server/src/analysis/types';

/** An article of one block per line, tokenized with absolute offsets, as the pipeline hands it to the document stage. */
function article(text: string): { blocks: Span[]; tokens: Token[]; sentences: Sentence[] } {
  const blocks: Span[] = [];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    blocks.push({ start: offset, end: offset + line.length });
    const t = tokenize(line);
    const base = tokens.length;
    for (const k of t.tokens) tokens.push({ ...k, start: k.start + offset, end: k.end + offset });
    for (const s of t.sentences) sentences.push({ start: s.start + offset, end: s.end + offset, firstToken: s.firstToken + base, endToken: s.endToken + base });
    offset += line.length + 1;
  }
  return { blocks, tokens, sentences };
}

const mentionOf = (text: string, s: string, type: RawMention['type'], nth = 0, origin: RawMention['origin'] = 'detected'): RawMention => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length, type, score: 0.9, origin };
};

/**
 * A stand-in second stage (so that these tests check the plumbing, not the model): tags as a person every
 * capitalized token that the first stage called a person somewhere else in the article. Counts its calls.
 */
function personEcho(): EntityRecognizer & { calls: number } {
  const r = {
    calls: 0,
    recognize: () => [],
    recognizeInDocument(tokens: Token[], sentences: Sentence[], ctx: { memory: DocMemory; own: { type: Uint8Array } }) {
      r.calls++;
      const out: RawMention[] = [];
      for (const s of sentences) for (let i = s.firstToken; i < s.endToken; i++) {
        const entry = ctx.memory.get(memoryKey(tokens[i].text) ?? '');
        if (entry && evidenceElsewhere(entry, tokens[i].text, ctx.own.type[i])[1] > 0) out.push({ start: tokens[i].start, end: tokens[i].end, type: 'person', score: 0.8, origin: 'detected' });
      }
      return out;
    },
  };
  return r;
}

const TEXT = 'Kang Kyung-wha met Wang Yi in Beijing.\nKang said the talks went well.\nNothing else happened.';

test('counts the capitalized occurrences of a word by first-stage type and its lower-case uses apart', () => {
  const { tokens } = article('Wang met Wang and said wang.');
  const own = tokenTypesFromMentions(tokens, [mentionOf('Wang met Wang and said wang.', 'Wang', 'person')]);
  const memory: DocMemory = new Map();
  addToMemory(memory, tokens.map((t) => t.text), own);
  const wang = memory.get('wang')!;
  assert.deepEqual([...wang.counts], [1, 1, 0, 0, 0]);
  assert.equal(wang.lower, 1);
  assert.equal(memoryKey('—'), null);
});

test('takes a word\'s own occurrence out of the evidence from elsewhere in the article', () => {
  const { tokens } = article('Kang met Kang.');
  const own = tokenTypesFromMentions(tokens, [mentionOf('Kang met Kang.', 'Kang', 'person')]);
  const memory: DocMemory = new Map();
  addToMemory(memory, tokens.map((t) => t.text), own);
  assert.deepEqual([...evidenceElsewhere(memory.get('kang')!, 'Kang', own.type[0])], [1, 0, 0, 0, 0]);
  assert.deepEqual([...evidenceElsewhere(memory.get('kang')!, 'Kang', own.type[2])], [0, 1, 0, 0, 0]);
});

test('gives a word different document features when the first stage typed it differently elsewhere', () => {
  const text = 'Kang arrived. Kang spoke.';
  const { tokens } = article(text);
  const features = (type: RawMention['type']) => {
    const own = tokenTypesFromMentions(tokens, [mentionOf(text, 'Kang', type, 1)]);
    const memory: DocMemory = new Map();
    addToMemory(memory, tokens.map((t) => t.text), own);
    return [...documentFeatures(tokens.map((t) => t.text), own, 0, memory)[0]];
  };
  assert.notDeepEqual(features('person'), features('location'));
});

test('lets the second stage tag a repeated name the first stage missed in another block', () => {
  const { blocks, tokens, sentences } = article(TEXT);
  const stage1 = [mentionOf(TEXT, 'Kang Kyung-wha', 'person'), mentionOf(TEXT, 'Wang Yi', 'person')];
  const out = runDocumentStage(TEXT, blocks, tokens, sentences, stage1, personEcho());
  const shown = out.map((m) => `${TEXT.slice(m.start, m.end)}@${m.start}`);
  assert.ok(shown.includes(`Kang@${TEXT.indexOf('Kang said')}`), shown.join(' '));
});

test('never changes or overlaps a mention the user tagged or confirmed', () => {
  const { blocks, tokens, sentences } = article(TEXT);
  const user = mentionOf(TEXT, 'Kang', 'organization', 1, 'user');
  const stage1 = [mentionOf(TEXT, 'Kang Kyung-wha', 'person'), user];
  const out = runDocumentStage(TEXT, blocks, tokens, sentences, stage1, personEcho());
  assert.deepEqual(out.filter((m) => m.start < user.end && user.start < m.end), [user]);
});

test('re-runs the second stage only in the blocks whose text or evidence changed', () => {
  const memo = createStage2Memo();
  const echo = personEcho();
  const run = (text: string) => {
    const { blocks, tokens, sentences } = article(text);
    return runDocumentStage(text, blocks, tokens, sentences, [mentionOf(text, 'Kang Kyung-wha', 'person')], echo, memo);
  };
  run(TEXT);
  assert.equal(echo.calls, 3);
  const edited = TEXT.replace('Nothing else', 'Little else');
  const fresh = personEcho();
  const { blocks, tokens, sentences } = article(edited);
  assert.deepEqual(run(edited), runDocumentStage(edited, blocks, tokens, sentences, [mentionOf(edited, 'Kang Kyung-wha', 'person')], fresh));
  assert.equal(echo.calls, 4);
});

test('keeps the first stage\'s mentions when the recognizer has no second stage', () => {
  const { blocks, tokens, sentences } = article(TEXT);
  const stage1 = [mentionOf(TEXT, 'Wang Yi', 'person')];
  assert.deepEqual(runDocumentStage(TEXT, blocks, tokens, sentences, stage1, { recognize: () => [] }), stage1);
});

test('keeps a first-stage name whole where the second stage would split it, and takes the second stage elsewhere', () => {
  const text = 'He met the Minjoo Party of Korea in Seoul.';
  const party = mentionOf(text, 'Minjoo Party of Korea', 'organization');
  const seoul = mentionOf(text, 'Seoul', 'organization');
  const stage2 = [mentionOf(text, 'Minjoo Party', 'organization'), mentionOf(text, 'Korea', 'location'), mentionOf(text, 'Seoul', 'location')];
  const merged = mergeStages([party, seoul], stage2).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
  assert.deepEqual(merged, ['Minjoo Party of Korea/organization', 'Seoul/location']);
});
