import { harmonizeTypes } from '../../entities/consistency';
import { createStage2Memo, runDocumentStage, type Stage2Memo } from '../../entities/documentStage';
import type { DocComponent } from '../component';

const MEMO_SLOT = 'entityStage2';

/**
 * Document-level entity pass: the recognizer's second stage re-labels each block with what the first stage said
 * about the same words elsewhere in the article (memoised per block in the document's cache), then the same name
 * gets the same type across the article unless the evidence differs. User and confirmed mentions never change.
 */
export const consistencyComponent: DocComponent = {
  name: 'entityConsistency',
  requires: ['structure', 'tokens', 'sentences', 'rawMentions'],
  assigns: ['rawMentions'],
  run(doc, ctx) {
    const slots = ctx.options.cache?.componentMemo;
    let memo = slots?.get(MEMO_SLOT) as Stage2Memo | undefined;
    if (slots && !memo) { memo = createStage2Memo(); slots.set(MEMO_SLOT, memo); }
    const blocks = doc.structure!.blocks.filter((b) => b.kind !== 'tags');
    const staged = runDocumentStage(doc.text, blocks, doc.tokens!, doc.sentences!, doc.rawMentions!, ctx.recognizer, memo);
    return { rawMentions: harmonizeTypes(doc.text, staged, doc.tokens!) };
  },
};
