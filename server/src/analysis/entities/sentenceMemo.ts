import type { RawMention, Sentence, Token } from '../types';
import type { EntityRecognizer } from './recognizer';

/** A mention of a memoised sentence, by token index within the sentence. */
interface MemoMention { first: number; last: number; type: RawMention['type']; score: number | undefined }

/**
 * Memoises a sentence-level recognizer per sentence, keyed by the sentence's words: a keystroke re-tags only the
 * sentence it changed, not its whole paragraph, and repeated sentences (photo captions) are tagged once. Both
 * shipped recognizers tag each sentence from its words alone, which is what makes this exact. The memo belongs to
 * the returned recognizer and keeps the `capacity` most recently used sentences.
 */
export function memoBySentence(inner: EntityRecognizer, capacity = 20_000): EntityRecognizer {
  const memo = new Map<string, MemoMention[]>();
  return {
    gazetteer: inner.gazetteer,
    recognize(text: string, tokens: Token[], sentences: Sentence[]): RawMention[] {
      const out: RawMention[] = [];
      for (const s of sentences) {
        if (s.endToken <= s.firstToken) continue;
        let key = tokens[s.firstToken].text;
        for (let i = s.firstToken + 1; i < s.endToken; i++) key += `\u0000${tokens[i].text}`;
        let found = memo.get(key);
        if (found) {
          memo.delete(key);
        } else {
          found = inner.recognize(text, tokens, [s]).map((m) => toMemo(m, tokens, s));
          if (memo.size >= capacity) memo.delete(memo.keys().next().value!);
        }
        memo.set(key, found);
        for (const m of found) {
          out.push({ start: tokens[s.firstToken + m.first].start, end: tokens[s.firstToken + m.last].end, type: m.type, score: m.score, origin: 'detected' });
        }
      }
      return out;
    },
  };
}

function toMemo(m: RawMention, tokens: Token[], s: Sentence): MemoMention {
  let first = s.firstToken;
  while (first < s.endToken - 1 && tokens[first].start < m.start) first++;
  let last = first;
  while (last < s.endToken - 1 && tokens[last].end < m.end) last++;
  return { first: first - s.firstToken, last: last - s.firstToken, type: m.type, score: m.score };
}
