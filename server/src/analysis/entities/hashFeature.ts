/**
 * Feature hashing: the model stores 32-bit hashes, never feature strings. Strings (words, shapes, templates) are
 * hashed once with FNV-1a; a feature is a template hash mixed with one to three value hashes (O(1) per feature).
 */
export function hashString(s: string): number {
  return hashContinue(0x811c9dc5, s);
}

/** Continues an FNV-1a hash over more characters: hashContinue(hashString(a), b) === hashString(a + b). */
export function hashContinue(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hash of a template name, the starting point of its features. */
export const template = (name: string): number => hashString(`#${name}`);

/** Mixes two hashes (murmur3 finalizer over a combination): order-sensitive. */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export const mix3 = (a: number, b: number, c: number): number => mix(mix(a, b), c);
export const mix4 = (a: number, b: number, c: number, d: number): number => mix(mix(mix(a, b), c), d);

/** Hash of a template with string values (tools and tests). */
export function hashFeature(name: string, ...values: string[]): number {
  let h = template(name);
  for (const v of values) h = mix(h, hashString(v));
  return h;
}
