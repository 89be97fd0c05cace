/** Word classes (from embedding clusters) and gazetteers, shipped in `server/models/ner/lexicon.json`. */
export interface Lexicon {
  /** Lower-cased word → class ids at several granularities, coarse to fine. */
  classes: Map<string, string[]>;
  /** Lower-cased phrase → gazetteer tags ('country', 'city', …). */
  gazetteer: Map<string, string[]>;
  /** First words of the gazetteer phrases of several words. */
  phraseStarts: Set<string>;
  /** Longest gazetteer phrase, in words. */
  maxPhraseWords: number;
  /**
   * Names learned from the training annotations, stored as hashes of the lower-cased phrase (the data may not be
   * redistributed as text): phrase hash → types seen ('tPER', 'tLOC', …).
   */
  learned: Map<number, string[]>;
  /** Hashes of the first words of learned phrases of several words. */
  learnedStarts: Set<number>;
}

export interface LexiconFile {
  version: number;
  classes: Record<string, string>;
  gazetteer: Record<string, string>;
  /** Base-36 phrase hash → comma-separated tags. */
  learned?: Record<string, string>;
  /** Base-36 hashes of first words of learned multi-word phrases. */
  learnedStarts?: string[];
}

const MAX_PHRASE_WORDS = 5;

export function parseLexicon(file: LexiconFile): Lexicon {
  const classes = new Map<string, string[]>();
  for (const [w, c] of Object.entries(file.classes)) classes.set(w, c.split(','));
  const gazetteer = new Map<string, string[]>();
  const phraseStarts = new Set<string>();
  for (const [p, t] of Object.entries(file.gazetteer)) {
    const words = p.split(' ');
    if (words.length > MAX_PHRASE_WORDS) continue;
    gazetteer.set(p, t.split(','));
    if (words.length > 1) phraseStarts.add(words[0]);
  }
  const learned = new Map<number, string[]>();
  for (const [h, t] of Object.entries(file.learned ?? {})) learned.set(parseInt(h, 36), t.split(','));
  const learnedStarts = new Set((file.learnedStarts ?? []).map((h) => parseInt(h, 36)));
  return { classes, gazetteer, phraseStarts, maxPhraseWords: MAX_PHRASE_WORDS, learned, learnedStarts };
}

export const EMPTY_LEXICON: Lexicon = { classes: new Map(), gazetteer: new Map(), phraseStarts: new Set(), maxPhraseWords: 1, learned: new Map(), learnedStarts: new Set() };
