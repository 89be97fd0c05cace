import { readStructure } from '../../structure/readStructure';
import type { DocComponent } from '../component';

export const structureComponent: DocComponent = {
  name: 'structure',
  requires: [],
  assigns: ['structure'],
  run: (doc) => ({ structure: readStructure(doc.text) }),
};
