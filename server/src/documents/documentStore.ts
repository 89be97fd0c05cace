import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Analyzer } from '../analysis/analyze';
import { BlockCache } from '../analysis/pipeline/blockCache';
import type { Analysis, ReferenceDate } from '../analysis/types';
import { applyChanges } from '../annotations/shiftOnEdit';
import type { ServerSettings } from '../protocol';
import type { ArticleState } from './articleState';

/**
 * The open articles: their text (kept in sync incrementally), their saved decisions (moved with every edit so that
 * highlights stay on their words while typing) and their analysis, computed once per document version.
 */
export class DocumentStore {
  private readonly articles = new Map<string, ArticleState>();

  constructor(private readonly analyzer: Analyzer) {}

  open(uri: string, languageId: string, version: number, text: string): ArticleState {
    const state: ArticleState = {
      uri,
      document: TextDocument.create(uri, languageId, version, text),
      decisions: [],
      decisionsMoved: false,
      sidecar: {},
      cache: new BlockCache(),
      history: { undo: [], redo: [] },
    };
    this.articles.set(uri, state);
    return state;
  }

  get(uri: string): ArticleState | undefined {
    return this.articles.get(uri);
  }

  all(): ArticleState[] {
    return [...this.articles.values()];
  }

  close(uri: string): void {
    this.articles.delete(uri);
  }

  /** Applies LSP content changes in order, moving the saved decisions with each one. */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): ArticleState | undefined {
    const state = this.articles.get(uri);
    if (!state) return undefined;
    let document = state.document;
    let decisions = state.decisions;
    for (const change of changes) {
      let start = 0;
      let end = document.getText().length;
      if ('range' in change) {
        start = document.offsetAt(change.range.start);
        end = document.offsetAt(change.range.end);
      }
      document = TextDocument.update(document, [change], version);
      if (decisions.length) decisions = applyChanges(decisions, [{ start, end, text: change.text }], document.getText());
    }
    state.document = document;
    if (decisions !== state.decisions) {
      state.decisions = decisions;
      state.decisionsMoved = true;
    }
    return state;
  }

  /** The analysis of the document's current version (computed at most once per version and set of decisions). */
  analysis(state: ArticleState, settings: ServerSettings): Analysis {
    const version = state.document.version;
    if (state.analysis?.version === version) return state.analysis.result;
    const started = performance.now();
    const result = this.analyzer.analyze(state.document.getText(), {
      referenceDate: overrideDate(settings, state),
      fallbackDate: state.fileDate,
      decisions: state.decisions.filter((d) => d.anchor !== 'orphan'),
      cache: state.cache,
    });
    state.analysis = { version, result, millis: performance.now() - started };
    return result;
  }

  /** Forget computed analyses (after settings or decisions change); block results stay cached. */
  invalidate(state: ArticleState): void {
    state.analysis = undefined;
  }
}

function overrideDate(settings: ServerSettings, state: ArticleState): ReferenceDate | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(settings.referenceDate)) return { value: settings.referenceDate, source: 'setting' };
  if (state.sidecar.articleDate) return { value: state.sidecar.articleDate, source: 'sidecar' };
  return undefined;
}
