import { withCreditedAgencies } from '../../entities/creditedAgencies';
import type { DocComponent } from '../component';

/** The header's source and the agencies of photo credits are organizations (see `creditedAgencies.ts`). */
export const creditsComponent: DocComponent = {
  name: 'credits',
  requires: ['structure', 'rawMentions'],
  assigns: ['rawMentions'],
  run: (doc) => ({ rawMentions: withCreditedAgencies(doc.text, doc.structure!, doc.rawMentions!) }),
};
