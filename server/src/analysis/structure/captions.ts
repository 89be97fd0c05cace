/** Agencies that credit photos as "(Agency/Photographer)". */
const AGENCIES = 'Xinhua|Reuters|AP|AFP|EPA|CNS|VCG|IC|CFP|Getty Images|Imaginechina|China Daily|Kyodo|Yonhap|TASS';

/**
 * Photo captions as news sites print them: a credit at the end of the line,
 * "… /CGTN Photo", "… /Reuters Photo", "… (Photo/CGTN)", "… (Photo: Xinhua)", "… Photo: AP", "… (Reuters Photo)",
 * and the agency/photographer credit of Xinhua and others after a full sentence, "… Nov. 22, 2017. (Xinhua/Li Xin)"
 * (not "a poll by Reuters (Reuters/Ipsos)").
 */
const CAPTION_CREDIT = new RegExp(
  String.raw`(?:\/\s*[\p{L}\p{N}][\p{L}\p{N} .&-]{0,40}\s+Photos?|\((?:Photo|Photos|File photo|Image)\s*[/:][^()]{1,60}\)|\([\p{L}\p{N}][\p{L}\p{N} .&-]{0,30}\s+Photos?\)|\b(?:Photo|Photos|Image|File photo)\s*(?:credit)?\s*[:/]\s*[\p{L}\p{N}][^.]{0,50}|(?<=[.!?”"]\s*)\((?:${AGENCIES})\s*\/\s*\p{Lu}[\p{L}.' -]{1,40}\))\s*$`,
  'iu',
);

/** The agency and the photographer of an "(Agency/Photographer)" credit. */
const AGENCY_PHOTOGRAPHER = new RegExp(String.raw`\((${AGENCIES})\s*\/\s*(\p{Lu}[\p{L}.' -]{1,40})\)\s*$`, 'u');

/** Every credit names a photo, an image or an agency: a cheap necessary test that spares most lines the full pattern. */
const MAY_HOLD_CREDIT = new RegExp(String.raw`photo|image|\((?:${AGENCIES})\s*\/`, 'i');

export function isCaption(line: string): boolean {
  return MAY_HOLD_CREDIT.test(line) && CAPTION_CREDIT.test(line);
}

/**
 * In an "(Agency/Photographer)" credit, the photographer's name relative to the line ("Li Xin" in "(Xinhua/Li Xin)"):
 * a person, where the agency is an organization.
 */
export function creditedPhotographer(line: string): { start: number; end: number } | null {
  const m = AGENCY_PHOTOGRAPHER.exec(line);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[2], m[1].length + 1);
  return { start, end: start + m[2].trimEnd().length };
}

/** The span of the credit (e.g. "/CGTN Photo") within a caption line, relative to the line. */
export function captionCredit(line: string): { start: number; end: number } | null {
  const m = MAY_HOLD_CREDIT.test(line) ? CAPTION_CREDIT.exec(line) : null;
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
