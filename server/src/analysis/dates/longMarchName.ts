/**
 * "Long March 5", "a Long March 2D rocket": "March" after a capitalized "Long" names China's rocket family (or the
 * Red Army's march of 1934-35), so the number after it is a model, not a day of March.
 */
export function inLongMarchName(text: string, monthStart: number): boolean {
  return /^March\b/.test(text.slice(monthStart, monthStart + 6)) && /\bLong[\s-]+$/.test(text.slice(Math.max(0, monthStart - 6), monthStart));
}
