import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * What only a work does marks its name a work, misc in the CoNLL scheme, where no noun before it says so: a film's run
 * at the box office ("X grossed $1 billion", "X became the highest-grossing film of the year", "X opened in
 * theaters") and a game's or a book's sales in copies ("X sold 10 million copies"). The tagger, which reads a one-word
 * title as a person or a company and cuts a title at its colon ("Avatar" + "Ash" of a subtitle "Fire and Ash"), is
 * overruled:
 *  - a detected name right before a film's run becomes misc;
 *  - a title with a subtitle after a colon right before such a run ("X: Y and Z opened in theaters") is one misc name,
 *    which replaces what was detected inside it. The anchor is the colon, rare in running text; the title before it is
 *    one to four capitalized words, the subtitle up to six words, capitalized but for the small words of titles.
 * Prizes are no such mark: people win Oscars as films do. Mentions a person tagged or confirmed stay as they are. Pure.
 */
/**
 * A film's run: no person or company grosses, opens in theaters or becomes the highest-grossing film. Narrower than
 * `versionedNames`' run of a sequel, whose number already marks a title there ("X 2 premiered", "earned … worldwide"
 * are also said of people and companies).
 */
const FILM_RUN = String.raw`(?:grossed|(?:has |have )?(?:earned|taken|made) (?:\S+ ){1,3}at the box office|(?:topped|tops|led|leads|dominated|ruled) (?:the |its )?(?:[\p{L}-]+ ){0,2}box[- ]office|(?:opened|opens|premiered|premieres|debuted|debuts|hit|hits|arrived|arrives) (?:in|on) (?:[\p{L}-]+ ){0,2}(?:theaters|theatres|cinemas)|became the (?:[\p{L}-]+ ){0,2}highest-grossing (?:[\p{L}-]+ )?(?:film|movie|release|animation))(?![\p{L}\p{N}-])`;
/**
 * Sales in copies or units: a title's after a colon ("X: Y sold 10 million copies"), but also an author's, a singer's
 * or a maker's ("Tesla sold 1.8 million units"), so they mark only a title with a subtitle.
 */
const SALES = String.raw`(?:has |have )?sold (?:more than |over |nearly |almost |about |some )?[\d.,]+(?: million| billion)? (?:copies|units)(?![\p{L}\p{N}-])`;
const FILM_RUN_AFTER = new RegExp(String.raw`^ ${FILM_RUN}`, 'u');
const RUN_AFTER = new RegExp(String.raw`^ (?:${FILM_RUN}|${SALES})`, 'u');
const TITLE_BEFORE_COLON = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}\p{N}'’-]*(?: \p{Lu}[\p{L}\p{N}'’-]*){0,3}$/u;
const SUBTITLE = /^ \p{Lu}[\p{L}\p{N}'’-]*(?:(?: (?:and|of|the|in|on|to|at|for|a|an|&))* \p{Lu}[\p{L}\p{N}'’-]*){0,5}/u;

export function workRuns(text: string, mentions: RawMention[]): RawMention[] {
  return colonTitles(text, retypeRunSubjects(text, mentions));
}

function retypeRunSubjects(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || m.type === 'misc' || text.charCodeAt(m.end) !== 32) return;
    if (!FILM_RUN_AFTER.test(text.slice(m.end, m.end + 60))) return;
    out ??= [...mentions];
    out[i] = { ...m, type: 'misc' };
  });
  return out ?? mentions;
}

function colonTitles(text: string, mentions: RawMention[]): RawMention[] {
  const titles: RawMention[] = [];
  for (let colon = text.indexOf(': '); colon >= 0; colon = text.indexOf(': ', colon + 2)) {
    const title = TITLE_BEFORE_COLON.exec(text.slice(Math.max(0, colon - 50), colon));
    if (!title) continue;
    const sub = SUBTITLE.exec(text.slice(colon + 1, colon + 80));
    if (!sub) continue;
    // the run may follow the whole subtitle or a shorter one ("X: Y opened …" read greedily as far as "Y")
    let end = colon + 1 + sub[0].length;
    while (!RUN_AFTER.test(text.slice(end, end + 60))) {
      const lastSpace = text.lastIndexOf(' ', end - 1);
      if (lastSpace <= colon + 1) break;
      end = lastSpace;
    }
    if (!RUN_AFTER.test(text.slice(end, end + 60))) continue;
    titles.push({ start: colon - title[0].length, end, type: 'misc', score: 0.8, origin: 'detected' });
  }
  return replaceByNames(mentions, titles);
}
