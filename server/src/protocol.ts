/**
 * Every custom message between the extension and the server, declared once. The client imports this file.
 * Standard LSP covers the rest (semantic tokens, hover, symbols, definition, references, code actions, inlay hints).
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { EntityType, TagLabel } from './analysis/types';

export interface EntityTreeParams {
  uri: string;
}
export interface EntityTreeMention {
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  text: string;
  origin: string;
}
export interface EntityTreeEntity {
  id: number;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: EntityTreeMention[];
}
export interface EntityTreeOrphan {
  id: string;
  label: TagLabel;
  exact: string;
}
/** A saved decision placed in the text (for the editor's decorations). */
export interface EntityTreeDecision {
  label: TagLabel;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}
export interface EntityTreeResult {
  uri: string;
  version: number;
  entities: EntityTreeEntity[];
  orphans: EntityTreeOrphan[];
  decisions: EntityTreeDecision[];
  counts: { entities: number; mentions: number; dates: number; quotes: number };
  /** What relative dates resolve against: the date, where it comes from, and both in words for the user. */
  referenceDate: { value: string; source: string; text: string };
  sidecarError?: string;
  /** Where in the sidecar file the error is, to open it there. */
  sidecarErrorLocation?: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
}
export const EntityTreeRequest = new RequestType<EntityTreeParams, EntityTreeResult | null, void>('articleAnnotator/entityTree');

/** Sent after every analysis of an open article, so that the status bar and the Entities view follow it. */
export interface AnalysisChangedParams {
  uri: string;
  version: number;
  counts: EntityTreeResult['counts'];
  millis: number;
  /**
   * The analysis changed while the text did not (an annotation, undo, a setting, the sidecar changed on disk, the first
   * analysis after opening): what editors ask again only on a text change (VS Code's Outline) must be asked again.
   */
  refreshed: boolean;
}
export const AnalysisChangedNotification = new NotificationType<AnalysisChangedParams>('articleAnnotator/analysisChanged');

/**
 * What a command did, in a few words ("Article Annotator: tagged “Seoul” as place", "… nothing to undo …"), for a
 * transient line in the editor's status bar. Sent only to an editor that asked for it in its initializationOptions
 * (`statusMessages: true`); others get the words as a plain window/showMessage notification.
 */
export interface StatusMessageParams {
  message: string;
}
export const StatusMessageNotification = new NotificationType<StatusMessageParams>('articleAnnotator/statusMessage');
/** What the editor may say in `initialize`'s initializationOptions. */
export interface ServerInitializationOptions {
  /** The editor shows StatusMessageNotification itself (VS Code: in the status bar, instead of a pop-up per key). */
  statusMessages?: boolean;
}

/** The mention of the same entity after / before the cursor ("Next mention" / "Previous mention"). */
export interface NeighbourMentionParams {
  uri: string;
  position: { line: number; character: number };
  direction: 'next' | 'previous';
}
export interface NeighbourMentionResult {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  index: number;
  total: number;
  name: string;
  /** The step went past the last mention back to the first (or, going back, past the first to the last). */
  wrapped: boolean;
}
export const NeighbourMentionRequest = new RequestType<NeighbourMentionParams, NeighbourMentionResult | null, void>('articleAnnotator/neighbourMention');

/** Everything a reviewer goes through, in text order: detections, user tags, and rejected detections. */
export interface ReviewItem {
  kind: 'entity' | 'date' | 'quote';
  label: TagLabel;
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  reviewed: boolean;
}
export interface ReviewItemsResult {
  uri: string;
  version: number;
  items: ReviewItem[];
  reviewed: number;
  total: number;
}
export const ReviewItemsRequest = new RequestType<{ uri: string }, ReviewItemsResult | null, void>('articleAnnotator/reviewItems');

/** Every quote of the entity under the cursor (or of the speaker / quote under it). */
export interface QuotesOfParams {
  uri: string;
  position: { line: number; character: number };
}
export interface QuotesOfResult {
  name: string;
  quotes: { range: NeighbourMentionResult['range']; text: string; speakerText: string }[];
}
export const QuotesOfRequest = new RequestType<QuotesOfParams, QuotesOfResult | null, void>('articleAnnotator/quotesOf');

/** Server commands (workspace/executeCommand). Arguments carry {uri, version}: stale requests are refused. */
export const ServerCommands = {
  tag: 'articleAnnotator.server.tag',
  tagAll: 'articleAnnotator.server.tagAll',
  tagSpans: 'articleAnnotator.server.tagSpans',
  setSpeaker: 'articleAnnotator.server.setSpeaker',
  setDateValue: 'articleAnnotator.server.setDateValue',
  setArticleDate: 'articleAnnotator.server.setArticleDate',
  reattachOrphan: 'articleAnnotator.server.reattachOrphan',
  deleteOrphan: 'articleAnnotator.server.deleteOrphan',
  undo: 'articleAnnotator.server.undo',
  exportAnnotations: 'articleAnnotator.server.export',
  importAnnotations: 'articleAnnotator.server.import',
  tagAllInFiles: 'articleAnnotator.server.tagAllInFiles',
  redo: 'articleAnnotator.server.redo',
} as const;

export interface TagArguments {
  uri: string;
  version: number;
  start: number;
  end: number;
  label: TagLabel;
}
export interface TagAllArguments {
  uri: string;
  version: number;
  text: string;
  label: TagLabel;
}
/** Several spans (an entity's mentions) tagged with one label in one step; `name` is how the message names them. */
export interface TagSpansArguments {
  uri: string;
  version: number;
  spans: { start: number; end: number }[];
  label: TagLabel;
  name: string;
}
export interface SetSpeakerArguments {
  uri: string;
  version: number;
  start: number;
  end: number;
  speaker: string;
}
/** "Set the date's value…": the TIMEX3 value of the date at [start, end) ("2017-11-15", "P3D"); empty to go back to the computed one. */
export interface SetDateValueArguments {
  uri: string;
  version: number;
  start: number;
  end: number;
  value: string;
}
export interface ExportArguments {
  uris: string[];
  format: 'jsonl' | 'brat' | 'conll' | 'w3c';
  outDir: string;
}
export interface ImportArguments {
  paths: string[];
  format: 'brat' | 'conll';
}
/** The answer of export / import: what the CLI would have printed, and whether it succeeded. */
export interface ExchangeResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}
export interface TagAllInFilesArguments {
  uris: string[];
  text: string;
  label: TagLabel;
}
export interface UndoArguments {
  uri: string;
}
/** What "Undo last annotation" / "Redo annotation" did, in words ("Article Annotator: undid the rejection of “Seoul”"). */
export interface HistoryStepResult {
  message: string;
}
export interface SetArticleDateArguments {
  uri: string;
  value: string;
}
export interface OrphanArguments {
  uri: string;
  version: number;
  id: string;
  start?: number;
  end?: number;
}

export interface ServerSettings {
  referenceDate: string;
  layers: { entities: boolean; dates: boolean; quotes: boolean };
  inlayHints: boolean;
  /** Name saved as each annotation's creator (the OS user unless set). */
  creator: string;
}
export const DEFAULT_SETTINGS: ServerSettings = {
  referenceDate: '',
  layers: { entities: true, dates: true, quotes: true },
  inlayHints: true,
  creator: '',
};
