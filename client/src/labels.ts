import type { TagLabel } from '../../server/src/analysis/types';

/** Every label a user can give a span, as the editor names it, with its key in "Tag selection…". */
export const LABELS: { label: TagLabel; title: string; key: string }[] = [
  { label: 'person', title: 'Person', key: 'P' },
  { label: 'organization', title: 'Organization', key: 'O' },
  { label: 'location', title: 'Place', key: 'L' },
  { label: 'misc', title: 'Other name', key: 'M' },
  { label: 'date', title: 'Date', key: 'D' },
  { label: 'quote', title: 'Quote', key: 'Q' },
  { label: 'none', title: 'Not an entity (reject)', key: 'X' },
];

/** The labels an entity mention can take (its types, or rejection). */
export const ENTITY_LABELS = LABELS.filter((l) => l.label !== 'date' && l.label !== 'quote');

/** A label or entity type as the editor names it ("Place" for `location`, "Other name" for `misc`). */
export function labelTitle(label: string): string {
  return LABELS.find((l) => l.label === label)?.title ?? label;
}
