/** A text as a regular-expression source that matches it literally ("Warner Bros." → "Warner Bros\."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
