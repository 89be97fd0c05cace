/**
 * Photo captions as news sites print them: a credit at the end of the line,
 * "… /CGTN Photo", "… /Reuters Photo", "… (Photo/CGTN)", "… (Photo: Xinhua)", "… Photo: AP".
 */
const CAPTION_CREDIT =
  /(?:\/\s*[\p{L}\p{N}][\p{L}\p{N} .&-]{0,40}\s+Photos?|\((?:Photo|Photos|File photo|Image)\s*[/:][^()]{1,60}\)|\b(?:Photo|Photos|Image|File photo)\s*(?:credit)?\s*[:/]\s*[\p{L}\p{N}][^.]{0,50})\s*$/iu;

/** Every credit names a photo or an image: a cheap necessary test that spares most lines the full pattern. */
const MAY_HOLD_CREDIT = /photo|image/i;

export function isCaption(line: string): boolean {
  return MAY_HOLD_CREDIT.test(line) && CAPTION_CREDIT.test(line);
}

/** The span of the credit (e.g. "/CGTN Photo") within a caption line, relative to the line. */
export function captionCredit(line: string): { start: number; end: number } | null {
  const m = MAY_HOLD_CREDIT.test(line) ? CAPTION_CREDIT.exec(line) : null;
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
