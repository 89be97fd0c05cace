import type { TagLabel } from '../../analysis/types';

/** One annotation read from an outside format, before it becomes a decision. */
export interface ImportedSpan {
  label: TagLabel;
  start: number;
  end: number;
  /** For quotes: the speaker's name. */
  speaker?: string;
}

/** Our label for an outside type name (brat types, CoNLL tags), or null when we have none. */
export function labelForType(type: string): TagLabel | null {
  switch (type.toLowerCase()) {
    case 'person': case 'per':
      return 'person';
    case 'organization': case 'organisation': case 'org':
      return 'organization';
    case 'location': case 'loc': case 'gpe':
      return 'location';
    case 'misc':
      return 'misc';
    case 'date': case 'time': case 'duration': case 'set': case 'timex': case 'timex3':
      return 'date';
    case 'quote': case 'quotation':
      return 'quote';
    default:
      return null;
  }
}
