import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * "To" is also a Vietnamese surname ("To Lam", Vietnam's party chief). Opening a sentence, the tagger reads it as the
 * preposition and the given name after it as a place ("To Lam visited Beijing" → "Lam"/location). But a phrase "to
 * X" cannot be the subject of a verb: "To" and one capitalized word right before a finite verb (said, visited, met,
 * will …) at the start of a sentence, or after a possessive ("Vietnam's To Lam said"), are one person's name. The word must be detected alone or not at all; a user's
 * or a confirmed mention keeps it as it is (`replaceByNames`). Pure.
 */
const TO_NAME = /(?:^|[.!?]["'”’]?\s+|\n\s*|["“]\s*|\p{L}['’]s )To (\p{Lu}\p{Ll}+)(?= (?:said|says|visited|visits|met|meets|told|tells|arrived|arrives|held|holds|called|calls|urged|urges|left|attended|attends|received|receives|signed|signs|wrote|added|stressed|stresses|noted|praised|pledged|welcomed|welcomes|will|would|has|had|was|is)\b)/gu;

export function toNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('To ')) return mentions;
  const names: RawMention[] = [];
  for (const t of text.matchAll(TO_NAME)) {
    const end = t.index + t[0].length, start = end - t[1].length - 3;
    if (mentions.some((m) => m.start === start && m.end === end && m.type === 'person')) continue;
    names.push({ start, end, type: 'person', score: 0.8, origin: 'detected' });
  }
  return replaceByNames(mentions, names);
}
