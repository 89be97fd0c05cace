/**
 * The first index of `xs` at which `reached` holds, for a predicate that is false then true along the array
 * (a binary search over anything kept in text order: tokens, mentions, highlight spans); `xs.length` if none.
 */
export function firstIndex<T>(xs: readonly T[], reached: (x: T) => boolean): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(xs[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
