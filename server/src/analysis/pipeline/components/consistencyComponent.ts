import { harmonizeTypes } from '../../entities/consistency';
import type { DocComponent } from '../component';

/** Document-level consistency: the same name gets the same type across the article unless the evidence differs. */
export const consistencyComponent: DocComponent = {
  name: 'entityConsistency',
  requires: ['tokens', 'rawMentions'],
  assigns: ['rawMentions'],
  run: (doc) => ({ rawMentions: harmonizeTypes(doc.text, doc.rawMentions!, doc.tokens!) }),
};
