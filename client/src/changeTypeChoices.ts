import type { ReviewItem } from '../../server/src/protocol';
import type { TagLabel } from '../../server/src/analysis/types';
import { ENTITY_LABELS, labelTitle } from './labels';

export interface ChangeTypeChoice {
  label: TagLabel;
  title: string;
  /** "[P]", and "· now" on the type the detection has: the picker must say what is being changed. */
  description: string;
  key?: string;
}

/** "other name", "not an entity": the current type inside a sentence. */
export function nowName(label: TagLabel): string {
  return label === 'none' ? 'not an entity' : labelTitle(label).toLowerCase();
}

/**
 * The choices of review mode's "Change Type…" (Alt+T) for a detection, and the picker's title. Both name the type it
 * has now: a list of bare types ("“Chinese” is… Person, Organization…") left the reviewer to guess what was detected.
 * `subject` names what changes in the title (the Entities view says "Every mention of “…”").
 */
export function changeTypeChoices(item: Pick<ReviewItem, 'kind' | 'label' | 'text'>, subject = `“${item.text}”`): { title: string; choices: ChangeTypeChoice[] } {
  const choices: ChangeTypeChoice[] =
    item.kind === 'entity'
      ? ENTITY_LABELS.map((l) => ({ label: l.label, title: l.title, key: l.key, description: keyDescription(l.key, l.label, item.label) }))
      : [
          { label: item.label, title: `Keep as ${nowName(item.label)}`, description: '' },
          { label: 'none', title: 'Reject', key: 'X', description: '[X]' },
        ];
  return { title: `${subject} (now ${nowName(item.label)}) is…`, choices };
}

/**
 * The title of "Tag Selection…" and the mark on the label the selection has now (when it is exactly a detected name):
 * 'Tag “Seongju” (now place)', 'Place [L] · now'. Without them the picker could not tell a confirmation from a change.
 */
export function tagPickerTitle(text: string, current: TagLabel | undefined): string {
  return current ? `Tag “${text}” (now ${nowName(current)})` : `Tag “${text}”`;
}

export function keyDescription(key: string, label: TagLabel, current: TagLabel | undefined): string {
  return `[${key}]${label === current ? ' · now' : ''}`;
}
