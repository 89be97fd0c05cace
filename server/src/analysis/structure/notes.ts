/**
 * Notes a site sets about the story rather than in it, mostly under its last paragraph: who reported and edited it,
 * where it comes from, how to reach the writer, its copyright, a correction. They name people and agencies, but
 * nobody is quoted and nothing happens in them.
 */

/**
 * Who did the work, then a name: "Reporting by Jane Doe", "Additional reporting by", "Writing by", "Editing by",
 * "Compiled by", "Video by", "Photos by" a name alone on its line, under the pictures (a caption's own "Photo by" ends
 * the caption); not "Reporting by state media said …".
 */
const CREDIT_BY = String.raw`(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompil(?:ed|ing)|[Ee]dited|[Ww]ritten|[Tt]ranslat(?:ed|ion)|[Pp]roduc(?:ed|tion)|[Rr]esearch|[Ff]act-check(?:ed|ing)|[Gg]raphics|[Vv]ideo|[Pp]hotos?|[Pp]ictures?|[Ii]mages?|[Ii]llustrations?|[Dd]esign(?:ed)?|[Tt]ext|[Ss]tory|[Ww]ords)\s+by\s+\p{Lu}`;
/**
 * What agencies lent, alone on its line: "(With input from agencies)", "(With additional reporting from Reuters)",
 * "With inputs from Xinhua"; not "With input from farmers, the plan …".
 */
const WITH_INPUT = String.raw`With\s+(?:additional\s+)?(?:inputs?|reporting|information|contributions?)\s+from\s[^,.;()]{1,60}\)?\.?$`;
/**
 * A label of the credits a site lists: "Source: Xinhua", "Source(s): Xinhua", "Editor: Li Wei", "Video editor: Li Na",
 * "Copy editor: Jane Doe", "Our Standards: …", "Correction: …", "Disclaimer: …". Not "Editor's note:", which opens prose.
 */
const CREDIT_LABEL = String.raw`(?:Sources?(?:\(s\))?|(?:(?:Chief|Copy|Video|Managing|Senior)\s+)?[Ee]ditors?|Reporters?|Producers?|Photographers?|Camera(?:man)?|Designers?|Translators?|Writers?|Contributors?|Our\s+Standards|Corrections?|Clarifications?|CORRECTION|Disclaimer)\s*(?:[:：]|\s-\s)`;
/**
 * How to reach the writer or the site: "Contact the writer at …", "Write to Jane Doe at …", "Email: …", "Follow her
 * on X", "Follow AP's coverage of Asia at https://…", "Subscribe to our newsletter …", "Sign up for the … newsletter", "Sign up here."
 */
const CONTACT = String.raw`(?:Contact\s+(?:the\s+)?(?:writer|reporter|author|editor|us)\b|Write\s+to\s+\p{Lu}|E-?mail\s*[:：]|Follow\s+(?:him|her|them|the\s+(?:writer|reporter|author))\s+on\b|Follow\s+[^.]{1,80}\s(?:at|on)\s+(?:https?:\/\/|www\.|@)|Subscribe\s+to\s+(?:our|the)\b|Sign\s+up\s+(?:for\s+(?:our|the)\b|here\b))`;
/** "Copyright 2025 The Associated Press. All rights reserved.", "© 2025 Reuters", "All rights reserved." */
const COPYRIGHT = String.raw`(?:Copyright\b|©|\([Cc]\)\s*\d{4}|All\s+rights\s+reserved\b)`;
/**
 * What was done to the text: "This story has been corrected to …", "This article was updated to …", "An earlier
 * version of this story …", "The interview has been edited for length and clarity."
 */
const CORRECTED = String.raw`(?:Th(?:is|e)\s+(?:story|article|report|version|interview|conversation|transcript)\s+(?:has\s+been|had\s+been|was)\s+(?:corrected|updated|amended|changed|refiled|edited|condensed|translated)|An\s+earlier\s+version\s+of\s+this\s+(?:story|article|report))\b`;

/**
 * The reporter's label followed by a sentence, not names: "Reporter: I'm standing on what was a market street …" is a
 * TV transcript's turn, the reporter's narration, where the credit ("Reporter: Li Wei", "Reporters: Jane Doe and John
 * Roe") lists names: three lower-case words tell the sentence.
 */
const SPOKEN_TURN = /^[(\[]?\s*Reporters?\s*[:：](?=(?:[^\n]*?[\s,]\p{Ll}[\p{Ll}'’-]*){3})/u;

/** The notes by how they open, with the brackets some sites set around them: "(Reporting by …)". */
const OPENS_NOTE = new RegExp(String.raw`^[(\[]?\s*(?:${CREDIT_BY}|${WITH_INPUT}|${CREDIT_LABEL}|${CONTACT}|${COPYRIGHT}|${CORRECTED})`, 'u');
/** "Associated Press writer Jane Doe in Tokyo contributed to this report.", "Li Jing contributed reporting." */
const CONTRIBUTED = /\bcontributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article)|\s+reporting\b)/;
/**
 * An opinion piece's disclaimer: "The views do not necessarily reflect those of CGTN.", "The article reflects the
 * author's opinions and not necessarily the views of CGTN.", "The views expressed are the author's own." Views or
 * opinions must be named: "The dip does not necessarily reflect weaker demand" is the story's sentence.
 */
const DISCLAIMER = /\b(?:views|opinions)\b[^.]{0,60}\bnot\s+necessarily\b|\bnot\s+necessarily\s+(?:reflect\s+|represent\s+)?(?:the\s+)?(?:views|opinions|positions?)\s+of\b|\b(?:views|opinions)\s+expressed\b[^.]{0,60}\b(?:author|writer)/;
/** The words, lower-cased, that the forms of OPENS_NOTE open with. */
const NOTE_OPENERS = new Set(('additional reporting writing editing compiled compiling edited written translated translation produced photo photos picture '
  + 'pictures image images illustration illustrations design designed text story words '
  + 'production research fact-checked fact-checking graphics video with sources source chief copy managing senior editor editors '
  + 'reporter reporters producer producers photographer photographers camera cameraman designer designers translator translators '
  + 'writer writers contributor contributors our correction corrections clarification clarifications disclaimer contact write email e-mail '
  + 'follow subscribe sign copyright © c all this the an').split(' '));

/** The first word of a line, lower-cased, past an opening bracket: "(Reporting by …" → "reporting". */
function firstWord(line: string): string {
  let i = 0;
  if (line[i] === '(' || line[i] === '[') i++;
  while (line[i] === ' ') i++;
  let j = i;
  while (j < line.length && isWordChar(line.charCodeAt(j))) j++;
  return line.slice(i, j).toLowerCase();
}

/** A letter of the ASCII alphabet, a hyphen or "©". */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 0xa9;
}

/** Who answers for the coverage a foundation funds: "… receives financial support from … AP is solely responsible for all content." */
const SOLELY_RESPONSIBLE = /\bsolely\s+responsible\s+for\s+(?:all\s+)?(?:the\s+)?content\b/;

/** A note is short; a longer line is a paragraph, whatever it opens with. */
const NOTE_LENGTH = 400;

/**
 * An editor's note that disclaims the views of the piece: "Editor's note: Jane Doe is a senior fellow at … The article
 * reflects the author's opinions and not necessarily the views of CGTN." Other editor's notes open prose ("Editor's
 * note: As the summit opens, CGTN looks at …").
 */
const EDITORS_NOTE = /^[(\[]?\s*Editor['’]s\s+note\s*[:：]/i;

/** A line that is a note on the story wherever it stands: "(Reporting by Jane Doe; Editing by John Roe)", "Source: Xinhua". */
export function isNote(line: string): boolean {
  // The opening word looked up first: most lines open with none of those of the forms, and looking a word up is
  // cheaper than trying a pattern of many alternatives on every paragraph.
  return line.length <= NOTE_LENGTH && NOTE_OPENERS.has(firstWord(line))
    && (OPENS_NOTE.test(line) || (EDITORS_NOTE.test(line) && DISCLAIMER.test(line))) && !SPOKEN_TURN.test(line);
}

/** A person's name of two to four capitalized words, as a byline prints it: "Jane Doe", "Li Jing". */
const WRITER = /\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}/gu;

/** The writers a byline names: "By Jane Doe and John Roe, Reuters" → "Jane Doe", "John Roe" (an outlet of one word is no name). */
export function writersOf(byline: string): string[] {
  return [...byline.replace(/^By\s+/, '').matchAll(WRITER)].map((m) => m[0]);
}

/** A line that opens by saying who the named writer is: "Jane Doe is a Bangkok-based correspondent …". */
function isAbout(line: string, name: string): boolean {
  return line.startsWith(name) && /^\s+(?:is|was|has\s+been|covers|reports\s+on)\b/.test(line.slice(name.length));
}

/** A note on the writer of an opinion piece: "The author is a senior fellow at …", "(The writer is …)". */
const ABOUT_AUTHOR = /^[(\[]?\s*The\s+(?:author|writer)s?\s+(?:is|are|was|were)\s+(?:an?|the)?\b/;

/**
 * A line that is a note among the notes closing the story, which are read only there: "The author is a senior fellow
 * at …" and a line opening with the name of a writer the byline names ("Jane Doe is a Bangkok-based correspondent …")
 * tell who wrote it, where earlier "The author is a former diplomat who …" may be the story's own sentence;
 * and the forms found anywhere in a line ("… contributed to this report.", "The views do not necessarily reflect …")
 * would cost a search of every paragraph.
 */
export function isClosingNote(line: string, writers: readonly string[] = []): boolean {
  if (line.length > NOTE_LENGTH) return false;
  return ABOUT_AUTHOR.test(line) || writers.some((name) => isAbout(line, name)) || (line.includes('contributed') && CONTRIBUTED.test(line))
    || ((line.includes('necessarily') || line.includes('expressed')) && DISCLAIMER.test(line))
    || (line.includes('solely responsible') && SOLELY_RESPONSIBLE.test(line));
}
