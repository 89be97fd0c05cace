import type { Span } from '../types';
import { AGENCIES, creditParts } from './creditParts';

/**
 * After a finished caption sentence or its year: "… Nov. 18, 2024. /Xinhua", "… Nov. 18, 2024 /Xinhua". A credit of
 * the bare-name kinds below counts only there, so that "a poll by Reuters (Reuters/Ipsos)", a results list
 * "1. Jane Doe (Britain) / Mary Major (France)" or a rating "Aa3 / VMIG 1" stays prose.
 */
const AFTER_SENTENCE = String.raw`(?<=(?:[.!?”"’]\s*|\b(?:19|20)\d\d\s+))`;
const DESCRIBED = String.raw`(?:(?:[Ff]ile|FILE|[Aa]rchive|[Vv]ideo|[Cc]over|[Tt]op)\s+)?(?:[Pp]hotos?|PHOTOS?|[Ii]mages?|[Ss]creenshot|[Ss]creengrab)`;
/**
 * Credits of pictures that are no photos: "Credit: NASA/ESA", "Graphic: CGTN", "Infographic: Jane Doe/CGTN" (not
 * "Chart:" or "Map:", which title a chart: "Chart: China's exports rise").
 */
const CREDITED_WORK = String.raw`(?:(?:[Pp]hoto|[Ii]mage)\s+)?(?:[Cc]redits?|[Gg]raphics?|[Ii]nfographics?|[Ii]llustrations?|[Dd]esigns?)`;
/** Names of capitalized words, separated by slashes or commas: "NASA/ESA/CSA", "Jane Doe/CGTN", not "Where the floods hit". */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}`;
const CREDITED_NAMES = String.raw`${NAME_WORDS}(?:\s*[/,]\s*${NAME_WORDS}){0,4}`;
/** A capitalized name of up to a few words: "Xinhua", "China News Service", "Handout via Reuters". */
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}?`;

/**
 * The photo credits news sites end a caption with; `body` holds the names, `by` marks a credit that says whose photo
 * it is ("Photo by Jane Doe"). Every form is anchored at the end of the line; the first that matches reads the credit,
 * so the forms that tell an agency from a photographer come before the looser ones that would read only a part.
 */
const CREDIT_FORMS: RegExp[] = [
  // "… Nov. 22, 2017. (Xinhua/Li Xin)", "(AP Photo/Sergei Grits)", "[Xinhua/Li Xin]"
  String.raw`${AFTER_SENTENCE}[(\[](?<body>(?:${AGENCIES})(?:\s+[Pp]hotos?)?\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40})[)\]]`,
  // Reuters and agencies in capitals: "REUTERS/Mohamed Ahmed", "REUTERS/Jane Doe/File Photo", "… TPX IMAGES OF THE DAY"
  String.raw`${AFTER_SENTENCE}(?<body>(?:REUTERS|AFP|AP|EPA-EFE|EPA|XINHUA|ANADOLU)\/\p{Lu}[\p{L}.'’ -]{1,40}?(?:\/(?:File Photo|Pool|Illustration|Handout))*)(?:\s+TPX IMAGES OF THE DAY)?`,
  // "Photo by" after a slash names the photographer, then the agency: "… in Shenzhen /Photo by Zhang Wei/CGTN",
  // "… 2026. /Photo by Li Na/Xinhua". The slash and "by" mark a credit wherever the caption's sentence ends.
  String.raw`\/\s*${DESCRIBED}\s+(?<by>by)\s+(?<body>\p{Lu}[^.()[\]]{0,60}?)`,
  // "/CGTN Photo", "/Reuters Photo", "/ Xinhua Photo"
  String.raw`\/\s*(?<body>[\p{L}\p{N}][\p{L}\p{N} .&-]{0,40}?)\s+(?:[Pp]hotos?|PHOTOS?)`,
  // "(Photo/CGTN)", "(Photo: Xinhua)", "(File photo)", "[Photo/VCG]", "(Photo by Li Xin/Xinhua)", "[Photo by Zhang Wei/China Daily]",
  // "(Cover image via VCG)"
  String.raw`[(\[]\s*${DESCRIBED}\s*(?:(?<by>by)|courtesy of|from|via)?\s*[/:]?\s*(?<body>[^()[\]]{0,60})[)\]]`,
  // "(Reuters Photo)", "[VCG Photo]"
  String.raw`[(\[](?<body>[\p{L}\p{N}][\p{L}\p{N} .&-]{0,30})\s+(?:[Pp]hotos?)[)\]]`,
  // "Photo: AP", "Image credit: NASA", "Screenshot/CGTN", "File photo/Xinhua"
  String.raw`\b${DESCRIBED}\s*(?:credit)?\s*[:/]\s*(?<body>[\p{L}\p{N}][^.]{0,50})`,
  // "… 2024. Photo by Jane Doe/Getty Images", "… Photo courtesy of the museum"
  String.raw`${AFTER_SENTENCE}${DESCRIBED}\s+(?:(?<by>by)|courtesy of)\s+(?<body>[^.]{1,60})`,
  // The photographer first: "Jane Doe/Getty Images", "Andrew Harnik via Getty Images", "Handout via Reuters", "Jane Doe/AFP via Getty Images"
  String.raw`${AFTER_SENTENCE}(?<body>${CREDIT_NAME}(?:\s*\/\s*|\s+via\s+)(?:${AGENCIES})(?:\s+via\s+(?:${AGENCIES}))?)`,
  // A bare agency after a slash: "/Xinhua", "/AFP", "/China News Service", "/Screenshot", "/Handout via Reuters"
  String.raw`${AFTER_SENTENCE}\/\s*(?<body>${CREDIT_NAME})\.?`,
  // A name and "Photo" without a slash: "IC Photo", "Xinhua Photo", "CGTN screenshot"
  String.raw`${AFTER_SENTENCE}(?<body>\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,2})\s+(?:[Pp]hotos?|PHOTOS?|[Ss]creenshot)`,
  // "… the early universe. (Credit: NASA/ESA/CSA)", "[Graphic: CGTN]"
  String.raw`[(\[]${CREDITED_WORK}\s*:\s*(?<body>${CREDITED_NAMES})[)\]]`,
  // "Credit: NASA/JPL-Caltech" alone on its line or after the caption's sentence, "Infographic: Jane Doe/CGTN"
  String.raw`(?:^|${AFTER_SENTENCE})${CREDITED_WORK}\s*:\s*(?<body>${CREDITED_NAMES})`,
  // A credit alone on its line under the caption, the photographer first: "Jane Roe via Getty Images", "Li Xin/Xinhua"
  String.raw`^(?<body>${NAME_WORDS}(?:\s*\/\s*|\s+via\s+)(?:${AGENCIES})(?:\s+via\s+(?:${AGENCIES}))?)`,
  // The credit and the caption as BBC pages print them in plain text: "Image source, Getty Images", "Image caption, Firefighters …"
  String.raw`^(?:Image|Media|Video)\s+source,\s*(?<body>[^,.]{1,60})`,
  String.raw`^(?:Image|Media|Video)\s+caption,\s.*`,
  // A credit alone on its line: "File photo", "(File photo)"
  String.raw`^[(\[]?\s*${DESCRIBED}\s*[)\]]?`,
].map((form) => new RegExp(`${form}\\.?\\s*$`, 'du')); // a full stop may close the credit ("… via Getty Images.")
/** The longest a credit runs, with the sentence end before it that some forms look back at. */
const CREDIT_TAIL = 200;
/** The forms for a line longer than CREDIT_TAIL: not those of a credit alone on its line (they start with "^"). */
const CREDIT_FORMS_AFTER_TEXT = CREDIT_FORMS.filter((form) => !form.source.startsWith('^') && !form.source.startsWith('(?:^|'));

/** Every credit names a photo, an image, a screenshot, a graphic or a credit, or sets a name after "/" or "via": a cheap necessary test. */
const MAY_HOLD_CREDIT = /photo|image|screen|credit|graphic|illustration|design|\/|\bvia\b/i;

interface Credit {
  /** The names of the credit, less words like "Photo" and "by" ("CGTN" in "/CGTN Photo"), relative to the line. */
  names: Span | null;
  photographer: Span | null;
}

/** The label of a caption a site sets in brackets for the picture at the top: "(Cover: Fireworks light up … /VCG)". */
const COVER_LABEL = /^[(\[]\s*(?:(?:[Cc]over|COVER)(?:\s+(?:[Ii]mage|[Pp]hoto|[Pp]icture))?|[Tt]op\s+(?:[Ii]mage|[Pp]hoto|[Pp]icture))\s*[:：]\s*/;

/** The photo credit a line ends with, if it ends with one. */
function readCredit(line: string): Credit | null {
  const cover = line[0] === '(' || line[0] === '[' ? COVER_LABEL.exec(line) : null;
  if (cover && /[)\]]$/.test(line)) return coverCredit(line.slice(cover[0].length, -1), cover[0].length);
  if (!MAY_HOLD_CREDIT.test(line)) return null;
  // Every form ends the line and is short: the forms read only its tail, so that a long paragraph with a slash in it
  // ("40 km/h") is not scanned thirteen times at every keystroke. A line longer than the tail cannot be a credit alone.
  const from = line.length > CREDIT_TAIL ? line.length - CREDIT_TAIL : 0;
  const tail = from ? line.slice(from) : line;
  for (const form of from ? CREDIT_FORMS_AFTER_TEXT : CREDIT_FORMS) {
    const m = form.exec(tail);
    if (!m) continue;
    const body = m.indices?.groups?.body;
    if (!body) return { names: null, photographer: null };
    return creditParts(tail.slice(body[0], body[1]), from + body[0], m.groups?.by !== undefined);
  }
  return null;
}

/** The credit of a bracketed cover caption read within its brackets, relative to the line; a cover caption with none is a caption still. */
function coverCredit(inner: string, offset: number): Credit {
  const credit = readCredit(inner);
  const shift = (span: Span | null) => span && { start: span.start + offset, end: span.end + offset };
  return credit ? { names: shift(credit.names), photographer: shift(credit.photographer) } : { names: null, photographer: null };
}

/**
 * Photo captions as news sites print them: a credit at the end of the line ("… /CGTN Photo", "… (Photo/CGTN)",
 * "… 2024. /Xinhua", "… 2024. (Xinhua/Li Xin)", "… REUTERS/Jane Doe", "… Photo by Jane Doe/Getty Images",
 * "… Andrew Harnik via Getty Images", "… IC Photo", "… Screenshot/CGTN"), a credit alone on its line ("File photo"), or
 * the bracketed caption of the cover picture ("(Cover: Fireworks light up the harbour, January 1, 2026. /VCG)").
 */
export function isCaption(line: string): boolean {
  return readCredit(line) !== null;
}

/**
 * In a credit naming an agency and a person, or saying "Photo by" a person, the photographer's name relative to the
 * line ("Li Xin" in "(Xinhua/Li Xin)", "Jane Doe" in "Photo by Jane Doe/Getty Images"): a person, where the agency
 * is an organization.
 */
export function creditedPhotographer(line: string): Span | null {
  return readCredit(line)?.photographer ?? null;
}

/** The span of the credit's names within a caption line ("CGTN" of "/CGTN Photo"), relative to the line. */
export function captionCredit(line: string): Span | null {
  return readCredit(line)?.names ?? null;
}
