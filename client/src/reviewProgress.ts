/**
 * What review mode says about its progress: the status bar item, and the message when no detection is left.
 * An article with no detections has nothing to review: say so in words, not "0 / 0 reviewed" or "all 0 … reviewed".
 */
export function reviewProgressText(reviewed: number, total: number): string {
  return `$(checklist) ${reviewed} / ${total} reviewed`;
}

/** The message when no unreviewed detection is left; `total` counts the article's detections. */
export function reviewDoneMessage(total: number): string {
  if (total === 0) return 'Article Annotator: nothing to review — no names, dates or quotes were found in this article.';
  const done = total === 1 ? 'the only detection of this article is reviewed' : `all ${total} detections of this article are reviewed`;
  return `Article Annotator: ${done}. Click “${total} / ${total} reviewed” in the status bar, or run “Leave Review Mode”, to end the review.`;
}
