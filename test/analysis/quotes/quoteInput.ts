/** Test helper: the quote layer's input for a text, with the entities a test names by hand. */
import { tokenizeBlocks } from '../../../server/src/analysis/tokens/tokenizeBlocks';
import type { QuoteInput } from '../../../server/src/analysis/quotes/findQuotes';
import type { Block, Entity, EntityType, Mention } from '../../../server/src/analysis/types';
import { isCaption } from '../../../server/src/analysis/structure/captions';
import { isFragment } from '../../../server/src/analysis/structure/fragments';

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Every form it appears under in the text ("Wang Yi", "Wang"); each occurrence becomes a mention. */
  forms: string[];
  roles?: string[];
}

/** A body line's kind as the structure reader classes it (the texts of these tests have no header). */
const blockKind = (line: string): Block['kind'] => (isCaption(line) ? 'caption' : isFragment(line) ? 'fragment' : 'paragraph');

export function quoteInput(text: string, specs: EntitySpec[] = []): QuoteInput {
  const blocks: Block[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) blocks.push({ start: at + lead, end: at + lead + trimmed.length, kind: blockKind(trimmed) });
    at += line.length + 1;
  }
  const { tokens, sentences } = tokenizeBlocks(text, blocks);
  const raw: (Omit<Mention, 'entity'> & { spec: number })[] = [];
  specs.forEach((spec, i) => {
    for (const form of [...spec.forms].sort((a, b) => b.length - a.length)) {
      const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index!, end = start + form.length;
        if (raw.some((r) => r.start < end && start < r.end)) continue;
        raw.push({ start, end, text: form, type: spec.type, origin: 'detected', score: 1, spec: i });
      }
    }
  });
  raw.sort((a, b) => a.start - b.start);
  const entities: Entity[] = specs.map((s, i) => ({ id: i, type: s.type, name: s.name, aliases: s.forms.filter((f) => f !== s.name), mentions: [], definition: -1, roles: s.roles ?? [] }));
  const mentions: Mention[] = raw.map(({ spec, ...m }, k) => {
    entities[spec].mentions.push(k);
    if (entities[spec].definition < 0) entities[spec].definition = k;
    return { ...m, entity: spec };
  });
  return { text, blocks, tokens, sentences, mentions, entities };
}
