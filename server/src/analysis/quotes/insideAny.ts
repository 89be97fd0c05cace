import type { Span } from '../types';

/** Whether `s` lies wholly inside one of `spans` (a mention inside a quotation is no speaker or issuer). */
export const insideAny = (spans: readonly Span[], s: Span): boolean => spans.some((q) => q.start <= s.start && s.end <= q.end);
