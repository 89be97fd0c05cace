import { harmonizeTypes } from '../../entities/consistency';
import type { DocComponent } from '../component';

/**
 * Document-level consistency: the same name gets the same type across the article unless the evidence differs, the
 * words of a full person name are that person, untagged repeats of a tagged name become mentions.
 * (A second, document-feature model stage was measured at +0.2 F1 on CoNLL dev for twice the keystroke latency,
 * and is not part of the pipeline; see scripts/train-ner/README.md.)
 */
export const consistencyComponent: DocComponent = {
  name: 'entityConsistency',
  requires: ['tokens', 'rawMentions'],
  assigns: ['rawMentions'],
  run: (doc, ctx) => ({ rawMentions: harmonizeTypes(doc.text, doc.rawMentions!, doc.tokens!, ctx.recognizer.gazetteer) }),
};
