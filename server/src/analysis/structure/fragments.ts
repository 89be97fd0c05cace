import { isPostStamp } from './stamps';

/**
 * Lines that are no paragraph of the story: stray fragments ("6km", "01:23"), a lone word of page furniture
 * ("ADVERTISEMENT", "Share"), the time stamps of a live page's posts ("Posted 14:20 BST"), and the teaser and link
 * lines a site sets between paragraphs ("Read more: …", "Related: …", "Video: …", "Watch: …"). A running quotation and its speaker carry across them as across a photo.
 */
export function isFragment(line: string): boolean {
  if (isInsertedLink(line) || isPostStamp(line)) return true;
  if (/[.!?]["”]?$/.test(line)) return false;
  const words = line.split(/\s+/).length;
  // A lone word of any length is page furniture, unless it is quoted speech ("“Never.”" ends like a sentence anyway).
  return (line.length <= 12 && words <= 2) || (words === 1 && !/["“”]/.test(line));
}

/** A label that introduces a link or a clip rather than a sentence of the story. */
const LINK_LABEL = /^(?:Related(?:\s+(?:stories|articles|reading|news))?|Read(?:\s+more|\s+also)?|Also\s+read|See\s+also|More|Recommended(?:\s+reading)?|Video|Watch|Listen|Live)\s*[:：]/i;

/** A label and a web address, as a pointer to more coverage: "AP soccer: https://…", "More on the summit: www.…". */
const LABELLED_ADDRESS = /^[^.!?]{1,80}:\s*(?:https?:\/\/|www\.)\S+$/;

function isInsertedLink(line: string): boolean {
  // "Read more: Japan's central bank holds rates steady": a headline, not a sentence, after the label
  return (LINK_LABEL.test(line) && !/[.!?]["”]?$/.test(line) && line.length <= 160) || (line.length <= 200 && LABELLED_ADDRESS.test(line));
}

/**
 * The heading of a list of links a site sets under the story: "Related stories", "Related topics", "Most read",
 * "Search Trends", "You may also like". Alone on its line, in any case.
 */
const LINK_LIST_HEADING = /^(?:Related(?:\s+(?:stories|articles|topics|reading|news|content|coverage|videos?))?|Most\s+(?:read|popular|viewed|shared|watched)|Search\s+trends|Trending(?:\s+(?:now|topics|stories|news))?|Top\s+stories|More\s+(?:stories|news|from\s+\p{Lu}[\p{L}\p{N}&]*)|(?:Editor['’]s|Editors['’]?)\s+(?:picks?|choice)|Recommended(?:\s+(?:for\s+you|stories|reading))?|You\s+(?:may|might)\s+also\s+like|Read\s+next|Latest\s+(?:news|stories))$/iu;

/** Whether the line heads a list of links: "Related stories", "Most read", "Search Trends". */
export const isLinkListHeading = (line: string): boolean => line.length <= LINK_LIST_HEADING_LENGTH && LINK_LIST_HEADING.test(line);
export const LINK_LIST_HEADING_LENGTH = 40;

/** A line of such a list: a headline or a topic, no sentence ("Iran says it seized foreign tanker", "Oil prices"). */
export const isLinkListItem = (line: string): boolean => line.length <= 160 && !/[.!]["”’]?$/.test(line);
