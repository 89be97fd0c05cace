import type { EntityType } from '../types';

/** BIO labels of the sequence model, in model order. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const N_LABELS = LABELS.length;
export const O = 0;

export const LABEL_TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'misc' };
export const TYPE_CODE: Record<EntityType, string> = { person: 'PER', organization: 'ORG', location: 'LOC', misc: 'MISC' };

/** Label index → type code ('PER' …) or '' for O. */
export function labelType(label: number): string {
  return label === O ? '' : LABELS[label].slice(2);
}

export function isBegin(label: number): boolean {
  return label !== O && LABELS[label][0] === 'B';
}

const ALLOWED = new Uint8Array(N_LABELS * N_LABELS);
for (let p = 0; p < N_LABELS; p++) for (let l = 0; l < N_LABELS; l++) {
  ALLOWED[p * N_LABELS + l] = l === O || isBegin(l) || (p !== O && labelType(p) === labelType(l)) ? 1 : 0;
}

/** Whether `label` may follow `prev` in IOB2: an I- label continues a chunk of its own type only. */
export function allowedAfter(prev: number, label: number): boolean {
  return ALLOWED[prev * N_LABELS + label] === 1;
}

export function labelIndex(name: string): number {
  const i = (LABELS as readonly string[]).indexOf(name);
  return i < 0 ? O : i;
}
