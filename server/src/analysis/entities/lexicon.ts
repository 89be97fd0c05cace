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
}

export interface LexiconFile {
  version: number;
  classes: Record<string, string>;
  gazetteer: Record<string, string>;
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
  return { classes, gazetteer, phraseStarts, maxPhraseWords: MAX_PHRASE_WORDS };
}

export const EMPTY_LEXICON: Lexicon = { classes: new Map(), gazetteer: new Map(), phraseStarts: new Set(), maxPhraseWords: 1 };
