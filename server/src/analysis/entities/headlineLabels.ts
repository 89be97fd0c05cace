import type { RawMention } from '../types';

/**
 * News sites put a label before a headline or a caption line: "Photos: Spring blossoms draw crowds across China",
 * "Live: Press conference on …", "Explainer: What is …", "Infographic: …". The label is no name, though the tagger,
 * seeing a capitalized word at the start of a line, may take it for a place ("Infographic") or run it into the words
 * after it. And what follows a label is a sentence-case headline, whose lower-case words ("blossoms draw crowds") are
 * no one's name. So, on a line that begins with such a label and a colon, a detected mention of the label alone is
 * dropped, one starting with it starts after it, and one right after it that holds two or more lower-case words
 * (other than those names hold: "of", "the", "and", "for", "in", "on", "de" …) is dropped. Mentions a person tagged
 * or confirmed stay as they are. Pure.
 */
const LABEL_WORDS = "Photos?|Pictures?|In pictures|Video|Videos|Live|Live updates|Explainer|Infographics?|Graphics?|Opinion|Watch|Interview|Analysis|Editorial|Exclusive|Update|Breaking|Factbox|Timeline|Gallery|Vlog|Commentary|Feature|Highlights|Full text|Editor's note|Quick take|Data|Poll|Podcast|Spotlight";
const LABEL = new RegExp(`(?:^|\\n)((?:${LABEL_WORDS}):\\s+)`, 'g');
const LONE_LABEL = new RegExp(`^(?:${LABEL_WORDS})$`);

/** Whether the words before a colon are such a label ("Exclusive", "Live updates"), not a name (the quote layer's speaker labels). */
export const isHeadlineLabel = (label: string): boolean => LONE_LABEL.test(label);
const NAME_LOWER = /^(?:of|the|and|for|in|on|at|to|de|del|la|le|du|da|di|van|von|bin|al|y|&)$/;

export function dropHeadlineLabels(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes(':')) return mentions;
  const labels = [...text.matchAll(LABEL)].map((l) => ({ start: l.index + l[0].length - l[1].length, end: l.index + l[0].length }));
  if (!labels.length) return mentions;
  let changed = false;
  const out: RawMention[] = [];
  for (const m of mentions) {
    const label = m.origin === 'detected' ? labels.find((l) => m.start >= l.start && m.start <= l.end) : undefined;
    if (!label) { out.push(m); continue; }
    changed = true;
    if (m.end <= label.end) continue;
    const start = Math.max(m.start, label.end);
    const lower = text.slice(start, m.end).split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !NAME_LOWER.test(w));
    if (lower.length < 2) out.push({ ...m, start });
  }
  return changed ? out : mentions;
}
