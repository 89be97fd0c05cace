import type { RawMention } from '../types';
import { ownedTitles } from './ownedTitles';
import { replaceByNames } from './replaceByNames';

/**
 * The title of a film, book, song, series or other work, in quotation marks after a noun that says what it is, is one
 * `misc` name (CoNLL marks titles of works misc, without their quotation marks): 'the film "Ne Zha 2"', 'the novel
 * "The Three-Body Problem"', 'a documentary titled "Home in the Mountains"'. An editorial's or a report's title is
 * no name in CoNLL, so "titled" counts only after such a noun. The tagger cuts such titles at their common
 * words or numbers and reads their parts as people, places or companies ("Ne Zha"/organization, "Mountains"/place),
 * or misses a title made of one common word ('her song "Flowers"'). The whole quoted title, a capital or a digit
 * first and at most twelve words, replaces what was detected inside it; titles listed after the first one ('the
 * films "A" and "B"') are titles too. A title overlapping a mention that reaches outside the quotation marks, or one
 * a person tagged or confirmed, stays as it is (see `replaceByNames`). Without quotation marks, a detected name right
 * after a determiner and a noun that says what work it is ("The animated film Ne Zha 2", "the video game Black Myth:
 * Wukong", "the opera Turandot") is the title, misc, with a number and a subtitle after a colon; ambiguous nouns
 * ("game", "series", "play", "single") need the word that makes them a work ("video game", "TV series"), and a name
 * followed by a verb of making is the maker in a relative clause ("the film Zhang Yimou directed"). Titles an owner's
 * possessive or an award's category shows are `ownedTitles.ts`'s. A quoted title in title case is one too when an
 * apposition after it says what work it is ('"Salt Roads", a road movie set in …', '"The Quiet Yard," a drama
 * about …'), or when an actor's role or a performance is "in" it ('his role as a retired judge in "The Garden
 * House"'); the title case keeps out a quotation ('"We will win," a documentary maker said' is no title). Pure.
 */
const WORK = String.raw`(?:film|films|movie|movies|blockbuster|animation|cartoon|book|books|novel|novels|memoir|biography|song|songs|single|ballad|anthem|series|drama|dramas|sitcom|documentary|documentaries|album|albums|EP|play|opera|musical|ballet|(?:TV|talk|variety|reality|game) show|game|games|poem|painting|exhibition|programme|program|podcast|comedy|thriller|sequel|prequel|franchise|epic)`;
const TITLE = String.raw`(?:"([\p{Lu}\p{N}][^"\n]{0,100})"|“([\p{Lu}\p{N}][^”\n]{0,100})”|‘([\p{Lu}\p{N}][^’\n]{0,100})’)`;
const CUED = new RegExp(String.raw`\b${WORK}(?:,?\s+(?:titled|entitled|called|named))?\s+${TITLE}`, 'gu');
const NEXT = new RegExp(String.raw`^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)${TITLE}`, 'u');
const MAX_WORDS = 12;
/** A quoted title (a comma may close it inside the marks), then an apposition naming the work: '"Salt Roads", a road movie set in …'. */
const APPOSED = new RegExp(String.raw`(?:"([\p{Lu}\p{N}][^"\n]{0,100}?),?"|“([\p{Lu}\p{N}][^”\n]{0,100}?),?”),?\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}${WORK}(?=\s+(?:about|by|from|set|that|which|directed|starring|shot|made|based|following|telling|in|on|of|with)\b|[,.;])`, 'gu');
/** A role or a performance "in" a quoted title: 'his role as a judge in "The Garden House"', 'starred in "Night Ferry"'. */
const ROLE_IN = new RegExp(String.raw`\b(?:role|roles|performance|performances|starring|starred|stars|appeared|appears|cameo)(?: as [^"“”\n]{1,40}?)? in ${TITLE}`, 'gu');
/** Title case: every word of four letters or more capitalized, but the small words titles write in lower case. */
const IN_TITLE_CASE = /^(?:(?:\p{Lu}|\p{N}|(?:with|from|into|over|upon|than|that)\b|[\p{L}'’]{1,3}(?![\p{L}'’]))\S*\s*)+$/u;
/** A determiner, up to two modifiers and an unambiguous noun for a work, right before a name. */
const BARE_CUE = /(?:(?<![\p{L}\p{N}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|\p{L}['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}(?:film|movie|blockbuster|novel|memoir|album|opera|documentary|sitcom|musical|ballet|(?:TV|television|drama|web|animated) series|(?:video|mobile|online) game) $/u;
const WORK_NOUN_BEFORE = /(?:film|movie|buster|novel|memoir|album|opera|documentary|sitcom|musical|ballet|series|game) $/;
/** The maker of the work, in a relative clause: "the film Zhang Yimou directed". */
const MAKER_AFTER = /^ (?:directed|released|wrote|made|produced|composed|recorded|sang|starred|shot|filmed|created|painted|published|penned|co-wrote)\b/;
/** What goes on a title after the name: a number ("Ne Zha 2"), a subtitle after a colon ("Black Myth: Wukong"). */
const TITLE_TAIL = /^(?: \d{1,2}(?![\p{N}.,]\d| ?%| (?:percent|million|billion)))?(?:: \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})?/u;

export function workTitles(text: string, mentions: RawMention[]): RawMention[] {
  mentions = ownedTitles(text, bareTitles(text, mentions));
  if (!/["“‘]/.test(text)) return mentions;
  const titles: RawMention[] = [];
  for (const cue of text.matchAll(CUED)) {
    let match: RegExpExecArray | RegExpMatchArray | null = cue;
    let end = cue.index + cue[0].length;
    while (match) {
      const title = match[1] ?? match[2] ?? match[3];
      const start = end - 1 - title.length;
      if (title.split(/\s+/).length <= MAX_WORDS && !/[.!?,]$/.test(title)) {
        titles.push({ start, end: end - 1, type: 'misc', score: 0.9, origin: 'detected' });
      }
      match = NEXT.exec(text.slice(end, end + 110));
      if (match) end += match[0].length;
    }
  }
  // Cheap literal tests first: a closing mark before "a"/"an", and "in" before an opening mark.
  const apposed = ['", a', '," a', '”, a', ',” a'].some((cue) => text.includes(cue));
  const roleIn = text.includes(' in "') || text.includes(' in “');
  for (const cue of [...(apposed ? text.matchAll(APPOSED) : []), ...(roleIn ? text.matchAll(ROLE_IN) : [])]) {
    const title = cue[1] ?? cue[2] ?? cue[3];
    if (!title || title.split(/\s+/).length > MAX_WORDS || /[.!?,]$/.test(title) || !IN_TITLE_CASE.test(title)) continue;
    const start = cue.index + cue[0].indexOf(title);
    titles.push({ start, end: start + title.length, type: 'misc', score: 0.9, origin: 'detected' });
  }
  // The same title in quotation marks elsewhere in the article is the work again ('rights to "The Quiet Yard"').
  const named = new Set(titles.map((t) => text.slice(t.start, t.end)));
  for (const m of named.size ? mentions : []) {
    if (m.origin !== 'detected' || m.type === 'misc' || !named.has(text.slice(m.start, m.end)) || titles.some((t) => t.start === m.start)) continue;
    if (/["“‘]$/.test(text.slice(m.start - 1, m.start)) && /^["”’]/.test(text.slice(m.end, m.end + 1))) titles.push({ start: m.start, end: m.end, type: 'misc', score: 0.9, origin: 'detected' });
  }
  return replaceByNames(mentions, titles.filter((t) => !mentions.some((m) => m.start === t.start && m.end === t.end && m.type === 'misc')));
}

/** Titles without quotation marks, after the noun for the work: only the text around each detected name is read. */
function bareTitles(text: string, mentions: RawMention[]): RawMention[] {
  const titles: RawMention[] = [];
  for (const m of mentions) {
    // the cheap test first: most names follow no noun for a work
    if (m.origin !== 'detected' || !WORK_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    if (!BARE_CUE.test(text.slice(Math.max(0, m.start - 48), m.start))) continue;
    const after = text.slice(m.end, m.end + 60);
    if (MAKER_AFTER.test(after)) continue;
    const tail = TITLE_TAIL.exec(after)?.[0] ?? '';
    if (m.type !== 'misc' || tail) titles.push({ start: m.start, end: m.end + tail.length, type: 'misc', score: Math.max(m.score ?? 0.5, 0.7), origin: 'detected' });
  }
  const kept = replaceByNames(mentions, titles);
  const missed = missedBareTitles(text, mentions);
  return missed.length ? [...kept, ...missed].sort((a, b) => a.start - b.start || b.end - a.end) : kept;
}

/**
 * Where a bare title may start: a work noun, a space and a capital. The cue before it (BARE_CUE) and the run of the
 * title's words after it are checked only there: one pattern over the whole article that opens on a determiner was
 * tried at every article and possessive, on every keystroke (a sixth of the document rules' time on a 113 KB article).
 */
const NOUN_BEFORE_CAPITAL = /(?:film|movie|blockbuster|novel|memoir|album|opera|documentary|sitcom|musical|ballet|series|game) (?=\p{Lu})/gu;
/** The title's words: capitalized, with the small words of titles between them ("Dead to Rights", "Sun and Moon"). */
const TITLE_RUN = /\p{Lu}[\p{L}'’-]*(?: (?:(?:of|the|to|and|a|an|in|on|for|from|with) )*\p{Lu}[\p{L}'’-]*){0,7}/uy;
/** How far before a work noun its cue may begin ("the acclaimed animated series …"). */
const CUE_REACH = 100;
/**
 * A bare title the tagger found nothing in ("the film Dead to Rights"): the capitalized words after the cue, with the
 * small words of titles between them, and its number or subtitle.
 */
function missedBareTitles(text: string, mentions: RawMention[]): RawMention[] {
  if (!/film|movie|buster|novel|memoir|album|opera|documentary|sitcom|musical|ballet|series|game/.test(text)) return [];
  const found: RawMention[] = [];
  for (const noun of text.matchAll(NOUN_BEFORE_CAPITAL)) {
    const start = noun.index + noun[0].length;
    if (!BARE_CUE.test(text.slice(Math.max(0, start - CUE_REACH), start))) continue;
    TITLE_RUN.lastIndex = start;
    const run = TITLE_RUN.exec(text);
    if (!run) continue;
    const after = text.slice(start + run[0].length, start + run[0].length + 60);
    if (MAKER_AFTER.test(after)) continue;
    const end = start + run[0].length + (TITLE_TAIL.exec(after)?.[0].length ?? 0);
    if (!mentions.some((m) => m.start < end && start < m.end) && !found.some((m) => start < m.end)) found.push({ start, end, type: 'misc', score: 0.7, origin: 'detected' });
  }
  return found;
}
