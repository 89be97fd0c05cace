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
  /** Readings in steps under way, one per article, for the version they read. */
  private readonly readings = new WeakMap<ArticleState, { version: number; promise: Promise<void> }>();

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
    const result = this.analyzer.analyze(state.document.getText(), this.optionsFor(state, settings));
    state.analysis = { version, result, millis: performance.now() - started };
    return result;
  }

  /**
   * The same analysis, for an article long enough that its first reading takes seconds: the paragraphs not yet in
   * the cache are tagged with a pause (`pause`) between them, so that the server answers other requests (another
   * article's hover, a keystroke) meanwhile. Requests for this article wait for the one reading under way. If the
   * article changed during the reading, it is read again, now mostly from the cache, so the result is always the
   * current version's.
   */
  async analysisInSteps(state: ArticleState, settings: ServerSettings, pause: () => Promise<void> | undefined): Promise<Analysis> {
    for (;;) {
      const version = state.document.version;
      if (state.analysis?.version === version) return state.analysis.result;
      let reading = this.readings.get(state);
      if (reading?.version !== version) {
        const started = performance.now();
        // A reading that a newer one replaced stops at its next pause instead of finishing work no one will use.
        const stepPause = () => {
          if (this.readings.get(state) !== reading) throw SUPERSEDED;
          return pause();
        };
        const promise = this.analyzer.analyzeInSteps(state.document.getText(), this.optionsFor(state, settings), stepPause).then((result) => {
          // A later reading (or `invalidate`) may have replaced this one; only the reading still current records itself.
          if (this.readings.get(state) === reading) {
            state.analysis = { version, result, millis: performance.now() - started };
            this.readings.delete(state);
          }
        }, (error: unknown) => {
          if (this.readings.get(state) === reading) this.readings.delete(state);
          throw error;
        });
        reading = { version, promise };
        this.readings.set(state, reading);
      }
      // Recorded when still current (the loop's first line returns it); read again after an edit or `invalidate`.
      await reading.promise.catch((error: unknown) => {
        if (error !== SUPERSEDED) throw error;
      });
    }
  }

  private optionsFor(state: ArticleState, settings: ServerSettings) {
    return {
      referenceDate: overrideDate(settings, state),
      fallbackDate: state.fileDate,
      decisions: state.decisions.filter((d) => d.anchor !== 'orphan'),
      cache: state.cache,
    };
  }

  /** Forget computed analyses (after settings or decisions change); block results stay cached. */
  invalidate(state: ArticleState): void {
    state.analysis = undefined;
    this.readings.delete(state);
  }
}

/** Thrown at a pause of a reading that a newer one replaced. */
const SUPERSEDED = new Error('superseded by a newer reading');

function overrideDate(settings: ServerSettings, state: ArticleState): ReferenceDate | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(settings.referenceDate)) return { value: settings.referenceDate, source: 'setting' };
  if (state.sidecar.articleDate) return { value: state.sidecar.articleDate, source: 'sidecar' };
  return undefined;
}
