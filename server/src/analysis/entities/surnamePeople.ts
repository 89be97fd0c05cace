import { WEEKDAY_FULL_RE } from '../dates/lexicon';
import type { RawMention } from '../types';
import { isChineseGivenName, isChineseSurname } from './chineseSurnames';
import { NON_ASCII_LETTERS } from './matchesNear';

/**
 * A leader or business figure named by surname alone ("Modi met Xi", "Xi's visit to Kazakhstan", "Starmer met
 * Carney") reads, to a tagger that does not know the name, as an organization. What the article says around one of
 * the name's mentions tells a person:
 *  - it meets or holds talks with someone, or someone meets it ("X met Carney", "Modi met X on the sidelines", "X held
 *    talks with …", "X and Putin held talks"): companies and ministries sign and announce, but do not meet or shake
 *    hands with a person;
 *  - its possessive has what only people have: "X's visit", "X's first overseas trip", "X's comments", "X's wife";
 *    a cabinet, aides, a press secretary, a political party ("X's ruling party won", not a party's own "X's party
 *    conference"), or an office that speaks ("X's office said": a company's office is a place, and does not speak);
 *  - it chairs or presides: "a symposium chaired by X";
 *  - it has an age ("X, 21, had beaten …"), a player's world ranking ("world No.1 X"), or a photo shows it speaking
 *    or posing ("Elon Musk speaks at a conference"); this holds for a name of two words as well, and not for a name
 *    typed place;
 *  - it is a common Chinese surname that speaks or acts as people do: "Xi said", "Wang stressed", "Xi inspected a
 *    village", "Xi will hold talks with …", "Xi on Monday sent a message" (no company or dynasty is called "Wang"),
 *    or that someone meets ("the prime minister met Xi");
 *  - it does what only a person does: tells reporters, a news conference or lawmakers something, is sworn in,
 *    takes the oath, resigns or steps down ("Milei told reporters …"; a company or a ministry speaks to reporters
 *    through a spokesperson, and tells a news agency, which stays out);
 *  - it opens a sentence as the subject of a verb, and the first pronoun after it, with no capitalized word between,
 *    is "he", "his", "him", "she" or "her" ("Albanese promised to cut fees in his first year"); companies, teams and
 *    countries are "it" and "its";
 *  - it beats or loses to a one-word person ("X beat Gauff in straight sets"), as players do;
 *  - it writes or posts on a platform ("Petro wrote on X that …", "Trump posted on Truth Social that …"): a company
 *    or a ministry says things in a statement or a post, but a person writes and posts;
 *  - it names an administration, the government of the one who leads it ("the Trump administration"), unless the
 *    article puts "the" before the name elsewhere too ("the Taliban said"), as it never does before a person's.
 * Then every detected mention of exactly that one-word name the tagger typed organization or misc is a person. Teams
 * and countries visit and meet in news English ("Ireland's visit to …", "China and Russia held talks"), so a name
 * typed place changes only when a one-word person meets it or is named beside it, when it is chaired by it, or when
 * it is a Chinese surname that acts; a title before it ("President Xi") is `mentionEdges.ts`'s. A Chinese full name
 * (a common surname and a pinyin given name: "Pan Zhanle", "China's Pan Zhanle") typed organization or misc is a person
 * too. A Chinese surname that so acts or is met where the tagger found nothing ("Xi delivered a keynote speech", read
 * by a tagger that knows no "Xi") becomes a person mention, unless it is the pronoun "He" or stands in a run of
 * capitalized words ("The Sun", "Hong Kong"). Mentions a person tagged or confirmed stay as they are. Pure.
 */
/** One word, with its capitalized parts after a hyphen ("Al-Sharaa", "Abu-Bakr"). */
const ONE_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
const UP_TO_TWO_WORDS = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?$/u;
/** An age in apposition: "Zheng, 21, had beaten …". */
const AGE_AFTER = /^, (?:[1-9]\d?|1[01]\d),(?!\d)/;
/** A player's world ranking: "world No.1 Iga Swiatek" (a national team ranked so is typed place, and stays). */
const RANKED_BEFORE = /\b[Ww]orld No\. ?\d{1,3} $/;
/** What a photo shows only a person doing: "Elon Musk speaks at …", "X poses for …" ("gestures", "waves" are nouns too). */
const POSES = /^\s+(?:speaks|poses)\s+(?:at|during|to|for|in|with|after|before|as|on)\b/;
/** Meeting someone: the words between two names, or between a name and "his counterpart". */
const MEETS = String.raw`(?:met|meets|met with|meets with|held talks with|holds talks with|shook hands with|spoke by phone with|spoke with|talked with|had a phone call with|held a phone call with)`;
const MEETS_BETWEEN = new RegExp(String.raw`^\s+${MEETS}\s+$`);
const MEETS_COUNTERPART = new RegExp(String.raw`^\s+${MEETS}\s+(?:his|her|the visiting)\s+(?:[\p{Ll}-]+\s+)?counterpart`, 'u');
/** Where a name met as an object ends: not in front of another word of a longer name ("met Huawei executives"). */
const OBJECT_END = /^(?:\s*[,.;:]|\s+(?:on|in|at|for|and|during|ahead|last|this|earlier|to|before|after|via)\b)/;
/** Two people together then meeting: "X and Putin held talks". */
const TOGETHER = /^\s+(?:met|held talks|hold talks|shook hands|exchanged|had talks|spoke|signed)\b/;
const POSSESSION = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:cabinet|aides|press secretary|chief of staff|office(?=\s+(?:said|says|announced|confirmed|denied|added|told|issued|released)\b)|party(?!\s+(?:conference|congress|members?|leaders?|leadership|officials?|chair|whips?|headquarters|manifesto|platform|list|line|base)\b)|visit|visits|trip|tour|speech|speeches|remarks|address|comments|stance|views|government|wife|husband|son|daughter|mother|father|brother|sister|children|parents|family|premiership|inauguration|re-election|successor|predecessor|lawyer|lawyers|attorney|attorneys|arrest|resignation|death|funeral|birthday|injury|knee|ankle|hamstring|elbow|shoulder|wrist|brace|hat-trick|hat trick|header|equaliser|equalizer|serve|forehand|backhand)(?![\p{L}-])/u;
/**
 * A name closing a phrase opened by "the" ("the interim Transition Council's cabinet", "the self-rule Authority's
 * cabinet") is an institution's: a person's surname takes no article before its modifiers.
 */
const THE_PHRASE_BEFORE = /\b[Tt]he\s+(?:[\p{L}-]+\s+){1,2}$/u;
/** Only people chair or preside: "a symposium chaired by X". */
const CHAIRED_BY = /\b(?:chaired|presided over|co-chaired)\s+by\s+$/;
const SPEAKING = 'said|says|stressed|stresses|noted|notes|told|urged|urges|called for|calls for|pointed out|added|emphasized|emphasised|underlined|highlighted|thanked|inspected|replied|congratulated|chaired|presided|attended|visited|met|arrived|delivered';
export const SPEAKS = new RegExp(String.raw`^\s+(?:${SPEAKING})\b`);
/**
 * What a person named by a Chinese surname does, after words that may stand between a subject and its verb ("Xi
 * also sent", "Xi will hold talks", "Wang on Monday said"): the verbs of `SPEAKS` and more of a leader's acts.
 */
const ACTS = new RegExp(String.raw`^(?:\s+(?:also|later|then|further|again|first|will|would|is to|is set to|is scheduled to|is expected to|has|had|(?:on )?${WEEKDAY_FULL_RE}))*`
  + String.raw`\s+(?:${SPEAKING}|sent|send|extended|extend|signed|sign|held|hold|holds|hosted|host|hosts|received|receive|receives|addressed|address|pledged|vowed|expressed|welcomed|welcomes|praised|reiterated|hailed|wrote|spoke|toured|paid|pays|meet|meets|visit|visits|attend|deliver|chair|travel|travelled|traveled)\b`, 'i');
/** What only a person does, right after the name: "told reporters", "was sworn in", "stepped down". */
const PERSON_ONLY = /^\s+(?:also |later |then )?(?:told (?:reporters|journalists|a news conference|a press conference|a news briefing|a press briefing|lawmakers|legislators|MPs|parliament|state (?:television|media|TV|radio)|supporters|a rally|a crowd)|was sworn in|took the oath|resigned|stepped down|was born|died|underwent surgery|turned (?:[1-9]\d|1[01]\d)\b|was (?:arrested|detained|sentenced|jailed|convicted|acquitted|indicted|pardoned))\b/;
/**
 * Becoming or being made what only a person is: "X became Japan's first female prime minister", "X was named head
 * coach", "X became the youngest world champion": a country or a company becomes "a leader" or "the host", never
 * "prime minister", "coach" or the youngest of anything).
 */
const BECOMES_POST = /^\s+(?:became|becomes|has become|was elected|was re-elected|was named|was appointed|was sworn in as)\s+(?:the (?:youngest|oldest)\b|(?:(?:the|a|an|its)\s+)?(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:president|vice president|prime minister|premier|chancellor|minister|secretary|governor|mayor|senator|speaker|king|queen|emperor|pope|ambassador|envoy|spokesperson|spokesman|spokeswoman|coach|manager|captain|goalkeeper|striker|chairman|chairwoman|chief executive|CEO)\b)/u;
/** Writing or posting on a platform, as people do: "wrote on X that", "posted on Truth Social that", "wrote in a post on". */
const WRITES_ON = /^\s+(?:also |later |then )?(?:wrote|posted|wrote in a post|said in a post) on\b/;
/** An administration named after the one who leads it: "the Trump administration". */
const ADMINISTRATION_AFTER = /^\s+administration\b/;
/** The start of a sentence, or of one that opens with a weekday ("On Monday, "): where its subject stands. */
export const SENTENCE_START = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n)(?:On ${WEEKDAY_FULL_RE}, )?$`, 'i');
/** A verb right after a subject, then the first pronoun of the clause, a person's, with no capitalized word between. */
const OWN_PRONOUN = /^\s+(?:also |later |then |on \w+ )?(?:\p{Ll}+ed|said|says|told|tells|wrote|writes|spoke|won|lost|took|made|met|gave|sent|held|led|became|left)\b[^.;:!?"“”A-Z\n]*?\b(?:he|his|him|she|her)\b/u;
/**
 * Someone meets or is received by the name right after, or does something with it: "the prime minister met Xi",
 * "talks with Xi", "hosted by Xi", "opened the port with Xi".
 */
const MET_BEFORE = new RegExp(String.raw`\b(?:${MEETS}|meet|meet with|will meet|meeting with|talks with|call with|with|alongside|(?:hosted|received|chaired|presided over|delivered) by)\s+$`);

export function surnamePeople(text: string, mentions: RawMention[]): RawMention[] {
  const people = new Set<string>();
  const strong = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.type === 'person' || m.origin !== 'detected') return;
    const name = text.slice(m.start, m.end);
    if (m.type !== 'location' && isChineseFullName(name) && !COMPANY_AFTER.test(text.slice(m.end, m.end + 20)) && !CAPITALIZED_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) people.add(name);
    const after = text.slice(m.end, m.end + 60);
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (m.type !== 'location' && UP_TO_TWO_WORDS.test(name) && (AGE_AFTER.test(after) || POSES.test(after) || RANKED_BEFORE.test(before) || beatsPerson(m, mentions, i, text, before))) people.add(name);
    if (!ONE_WORD.test(name) || strong.has(name)) return;
    const prev = mentions[i - 1], next = mentions[i + 1];
    const personBefore = !!prev && prev.type === 'person' && MEETS_BETWEEN.test(text.slice(prev.end, m.start)) && OBJECT_END.test(after);
    const personAfter = !!next && next.type === 'person' && MEETS_BETWEEN.test(text.slice(m.end, next.start));
    const playsIn = m.type !== 'location' && SENTENCE_START.test(before.slice(-18)) && isOutsideMatch(text, m, next, mentions[i + 2]);
    if (personBefore || isPersonBeside(text, m, prev, next) || CHAIRED_BY.test(before) || (isChineseSurname(name) && actsAsPerson(before, after))
      || PERSON_ONLY.test(after) || BECOMES_POST.test(after) || WRITES_ON.test(after) || (SENTENCE_START.test(before.slice(-18)) && OWN_PRONOUN.test(after)) || isOpponent(text, m, prev, next) || playsIn) strong.add(name);
    else if (m.type !== 'location' && ADMINISTRATION_AFTER.test(after) && /\b[Tt]he\s+$/.test(before) && !takesArticle(text, name)) people.add(name);
    else if (m.type !== 'location' && ((POSSESSION.test(after) && !THE_PHRASE_BEFORE.test(before)) || personAfter || MEETS_COUNTERPART.test(after)) && !/\b[Tt]he\s+$/.test(before)) people.add(name);
  });
  // "Mirziyoyev and Xi signed …": a one-word name paired with one found a person above, acting together, is one too.
  for (let i = 1; i < mentions.length && strong.size; i++) {
    const a = mentions[i - 1], b = mentions[i];
    if (b.start - a.end !== 5 || text.slice(a.end, b.start) !== ' and ' || !TOGETHER.test(text.slice(b.end, b.end + 20))) continue;
    const an = text.slice(a.start, a.end), bn = text.slice(b.start, b.end);
    if (!ONE_WORD.test(an) || !ONE_WORD.test(bn) || a.origin !== 'detected' || b.origin !== 'detected') continue;
    if (strong.has(bn) && a.type !== 'location') strong.add(an);
    else if (strong.has(an) && b.type !== 'location') strong.add(bn);
  }
  const found = actingSurnames(text, mentions);
  for (const f of found) strong.add(text.slice(f.start, f.end));
  if (!people.size && !strong.size) return mentions;
  const out = mentions.map((m) => {
    if (m.type === 'person' || m.origin !== 'detected') return m;
    const name = text.slice(m.start, m.end);
    return strong.has(name) || (people.has(name) && m.type !== 'location') ? { ...m, type: 'person' as const } : m;
  });
  return found.length ? [...out, ...found].sort((a, b) => a.start - b.start || b.end - a.end) : out;
}

/** Whether "the" stands before the name somewhere other than before "administration": "the Taliban said". */
export function takesArticle(text: string, name: string): boolean {
  return new RegExp(String.raw`\b[Tt]he ${name}\b(?! administration\b)`).test(text);
}

/**
 * A Chinese surname acting as people do ("Xi said", "Xi will hold talks"), met ("met Xi") or meeting with another
 * ("Xi and Putin signed …"), by the text around it.
 */
function actsAsPerson(before: string, after: string): boolean {
  const partner = /^ and \p{Lu}[\p{Ll}'’-]+/u.exec(after);
  return ACTS.test(after) || (MET_BEFORE.test(before) && !/^\s+\p{Lu}/u.test(after)) || (!!partner && TOGETHER.test(after.slice(partner[0].length)));
}

/**
 * A capitalized word short enough to be a Chinese surname, alone (no letter, apostrophe, hyphen or full stop joined).
 * The surnames are written in ASCII, so the word is; so the pattern needs no Unicode classes, which V8 tries at every
 * character (a few milliseconds per keystroke on a long article): letters outside ASCII are the Latin, Greek,
 * Cyrillic and CJK ranges.
 */
const SHORT_WORD = new RegExp(`(?<![A-Za-z0-9${NON_ASCII_LETTERS}'’.&-])[A-Z][a-z]{1,5}(?![A-Za-z0-9${NON_ASCII_LETTERS}'’&-])`, 'g');

/**
 * Chinese surnames no mention covers that act or are met as people, alone or with their pinyin given name: person
 * mentions for them.
 */
function actingSurnames(text: string, mentions: RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  for (const w of text.matchAll(SHORT_WORD)) {
    const start = w.index, end = start + w[0].length;
    if (w[0] === 'He' || !isChineseSurname(w[0])) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    // The surname alone, or with a pinyin given name the tagger missed too ("Lei Jun said", "Jun" read as a month).
    const given = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u.exec(text.slice(end, end + 16));
    const nameEnd = given && isChineseFullName(`${w[0]} ${given[1]}`) ? end + given[0].length : end;
    const after = text.slice(nameEnd, nameEnd + 60);
    if (CAPITALIZED_BEFORE.test(before) || /^\s+\p{Lu}/u.test(after) || !actsAsPerson(before, after)) continue;
    // Last, as the dearest test: the context above keeps few words.
    if (mentions.some((m) => m.start < nameEnd && start < m.end)) continue;
    found.push({ start, end: nameEnd, type: 'person', score: 0.7, origin: 'detected' });
  }
  return found;
}

/**
 * "X beat Gauff", "Sinner lost to X": a one-word name that beats or loses to a one-word person is a player too; a
 * club beats a club, and a side named after its manager is a possessive ("beat Guardiola's City"), left out. A result
 * in tennis sets ("X beat Y 6-3, 6-4", "7-6 (7-4) 6-2") makes both one-word names players, whatever the tagger made of
 * the other: no team sport is scored in sets of six games.
 */
const SET = String.raw`(?:[67]-[0-7]|[0-5]-[67])(?: ?\(\d{1,2}(?:-\d{1,2})?\))?`;
const SET_SCORES = new RegExp(String.raw`^ ${SET},? ${SET}(?!\d)`);
const BEATS = /^ (?:beat|defeated|edged|upset|stunned|overcame|outlasted|lost to|knocked out|eliminated) $/;
function isOpponent(text: string, m: RawMention, prev: RawMention | undefined, next: RawMention | undefined): boolean {
  if (m.type === 'location' || text.charCodeAt(m.end) !== 32) return false;
  // (the gap's length first: this runs on most mentions, and most are far apart)
  if (next && next.start - m.end >= 6 && next.start - m.end <= 14 && BEATS.test(text.slice(m.end, next.start)) && (isPlayer(text, next) || inSets(text, next, next))) return true;
  return !!prev && m.start - prev.end >= 6 && m.start - prev.end <= 14 && BEATS.test(text.slice(prev.end, m.start)) && (isPlayer(text, prev) || inSets(text, prev, m));
}

/** The other side `o`, one word and no place, in a result whose set scores follow `loser`: "beat Swiatek 6-3, 6-4". */
function inSets(text: string, o: RawMention, loser: RawMention): boolean {
  return o.type !== 'location' && ONE_WORD.test(text.slice(o.start, o.end)) && SET_SCORES.test(text.slice(loser.end, loser.end + 24));
}

/** A one-word person, not in the possessive. */
function isPlayer(text: string, o: RawMention): boolean {
  return o.type === 'person' && ONE_WORD.test(text.slice(o.start, o.end)) && text.charCodeAt(o.end) !== 39 && text.charCodeAt(o.end) !== 0x2019;
}

/**
 * "X scored twice as Real Madrid beat Valencia", "X's late goal helped Barcelona beat Sevilla": a clause "as A beat B"
 * names both sides of a match, so a subject that does something in it and is neither side is one of the players (no
 * club scores in a match between two others). The clause must follow in the same sentence, and name two sides.
 */
const AS_SIDE = /^(?:['’]s\s+(?:[\p{Ll}-]+\s+){1,3}(?:helped|lifted|gave|sent)|\s+[^.;!?\n"“”]{1,60}?\b(?:as|helping|helped|to help))\s+(?:the\s+)?$/u;
const SIDE_BEATS = /^\s+(?:beat|defeated|edged|thrashed|routed|crushed|hammered|downed|drew with|held|stunned|upset|overcame|lost to|fell to)\s+(?:the\s+)?$/;
function isOutsideMatch(text: string, m: RawMention, a: RawMention | undefined, b: RawMention | undefined): boolean {
  if (!a || !b || a.start - m.end > 80 || !AS_SIDE.test(text.slice(m.end, a.start)) || !SIDE_BEATS.test(text.slice(a.end, b.start))) return false;
  const name = text.slice(m.start, m.end);
  return name !== text.slice(a.start, a.end) && name !== text.slice(b.start, b.end);
}

/**
 * "Iga Swiatek won the title after beating Aryna Sabalenka", "X beat Coco Gauff": a sentence's subject that beats a
 * person, named in full right after the verb, is a player; clubs and countries beat clubs and countries, and a side
 * named after its coach is a possessive ("beat Guardiola's City"), left out.
 */
const BEATS_BEFORE = /^[^.;!?\n"“”]{0,60}?\b(?:beat|beating|defeated|defeating|edged|edging|upset|upsetting|stunned|stunning|overcame|overcoming|outlasted|knocked out|eliminated)\s+$/;
function beatsPerson(m: RawMention, mentions: RawMention[], i: number, text: string, before: string): boolean {
  // The person must be the next name: one between ("Olympic champion Lena Marsh, who beat …") is the subject.
  const o = mentions[i + 1];
  if (!o || o.type !== 'person' || o.start - m.end > 80 || !SENTENCE_START.test(before.slice(-18))) return false;
  return BEATS_BEFORE.test(text.slice(m.end, o.start)) && !/^['’]/.test(text.slice(o.end, o.end + 1));
}

/** "X and Putin held talks", "He Lifeng and X met": a one-word name joined to a person, meeting. */
function isPersonBeside(text: string, m: RawMention, prev: RawMention | undefined, next: RawMention | undefined): boolean {
  const single = (o: RawMention) => o.type === 'person';
  if (next && single(next) && text.slice(m.end, next.start) === ' and ' && TOGETHER.test(text.slice(next.end, next.end + 20))) return true;
  return !!prev && single(prev) && text.slice(prev.end, m.start) === ' and ' && TOGETHER.test(text.slice(m.end, m.end + 20));
}

/**
 * "Pan Zhanle", "Wu Jing": a common surname and a pinyin given name, not the end of a longer capitalized name ("Hong
 * Kong Open"), nor a company's ("Sun Co"; a brand named after its founder is followed by its goods: "Li Ning shares").
 */
const COMPANY_AFTER = /^\s+(?:Co\b|Group|Holdings|Inc\b|Ltd\b|shares|stores|brand|sportswear|products)/;
/** A capitalized word right before, but a possessive ("China's Pan Zhanle"): the name goes on to the left. */
const CAPITALIZED_BEFORE = /\p{Lu}[\p{L}'’-]*(?<!['’]s) +$/u;
const NOT_GIVEN = /^(?:Co|Corp|Open|Cup|Men)$/;
function isChineseFullName(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && isChineseSurname(words[0]) && /^\p{Lu}\p{Ll}+$/u.test(words[1]) && !NOT_GIVEN.test(words[1]) && isChineseGivenName(words[1]);
}
