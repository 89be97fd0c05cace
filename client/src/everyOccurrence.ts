import type { TagLabel } from '../../server/src/analysis/types';
import type { EntityTreeEntity } from '../../server/src/protocol';
import { occurrences } from '../../server/src/commands/occurrences';

/**
 * What each whole-word occurrence of `text` is now: the type of the entity mention exactly there, else `none` (no
 * mention: never detected, or rejected). In the order of the text.
 */
export function occurrenceLabels(documentText: string, text: string, entities: { type: EntityTreeEntity['type']; mentions: { start: number; end: number }[] }[]): TagLabel[] {
  const typeAt = new Map<string, TagLabel>();
  for (const e of entities) for (const m of e.mentions) typeAt.set(`${m.start}:${m.end}`, e.type);
  return occurrences(documentText, text).map((o) => typeAt.get(`${o.start}:${o.end}`) ?? 'none');
}

/**
 * The labels of "Tag Selection…"'s "Every “X” as …" rows worth offering: those that would change at least one
 * occurrence. "Every “Brazilian” as Other name" when every one already is an other name changed nothing.
 */
export function everyOccurrenceChoices<T extends { label: TagLabel }>(choices: T[], now: TagLabel[]): T[] {
  return choices.filter((c) => now.some((label) => label !== c.label));
}
