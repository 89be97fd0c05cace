import type { RawMention } from '../types';

/**
 * A ruler's or a head of government's title and the place ruled are no name of their own: "the Emir of Qatar", "the
 * Sultan of Oman", "the Mayor of Lyon". The tagger runs them into one organization; CoNLL-2003 marks only the place
 * ("Archbishop of …", "King of …" keep the place alone). So a detected mention made of such a title, "of" and one to
 * three capitalized words becomes a place mention of those words. A body after "of the" ("the President of the
 * European Commission") is no place ruled by the title and is left as it is; so is "Queen of …", which also names a
 * football club. Mentions a person tagged or confirmed
 * stay as they are. Pure.
 */
const RULED = /^(?:Emir|Amir|King|Sultan|Emperor|Empress|Crown Prince|Prince|Grand Duke|Shah|President|Prime Minister|Premier|Chancellor|Governor|Mayor|Archbishop|Bishop|Patriarch) of (?=\p{Lu})(?!The\b)/u;
const PLACE_WORDS = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

export function rulerTitles(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || m.type === 'person') return;
    const name = text.slice(m.start, m.end);
    const title = RULED.exec(name);
    if (!title || !PLACE_WORDS.test(name.slice(title[0].length))) return;
    out ??= [...mentions];
    out[i] = { ...m, start: m.start + title[0].length, type: 'location' };
  });
  return out ?? mentions;
}
