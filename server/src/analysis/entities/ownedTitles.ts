import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * Titles of works named without quotation marks, that only what is around them shows to be works (misc in the CoNLL
 * scheme, whole). A tagger of 1990s news cuts them at their common words and reads the last word as a place or a
 * company ("HBO's The Last of Us" → "Us"/location), or finds nothing ("Netflix's Squid Game").
 *  - after a possessive, a run of capitalized words opened by a capitalized word of a closed class ("The", "A",
 *    "Not", "What" …), which mid-sentence only a title writes so: "HBO's The Last of Us", "her rival's Not Like Us";
 *    lower-case small words ("of", "the", "by" …) may stand inside it, and a newspaper's name is no work ("Murdoch's
 *    The Times");
 *  - after the possessive of a studio, a streaming service or a maker of video games, any run of capitalized words
 *    that holds no place and does not end in a person the tagger found (where the studio is, whom it employs):
 *    "Netflix's Squid Game", "Pixar's Inside Out 2" (a number after it belongs to the title), "Sony's Ghost of
 *    Yotei"; the studio is a company where the tagger missed it;
 *  - a name right before the category of a film or music award it won: "Oppenheimer won best picture".
 * The title replaces what the tagger found inside it (`replaceByNames`); one a person tagged or confirmed, or one a
 * detection reaches out of, stays as it is. Pure.
 */
const OPENER = String.raw`(?:The|A|An|Not|No|Never|Only|What|When|Where|Why|How|Who|If|Do|Don['’]t|Let|My|Your|Our|His|Her|Their|In|On|Out|Into|Under|Over|Beyond|Before|After|Once|Everything|Nothing|Some|This|That|These|Those)`;
const SMALL = String.raw`(?:of|the|a|an|and|in|on|to|for|by|with|at|from|or|&)`;
const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
const RUN = String.raw`${CAP}(?: (?:${SMALL} )*${CAP}){0,7}(?: \d{1,2}(?![\p{L}\p{N}]|[.,]\d))?`;
/** Film studios, streaming services and the makers and publishers of video games, whose possessive names their works. */
const STUDIOS = String.raw`(?:Netflix|HBO|Disney|Pixar|Marvel|DreamWorks|Hulu|Paramount|Warner Bros\.?|Universal|Lionsgate|A24|Apple TV\+|Prime Video|Studio Ghibli|Ghibli`
  + String.raw`|Sony|Nintendo|Ubisoft|Capcom|Sega|Square Enix|Electronic Arts|Activision|Blizzard|Bandai Namco|Bungie|Rockstar Games|miHoYo|HoYoverse|NetEase|Game Science|Bethesda|Konami|FromSoftware|Epic Games|Riot Games|Naughty Dog|Sucker Punch)`;
/** Small words a run may end on, which are no part of the title ("Netflix's Squid Game of …"). */
const TRAILING_SMALL = new RegExp(`(?: ${SMALL})+$`);
const OWNED = new RegExp(String.raw`['’]s (${OPENER} ${RUN})(?![\p{L}\p{N}])`, 'gu');
/**
 * A studio's name ending the text before a possessive, and the run after it. The possessive is found first: one
 * pattern opening on the studios' names was tried at every position of the article on every keystroke.
 */
const STUDIO_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${STUDIOS}$`, 'u');
const RUN_AT = new RegExp(String.raw`(${RUN})(?![\p{L}\p{N}])`, 'uy');
const POSSESSIVE_BEFORE_CAPITAL = /['’]s (?=\p{Lu})/gu;
/** The last word of a newspaper's or a magazine's name: an owner's paper is a company, no work. */
const PRESS = /(?:Times|Post|Guardian|Journal|Herald|Telegraph|Economist|Independent|Sun|Mirror|Paper|News|Review|Daily|Gazette|Tribune|Observer|Atlantic|Spectator|Express|Standard)$/;
const AWARD_CATEGORY = /^ (?:won|wins|took|takes|swept|claimed|scooped|bagged|picked up) (?:the )?(?:(?:Oscar|Golden Globe|BAFTA|Grammy|award|prize) for )?(?:best (?:picture|film|motion picture|animated (?:feature|film)|documentary(?: feature)?|(?:international|foreign[- ]language) (?:feature|film)|(?:drama|comedy|limited) series|album|song|novel)|(?:album|record|song) of the year)\b/;

export function ownedTitles(text: string, mentions: RawMention[]): RawMention[] {
  const titles: RawMention[] = [];
  const add = (start: number, title: string, opened: boolean) => {
    const end = start + title.replace(TRAILING_SMALL, '').length;
    if (PRESS.test(text.slice(start, end)) || titles.some((x) => x.start === start)) return;
    // A place the tagger found in a run after a studio's name is where it is ("Disney's Shanghai Resort"), and a
    // person ending the run whom it employs ("Netflix's Chief Executive Ted Sarandos"); after a title's opening word,
    // after "of" or a possessive ("Nintendo's Legend of Zelda", "Ubisoft's Assassin's Creed Shadows"), or a person
    // with more of the run after it ("Assassin"), it is a piece of the title.
    if (!opened && mentions.some((m) => m.start < end && start <= m.start && m.origin === 'detected' && (m.type === 'location' || (m.type === 'person' && m.end === end))
      && !/(?: of|['’]s) $/.test(text.slice(start, m.start)))) return;
    titles.push({ start, end, type: 'misc', score: 0.7, origin: 'detected' });
  };
  if (/['’]s \p{Lu}/u.test(text)) {
    for (const t of text.matchAll(OWNED)) add(t.index + 3, t[1], true);
    for (const p of text.matchAll(POSSESSIVE_BEFORE_CAPITAL)) {
      const studio = STUDIO_BEFORE.exec(text.slice(Math.max(0, p.index - 24), p.index));
      if (!studio) continue;
      const titleStart = p.index + 3;
      RUN_AT.lastIndex = titleStart;
      const run = RUN_AT.exec(text);
      if (!run) continue;
      add(titleStart, run[1], false);
      // The studio itself, where the tagger missed it ("Nintendo's" opening a sentence): a company.
      const studioStart = p.index - studio[0].length, studioEnd = p.index;
      if (titles.some((x) => x.start === titleStart) && !mentions.some((m) => m.start < studioEnd && studioStart < m.end)) titles.push({ start: studioStart, end: studioEnd, type: 'organization', score: 0.7, origin: 'detected' });
    }
  }
  for (const m of mentions) {
    if (m.origin === 'detected' && m.type !== 'misc' && AWARD_CATEGORY.test(text.slice(m.end, m.end + 60))) titles.push({ ...m, type: 'misc' });
  }
  return replaceByNames(mentions, titles);
}
