import { chooseReferenceDate } from '../../referenceDate/chooseReferenceDate';
import type { DocComponent } from '../component';

export const referenceDateComponent: DocComponent = {
  name: 'referenceDate',
  requires: ['structure'],
  assigns: ['referenceDate'],
  run: (doc, ctx) => ({ referenceDate: chooseReferenceDate(doc.structure!, ctx.options.referenceDate, ctx.options.fallbackDate) }),
};
