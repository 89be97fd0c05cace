/**
 * A month told in a split year named before it in its sentence: "The 2024-25 season ended in May" is May 2025, "the
 * 2025/26 school year starts in September" September 2025. A season or school year runs from the autumn of its first
 * year into the summer of its second, so January to July fall in the later year (April to July in the earlier one when
 * the period is said to begin then); a fiscal or financial year or a budget (April to March, July to June, October to
 * September) reaches into its second year only from January to March.
 */

/** How a split year frames a month after it: its later year, and the last month of that year it still holds. */
export interface SplitYear { end: number; laterUpTo: number }

/** Periods that span the year like a fiscal year: their second calendar year holds January to March only. */
const FISCAL = /\b(?:fiscal|financial|budget|FY)/i;

/** The split year a period written `text` (with `after`, the words following it) ending in year `end` makes. */
export function splitYearOf(text: string, after: string, end: number): SplitYear {
  return { end, laterUpTo: FISCAL.test(text) || /^\s+(?:[A-Z][\w-]*\s+){0,3}(?:fiscal|financial|budget)/i.test(after) ? 3 : 7 };
}

// A verb of beginning between the period and the month: "the 2025/26 season kicked off in May" is its first year's.
const BEGINS = /\b(?:beg[ia]n|begins|start(?:s|ed)?|open(?:s|ed)?|kick(?:s|ed)?\s+off|launch(?:es|ed)?|get\s+under\s*way|got\s+under\s*way|gets\s+under\s*way|commenc(?:es|ed))\b/i;

/**
 * The value `value` (a month or day resolved in the split year's first year) moved to the later year when its month
 * falls there; `between` is the text from the period to the month.
 */
export function inSplitYear(value: string, split: SplitYear, between: string): string {
  const x = /^(\d{4})-(\d{2})(?![\d-]*W)/.exec(value);
  if (!x || +x[1] !== split.end - 1) return value;
  const month = +x[2];
  // Only the verb of the month's own clause: "kicked off in August and ended in May" ends in May.
  const clause = between.split(/\b(?:and|but|then|while|after|before)\b|[,;]/).at(-1) ?? between;
  if (month > split.laterUpTo || (month >= 4 && BEGINS.test(clause))) return value;
  return `${split.end}${value.slice(4)}`;
}
