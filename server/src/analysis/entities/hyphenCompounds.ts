import type { RawMention } from '../types';

/**
 * Compounds the tagger takes whole though only their first part is a name: "Portuguese-flagged", "U.S.-led",
 * "Beijing-based" name "Portuguese", "U.S.", "Beijing" (the participle after the hyphen is no part of a name, as
 * CoNLL-2003 marks it); and a number joined to words ("1.7-billion-dollar") names nothing and is dropped. Mentions a person tagged or confirmed stay as they are. Pure.
 */
/** The words that make such a compound (not the lower-case half of a given name: "Moon Jae-in", "Kang Kyung-wha"). */
/** A number joined to words: "1.7-billion-dollar", "20-year-old" (a lower-cased name, "germany", is still a name). */
const NUMBER_COMPOUND = /^\d[\d.,]*-\p{Ll}[\p{Ll}-]*$/u;
const LOWER_TAIL = /-(?:led|based|flagged|backed|owned|born|made|run|funded|controlled|linked|style|bound|registered|listed|headquartered|brokered|sponsored|affiliated|aligned|friendly|era|inspired|focused|centred|centered|dominated|occupied|administered|held)$/;

export function hyphenCompounds(text: string, mentions: RawMention[]): RawMention[] {
  let changed = false;
  const out: RawMention[] = [];
  for (const m of mentions) {
    if (m.origin !== 'detected') { out.push(m); continue; }
    const name = text.slice(m.start, m.end);
    if (NUMBER_COMPOUND.test(name)) { changed = true; continue; }
    const tail = LOWER_TAIL.exec(name);
    if (tail && tail.index > 0 && /\p{Lu}/u.test(name.slice(0, tail.index))) {
      changed = true;
      out.push({ ...m, end: m.start + tail.index });
      continue;
    }
    out.push(m);
  }
  return changed ? out : mentions;
}
