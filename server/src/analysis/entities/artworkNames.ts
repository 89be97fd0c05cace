import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';
import { findPhrases, phraseSet } from '../findPhrases';

/**
 * Famous works of art are named in the news with no noun to say what they are ("crowds queued to see the Mona Lisa",
 * "The Last Supper was restored"), and their titles are made of words a tagger reads as a person ("Mona Lisa"), or of
 * common words it does not tag at all ("The Last Supper", "The Night Watch"). A work of art's title is `misc` in the
 * CoNLL scheme. The works below are the few every museum or culture story names that way; each is found wherever the
 * article writes it, with "The" when the title begins with it and the article capitalizes it ("The Starry Night") and
 * without it after "the" or a possessive ("Leonardo's Last Supper"), and replaces the detected mentions inside it
 * (see `replaceByNames`). A title the article writes inside a longer name ("Mona Lisa Smile", a film; "the Last
 * Supper Museum") is that name's, and stays it. Titles that are also other names ("Guernica", a town; "David")
 * need the article's cue, `workTitles.ts`'s ("the painting …"), and are not listed. The name right after such a
 * title and "by" is its maker, a person ("The Night Watch by Rembrandt", which the tagger may read as a company).
 * Pure.
 */
const WORKS = [
  'Mona Lisa', 'The Last Supper', 'The Starry Night', 'The Night Watch', 'Girl with a Pearl Earring', 'The Birth of Venus',
  'The Creation of Adam', 'The School of Athens', 'The Persistence of Memory', 'The Great Wave off Kanagawa', 'The Scream',
  'The Thinker', 'Venus de Milo', 'Winged Victory of Samothrace', 'Liberty Leading the People', 'Las Meninas',
  'The Garden of Earthly Delights', 'American Gothic', 'The Raft of the Medusa', 'The Arnolfini Portrait', 'The Hay Wain',
  'Along the River During the Qingming Festival', 'Dwelling in the Fuchun Mountains', 'A Thousand Li of Rivers and Mountains',
  // Sculptures in their thousands are one work: "Army" makes a tagger read an organization.
  'Terracotta Army', 'Terracotta Warriors',
];
/** Each title, and each title beginning "The" also without it: written "The …" the title takes it in; after "the" it is left out. */
const PHRASES = phraseSet(WORKS.flatMap((w) => (w.startsWith('The ') ? [w, w.slice(4)] : [w])));
/** A title ends a name: no letter, digit or hyphen after it, nor another capitalized word ("Mona Lisa Smile"). */
const ENDS_TITLE = /^(?![\p{L}\p{N}-]| \p{Lu})/u;
/** A capitalized word right before, no determiner or possessive: the title is part of a longer name ("the Louvre Mona Lisa Room"). */
const NAME_BEFORE = /(?<![\p{L}'’-])(?!(?:The|A|An|This|That|Its|His|Her|Their) )\p{Lu}[\p{L}'’-]*(?<!['’]s) $/u;

/** A title starts a word: not after a letter, a digit, an apostrophe or a hyphen. */
const NOT_AFTER = /[\p{L}\p{N}'’-]/u;

/** The longest word of each title ("Supper", "Terracotta", "Kanagawa"): most articles name none, and skip the search. */
const KEY_WORDS = [...new Set(WORKS.map((w) => w.split(' ').reduce((a, b) => (b.length > a.length ? b : a))))];

export function artworkNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!KEY_WORDS.some((w) => text.includes(w))) return mentions;
  const works: RawMention[] = [];
  // By substring search, not a regex alternation of the titles (see `findPhrases`).
  for (const { start, end } of findPhrases(text, PHRASES, (_s, e) => ENDS_TITLE.test(text.slice(e, e + 3)))) {
    if (start > 0 && NOT_AFTER.test(text[start - 1])) continue;
    if (NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    works.push({ start, end, type: 'misc', score: 0.9, origin: 'detected' });
  }
  const out = replaceByNames(mentions, works.filter((t) => !mentions.some((m) => m.start === t.start && m.end === t.end && m.type === 'misc')));
  return works.length ? out.map((m) => (isMaker(text, m, works) ? { ...m, type: 'person' as const } : m)) : out;
}

/** A detected name of one to three words right after a work's title and " by ": the painter or sculptor. */
function isMaker(text: string, m: RawMention, works: RawMention[]): boolean {
  return m.origin === 'detected' && m.type !== 'person' && works.some((w) => m.start === w.end + 4 && text.startsWith(' by ', w.end))
    && /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u.test(text.slice(m.start, m.end));
}
