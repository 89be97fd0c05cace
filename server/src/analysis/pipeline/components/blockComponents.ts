import { findDatesAfter } from '../../dates/findDates';
import { subheadSentences } from '../../structure/subheads';
import { tokenize } from '../../tokens/tokenize';
import type { BlockComponent } from '../component';

/** Tokens and sentences of one block. */
export const tokenizeComponent: BlockComponent = {
  name: 'tokenize',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run: (block) => tokenize(block.text),
};

/**
 * Entity mentions of one block, from the statistical recognizer. A subhead's list number stands apart from its words
 * ("1." | "Innovation first"), which open a headline as a title's do.
 */
export const recognizeEntitiesComponent: BlockComponent = {
  name: 'recognizeEntities',
  requires: ['tokens', 'sentences'],
  assigns: ['rawMentions'],
  run: (block, ctx) => {
    const sentences = block.kind === 'subhead' ? subheadSentences(block.text, block.tokens!, block.sentences!) : block.sentences!;
    return { rawMentions: ctx.recognizer.recognize(block.text, block.tokens!, sentences) };
  },
};

/** Temporal expressions of one block, resolved against the reference date (and the last date of the blocks before). */
export const findDatesComponent: BlockComponent = {
  name: 'findDates',
  requires: ['tokens', 'sentences', 'anchorIn'],
  assigns: ['dates', 'dateAnchor'],
  run: (block) => {
    // a subhead is a headline too: "What to expect on Monday"
    const headline = block.kind === 'title' || block.kind === 'subhead' ? 'title' : block.kind === 'caption' ? 'caption' : null;
    const found = findDatesAfter(block.text, block.tokens!, block.sentences!, block.referenceDate, block.anchorIn ?? null, headline);
    return { dates: found.dates, dateAnchor: found.anchor };
  },
};

export const defaultBlockComponents: BlockComponent[] = [tokenizeComponent, recognizeEntitiesComponent, findDatesComponent];
