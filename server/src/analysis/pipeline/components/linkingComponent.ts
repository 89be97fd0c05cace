import { linkMentions } from '../../linking/linkMentions';
import type { DocComponent } from '../component';

/** Groups mentions into entities (full name, surname, acronym, title + name…). */
export const linkingComponent: DocComponent = {
  name: 'linking',
  requires: ['tokens', 'rawMentions'],
  assigns: ['mentions', 'entities'],
  run: (doc) => linkMentions(doc.text, doc.rawMentions!, doc.tokens!),
};
