import type { RawMention } from '../types';

/**
 * An institution or an event followed by where it is, which the tagger took as one name: "the World Economic Forum in
 * Davos", "the International Monetary Fund in Washington", "the Summit in Geneva". Names hold "in" ("Organisation for
 * Security and Cooperation in Europe", "Human Rights in China", "Board of Control for Cricket in India", "Interim
 * Force in Lebanon", "Chamber of Commerce in China"), but in those the word before "in" is what the body works on, or
 * a head that takes its place in the name. So a detected name is cut before "in" only where the word before it is
 * the head of an institution's or an event's name ("Forum", "Fund", "Bank", "Ministry", "Embassy", "Summit" …) and
 * one to three capitalized words follow "in" to the end of the mention: the first half keeps the mention's type, the
 * place after "in" is a place. "of" is no cue ("Bank of China", "University of California" are names); "Force" and
 * "Mission" stay out (UN missions are named after their country). Mentions a person tagged or confirmed stay as they
 * are. Pure.
 */
const LOCATED = /^(\p{Lu}.*\s(?:Forum|Fund|Bank|Ministry|Embassy|Consulate|Council|Commission|Committee|Office|Court|Centre|Center|University|Institute|Academy|Museum|Agency|Association|Organi[sz]ation|Exchange|Summit|Conference|Expo|Games|Olympics|Festival)) in (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})$/u;

export function splitLocatedNames(text: string, mentions: RawMention[]): RawMention[] {
  let changed = false;
  const out: RawMention[] = [];
  for (const m of mentions) {
    const cut = m.origin === 'detected' ? LOCATED.exec(text.slice(m.start, m.end)) : null;
    if (!cut) { out.push(m); continue; }
    changed = true;
    out.push({ ...m, end: m.start + cut[1].length }, { ...m, start: m.end - cut[2].length, type: 'location' });
  }
  return changed ? out : mentions;
}
