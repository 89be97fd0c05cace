import type { Span } from '../types';

/** Agencies and picture desks that credit photos; a credit naming one of them beside a name credits that name's photographer. */
export const AGENCIES = String.raw`Xinhua|Reuters|AP|AFP|EPA|EPA-EFE|EFE|CNS|China News Service|VCG|IC|CFP|Getty Images|Imaginechina|China Daily|Kyodo|Yonhap|TASS|Sputnik|Anadolu|Anadolu Agency|ANI|PTI|Bloomberg|dpa|CGTN|CCTV|Global Times|People's Daily|NurPhoto|SOPA Images|Shutterstock|Xinhua News Agency`;
const AGENCY = new RegExp(`^(?:${AGENCIES})$`, 'i');

/**
 * Words a credit uses about the picture, not about who took it: "Photo by", "File Photo", "Screenshot", "Handout",
 * "Pool", "Illustration", "TPX IMAGES OF THE DAY". They are dropped from the ends of each part of a credit.
 */
const DESCRIPTOR = /^(?:(?:file|archive|video|handout|pool)\s+)?(?:photos?|images?|pictures?|screenshots?|screengrabs?|handout|pool|illustration|credit|courtesy(?:\s+of)?|by|from|tpx images of the day|credits?|graphics?|infographics?|illustrations?|designs?)$/i;

/** A person's name as credits print it: two to five words, each capitalized or a particle ("Luiz Inacio Lula da Silva"). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|da|de|do|dos|del|der|di|du|la|le|van|von|bin|al|el))+$/u;

export interface CreditParts {
  /** From the first name in the credit to the last, less descriptor words ("Reuters" in "Handout via Reuters"). */
  names: Span | null;
  /** The photographer, when the credit names an agency and a person beside it, or says "Photo by" a person. */
  photographer: Span | null;
}

/**
 * Splits the body of a photo credit, relative to `offset`, at "/" and "via" into names: "Li Xin/Xinhua",
 * "Xinhua/Li Xin", "AP Photo/Sergei Grits", "Jane Doe/AFP via Getty Images", "Handout via Reuters", "CGTN".
 */
export function creditParts(body: string, offset: number, saysBy: boolean): CreditParts {
  const split: (Span & { text: string })[] = [];
  let at = 0;
  for (const segment of body.split('/')) {
    split.push(...splitVia(segment, offset + at));
    at += segment.length + 1;
  }
  if (!split.length) return { names: null, photographer: null };
  const names = { start: split[0].start, end: split[split.length - 1].end };
  const agencies = split.filter((p) => AGENCY.test(p.text));
  const person = split.find((p) => !AGENCY.test(p.text) && PERSON_NAME.test(p.text) && p.text !== p.text.toUpperCase());
  const photographer = person && (agencies.length || saysBy) ? { start: person.start, end: person.end } : null;
  return { names, photographer };
}

/** The names of one "/"-separated segment, which "via" or "for" may join: "Andrew Harnik via Getty Images", "Jane Doe for The Washington Post". */
function splitVia(segment: string, offset: number): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  let at = 0;
  for (const piece of segment.split(/(\s+(?:via|for)\s+)/)) {
    if (!/^\s+(?:via|for)\s+$/.test(piece)) {
      const p = trimDescriptors(piece, offset + at);
      if (p) out.push(p);
    }
    at += piece.length;
  }
  return out;
}

/** The part less surrounding spaces, brackets and descriptor words, or null when nothing is left. */
function trimDescriptors(text: string, offset: number): (Span & { text: string }) | null {
  const words = [...text.matchAll(/[^\s()[\]]+/g)].map((m) => ({ start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0] }));
  const isDescriptor = (from: number, to: number) => DESCRIPTOR.test(words.slice(from, to).map((w) => w.text).join(' '));
  let first = 0, last = words.length;
  // Longest descriptor first at each end: "File Photo", "TPX IMAGES OF THE DAY", "Photo by".
  const rest = () => words.slice(first, last).map((w) => w.text).join(' ');
  // An agency keeps its own descriptor word ("Getty Images", "SOPA Images").
  for (let changed = true; changed && first < last && !AGENCY.test(rest());) {
    changed = false;
    for (let n = Math.min(5, last - first); n >= 1; n--) {
      if (isDescriptor(first, first + n)) { first += n; changed = true; break; }
      if (isDescriptor(last - n, last)) { last -= n; changed = true; break; }
    }
  }
  if (first >= last) return null;
  const start = words[first].start, end = words[last - 1].end;
  return { start, end, text: rest() };
}
