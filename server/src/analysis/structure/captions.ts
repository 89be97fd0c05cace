/**
 * Photo captions as news sites print them: a credit at the end of the line,
 * "… /CGTN Photo", "… /Reuters Photo", "… (Photo/CGTN)", "… (Photo: Xinhua)", "… Photo: AP".
 */
const CAPTION_CREDIT =
  /(?:\/\s*[\p{L}\p{N}][\p{L}\p{N} .&-]{0,40}\s+Photos?|\((?:Photo|Photos|File photo|Image)\s*[/:][^()]{1,60}\)|\b(?:Photo|Photos|Image|File photo)\s*(?:credit)?\s*[:/]\s*[\p{L}\p{N}][^.]{0,50})\s*$/iu;

export function isCaption(line: string): boolean {
  return CAPTION_CREDIT.test(line);
}

/** The span of the credit (e.g. "/CGTN Photo") within a caption line, relative to the line. */
export function captionCredit(line: string): { start: number; end: number } | null {
  const m = CAPTION_CREDIT.exec(line);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
