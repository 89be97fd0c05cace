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
