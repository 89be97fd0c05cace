import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, ReferenceDate } from '../analysis/types';
import type { BlockCache } from '../analysis/pipeline/blockCache';
import type { Decision } from '../annotations/decision';

/** What the sidecar next to an article held when it was last read, and whether it can be written. */
export interface SidecarState {
  /** Absolute path of `<article>.annotations.json`, when the article is a file. */
  path?: string;
  /** The collection's `urn:uuid:` id, kept on every rewrite. */
  collectionId?: string;
  /** Set when the sidecar exists but cannot be read: it is then never overwritten. */
  error?: string;
  /** Where in the sidecar the error is (1-based), when it could be placed. */
  errorAt?: { line: number; column: number };
  /** The article date the user set ("Set article date…"). */
  articleDate?: string;
  /** When it was set (the `created` of its annotation). */
  articleDateCreated?: string;
}

/** The saved state of an article's annotations at one moment, for undo and redo. */
export interface DecisionSnapshot {
  decisions: Decision[];
  articleDate?: string;
}

/** Everything the server keeps about one open article. */
export interface ArticleState {
  uri: string;
  document: TextDocument;
  decisions: Decision[];
  /** The decisions moved with edits since the sidecar was last written. */
  decisionsMoved: boolean;
  sidecar: SidecarState;
  cache: BlockCache;
  /** The file's modification date, the reference date of last resort. */
  fileDate?: ReferenceDate;
  analysis?: { version: number; result: Analysis; millis: number };
  /** Sidecar changes made in this session, for "Undo last annotation" / "Redo". */
  history: { undo: DecisionSnapshot[]; redo: DecisionSnapshot[] };
}
