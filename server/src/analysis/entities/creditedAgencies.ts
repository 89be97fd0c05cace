import { captionCredit, creditedPhotographer } from '../structure/captions';
import { AGENCIES } from '../structure/creditParts';
import type { RawMention, Structure } from '../types';

/**
 * Who an article credits is an organization, whatever a sentence model makes of a lone line or a credit: the
 * header's source line ("CGTN", "Xinhua News Agency") and the agency of each photo credit ("/CGTN Photo",
 * "(Photo/CGTN)", "(Photo: Xinhua)", "Photo: AP", "(Xinhua/Li Xin)", whose photographer is a person). Those spans replace the detected mentions they overlap; a
 * decision a person made is applied later in the pipeline and still wins. Pure.
 */
const CREDIT_WORD = /^(?:photos?|file|image|credit)$/i;
const NAME = /^[\p{L}\p{N}][\p{L}\p{N}&.' -]*$/u;
/**
 * A wire story's dateline: the place in capitals (and its country or state), then the agency in brackets and a dash:
 * "ROME (AP) —", "BEIJING, Dec 3 (Reuters) -", "GAZA CITY, Gaza Strip (AP) —". The agency filed the story.
 */
const DATELINE = new RegExp(String.raw`^\p{Lu}[\p{Lu}.'’ -]+(?:,[\p{L}\p{N}.'’ ]{1,30})?\s\((?<agency>${AGENCIES})\)\s*[—–-]`, 'du');

export function creditedAgencies(text: string, structure: Structure): RawMention[] {
  const out: RawMention[] = [];
  const source = structure.header.source;
  if (source) {
    const name = trimmed(text, source.start, source.end);
    if (name) out.push({ ...name, type: 'organization', score: 1, origin: 'detected' });
  }
  for (const block of structure.blocks) {
    if (block.kind === 'paragraph') {
      const agency = DATELINE.exec(text.slice(block.start, Math.min(block.end, block.start + 80)))?.indices?.groups?.agency;
      if (agency) out.push({ start: block.start + agency[0], end: block.start + agency[1], type: 'organization', score: 1, origin: 'detected' });
    }
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
      // The photographer may come before the agency ("Li Na/Xinhua") or after it ("Xinhua/Li Xin"): only the part
      // that is the photographer's name is left out.
      const isPhotographer = photographer && name && name.start < block.start + photographer.end && block.start + photographer.start < name.end;
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

/**
 * Words a credit says of the picture, not of who took it ("REUTERS/Jane Doe/File Photo", "… /Screenshot", "AP Photo/
 * Pool"): a mention of these words alone, right after a credit's "/", "(" or ":", names nobody.
 */
const DESCRIPTOR_MENTION = /^(?:(?:File|FILE|Archive|Video|Handout|Pool)\s+)?(?:Photos?|PHOTOS?|Images?|Screenshot|Screengrab|Handout|Pool|Illustration)$/;
const CREDIT_MARK_BEFORE = /[/(:]\s*$/;

function isCreditDescriptor(text: string, structure: Structure, m: RawMention): boolean {
  if (!DESCRIPTOR_MENTION.test(text.slice(m.start, m.end)) || !CREDIT_MARK_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start))) return false;
  return structure.blocks.some((b) => b.kind === 'caption' && b.start <= m.start && m.end <= b.end);
}

/**
 * The detected mentions with the credited agencies in place of those they overlap, less the credit's descriptor words
 * a tagger took for a name.
 */
export function withCreditedAgencies(text: string, structure: Structure, mentions: RawMention[]): RawMention[] {
  const agencies = creditedAgencies(text, structure);
  const described = mentions.filter((m) => m.origin === 'detected' && isCreditDescriptor(text, structure, m));
  if (described.length) mentions = mentions.filter((m) => !described.includes(m));
  if (!agencies.length) return mentions;
  const kept = mentions.filter((m) => !agencies.some((a) => a.start < m.end && m.start < a.end));
  return [...kept, ...agencies].sort((a, b) => a.start - b.start || b.end - a.end);
}
