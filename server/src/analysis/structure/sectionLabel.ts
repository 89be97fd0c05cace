/** A word of a section's name: "WORLD", "Sci-Tech", "Asia-Pacific", "U.S.", "G20", or a joiner ("Sci & Tech", "Arts and Culture"). */
const WORD = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*|&|and|of|the)`;
/** One to three words; the name opens with a capital ("Opinion", "World News", "SPORTS"). */
const PART = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+${WORD}){0,2}`;
/**
 * A site's section label or breadcrumb: parts of a few capitalized words, joined by "|", ">", "›", "»" or "/"
 * ("Business | Markets", "Home > News > Sci-Tech", "World / Africa"). No sentence punctuation.
 */
const SECTION_LABEL = new RegExp(String.raw`^${PART}(?:\s*[|>›»/]\s*${PART}){0,4}$`, 'u');

/**
 * The label of the site's section some pages print above the title ("WORLD", "Opinion", "Business | Markets").
 * Only the shape: the header reader takes it for a label only when a header opens on the line under it.
 */
export function looksLikeSectionLabel(line: string): boolean {
  return line.length <= 50 && SECTION_LABEL.test(line);
}
