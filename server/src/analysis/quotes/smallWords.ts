/**
 * The lower-case function words (articles, conjunctions, short prepositions, "is", "as") that a title keeps in lower
 * case ("Belt and Road", "The Art of War") and that carry no content of their own: the quote layer skips them when it
 * judges whether quoted words are a title or plain speech. One table for every such judgement.
 */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'is', 'as']);
