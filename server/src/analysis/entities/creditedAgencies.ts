import { captionCredit, creditedPhotographer } from '../structure/captions';
import type { RawMention, Structure } from '../types';

/**
 * Who an article credits is an organization, whatever a sentence model makes of a lone line or a credit: the
 * header's source line ("CGTN", "Xinhua News Agency") and the agency of each photo credit ("/CGTN Photo",
 * "(Photo/CGTN)", "(Photo: Xinhua)", "Photo: AP", "(Xinhua/Li Xin)", whose photographer is a person). Those spans replace the detected mentions they overlap; a
 * decision a person made is applied later in the pipeline and still wins. Pure.
 */
const CREDIT_WORD = /^(?:photos?|file|image|credit)$/i;
const NAME = /^[\p{L}\p{N}][\p{L}\p{N}&.' -]*$/u;

export function creditedAgencies(text: string, structure: Structure): RawMention[] {
  const out: RawMention[] = [];
  const source = structure.header.source;
  if (source) {
    const name = trimmed(text, source.start, source.end);
    if (name) out.push({ ...name, type: 'organization', score: 1, origin: 'detected' });
  }
  for (const block of structure.blocks) {
    if (block.kind !== 'caption') continue;
    const line = text.slice(block.start, block.end);
    const credit = captionCredit(line);
    if (!credit) continue;
    // "(Xinhua/Li Xin)": the agency, then the photographer, a person.
    const photographer = creditedPhotographer(line);
    if (photographer) out.push({ start: block.start + photographer.start, end: block.start + photographer.end, type: 'person', score: 1, origin: 'detected' });
    // The credit's parts between "/", ":" and brackets, less the words "Photo", "File", "Image", "credit".
    let at = block.start + credit.start;
    for (const part of text.slice(at, block.start + credit.end).split(/([/:()])/)) {
      const name = trimmed(text, at, at + part.length);
      const isPhotographer = photographer && name && name.start >= block.start + photographer.start;
      if (name && !isPhotographer && /\p{L}/u.test(text.slice(name.start, name.end))) out.push({ ...name, type: 'organization', score: 1, origin: 'detected' });
      at += part.length;
    }
  }
  return out;
}

/** The span less surrounding spaces and credit words ("CGTN Photo" → "CGTN"), if what is left looks like a name. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  const words: { start: number; end: number }[] = [];
  for (const m of text.slice(start, end).matchAll(/\S+/g)) words.push({ start: start + m.index!, end: start + m.index! + m[0].length });
  const isCredit = (w: { start: number; end: number }) => CREDIT_WORD.test(text.slice(w.start, w.end));
  while (words.length && isCredit(words[0])) words.shift();
  while (words.length && isCredit(words[words.length - 1])) words.pop();
  if (!words.length) return null;
  const span = { start: words[0].start, end: words[words.length - 1].end };
  return NAME.test(text.slice(span.start, span.end)) ? span : null;
}

/** The detected mentions with the credited agencies in place of those they overlap. */
export function withCreditedAgencies(text: string, structure: Structure, mentions: RawMention[]): RawMention[] {
  const agencies = creditedAgencies(text, structure);
  if (!agencies.length) return mentions;
  const kept = mentions.filter((m) => !agencies.some((a) => a.start < m.end && m.start < a.end));
  return [...kept, ...agencies].sort((a, b) => a.start - b.start || b.end - a.end);
}
