import { clips } from '../linking/acronyms';
import type { RawMention } from '../types';
import { afterLetterOrDigit, matchesWhere } from '../matchesWhere';

/**
 * Hong Kong news clips the names of its councils without defining the short form: "the Legislative Council" …
 * "LegCo members", "the Executive Council" … "ExCo". A tagger takes the clipped word for no name at all. A word made of
 * capitalized chunks ("LegCo") that no mention covers becomes a mention when its chunks begin the last words of an
 * organization the article tags (of two words or more), and it does not follow a capitalized word ("Venezuela FinMin"
 * is a finance minister); linking then joins the two (see `clips`).
 * Nothing is made of a clipped word no name in the article explains. Pure.
 */
/** A clipped word right after a capitalized one is a title in a headline, "Venezuela FinMin", not a council. */
const AFTER_NAME = /\p{Lu}[\p{L}-]*(?<!['’]s) $/u;
/** Capitalized chunks run together ("LegCo"); that no letter or digit comes before is checked apart (a lookbehind
 * opening the regex keeps V8 from skipping fast to the capitals, on every keystroke). */
const CLIPPED = /[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\p{L}\p{N}])/gu;

export function clippedNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!/[a-z][A-Z][a-z]/.test(text)) return mentions;
  let names: Map<string, RawMention> | null = null;
  const added: RawMention[] = [];
  for (const w of matchesWhere(CLIPPED, text, (i) => !afterLetterOrDigit(text, i))) {
    const start = w.index, end = start + w[0].length;
    if (mentions.some((x) => x.start < end && start < x.end) || AFTER_NAME.test(text.slice(Math.max(0, start - 20), start))) continue;
    names ??= new Map(mentions.filter((m) => m.type === 'organization').map((m) => [text.slice(m.start, m.end), m]));
    for (const [name, m] of names) {
      if (!name.includes(' ') || !clips(w[0], name)) continue;
      added.push({ start, end, type: m.type, score: Math.min(0.8, m.score ?? 0.8), origin: 'detected' });
      break;
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}
