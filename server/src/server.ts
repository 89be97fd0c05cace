import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type SemanticTokens,
  type SemanticTokensDelta,
} from 'vscode-languageserver';
import type { Analyzer } from './analysis/analyze';
import type { Analysis } from './analysis/types';
import { deleteOrphan, reattachOrphan, setArticleDate, setDateValue, setSpeaker, tag, tagAll, tagSpans, undoRedo } from './commands/decisionCommands';
import type { CommandContext } from './commands/commandContext';
import { exportAnnotations, importAnnotations, tagAllInFiles } from './commands/exchangeCommands';
import type { ArticleState } from './documents/articleState';
import { DocumentStore } from './documents/documentStore';
import type { SidecarFiles } from './documents/sidecarFiles';
import { codeActions } from './features/codeActions';
import { definition } from './features/definition';
import { diagnostics } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { countsOf, entityTree } from './features/entityTree';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { neighbourMention } from './features/neighbourMention';
import { documentHighlights, references } from './features/references';
import { encodeSemanticTokens, highlightSpans, LEGEND } from './features/semanticTokens';
import { diffTokens } from './features/semanticTokensDelta';
import { AnalysisChangedNotification, EntityTreeRequest, NeighbourMentionRequest, QuotesOfRequest, ReviewItemsRequest, ServerCommands, StatusMessageNotification, type ServerInitializationOptions, type ServerSettings } from './protocol';
import { reviewItems } from './features/reviewItems';
import { quotesOf } from './features/quotesOf';
import { sidecarProblem } from './features/sidecarProblem';
import { runSafe } from './runSafe';
import { SettingsCache } from './settings';
import { inspectText, STEPPED_ARTICLE } from './documents/inspectText';
import { pauseEvery } from './documents/pauses';

/** What the server needs from its host: the analyzer, the sidecar files, the file dates, the clock. */
export interface ServerRuntime {
  analyzer: Analyzer;
  sidecars: SidecarFiles;
  fileDate(uri: string): Promise<string | undefined>;
  now(): Date;
}

/** Registers every handler on the connection. Handlers route to one feature each; each runs inside `runSafe`. */
export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const store = new DocumentStore(runtime.analyzer);
  let canPullSettings = false;
  let canRefreshTokens = false;
  let canRefreshInlays = false;
  let showsStatusMessages = false;
  const settings = new SettingsCache(connection, () => canPullSettings);
  const lastTokens = new Map<string, { resultId: string; data: number[] }>();
  let resultCounter = 0;
  const logger = { error: (m: string) => connection.console.error(m), info: (m: string) => connection.console.info(m) };
  const notifyTimers = new Map<string, ReturnType<typeof setTimeout>>();

  /** A plain window/showMessage notification: no answer needed, so no prompt that blocks Neovim. */
  const notify = (type: 'error' | 'warning' | 'info', message: string) =>
    void connection.sendNotification(ShowMessageNotification.type, { type: { error: MessageType.Error, warning: MessageType.Warning, info: MessageType.Info }[type], message });

  const say = (message: string) =>
    showsStatusMessages ? void connection.sendNotification(StatusMessageNotification, { message }) : notify('info', message);

  const analysisOf = async (state: ArticleState): Promise<{ analysis: Analysis; settings: ServerSettings }> => {
    const s = await settings.forDocument(state.uri);
    // A very long article is first read in slices, so that the server keeps answering for the others meanwhile.
    const long = state.document.getText().length > STEPPED_ARTICLE;
    return { analysis: long ? await store.analysisInSteps(state, s, pauseEvery(40)) : store.analysis(state, s), settings: s };
  };
  const orphansOf = (state: ArticleState) => state.decisions.filter((d) => d.anchor === 'orphan');

  /** Pushes diagnostics and counts for the current version; the editor pulls highlights itself. */
  const publish = async (state: ArticleState, refreshed = false) => {
    const { analysis } = await analysisOf(state);
    connection.sendDiagnostics({ uri: state.uri, version: state.document.version, diagnostics: diagnostics(state.document, analysis, orphansOf(state), sidecarProblem(state.sidecar)) });
    connection.sendNotification(AnalysisChangedNotification, { uri: state.uri, version: state.document.version, counts: countsOf(analysis), millis: state.analysis?.millis ?? 0, refreshed });
  };
  const publishSoon = (state: ArticleState) => {
    clearTimeout(notifyTimers.get(state.uri));
    notifyTimers.set(state.uri, setTimeout(() => void runSafe(logger, 'diagnostics', state.uri, undefined, undefined, () => (store.get(state.uri) ? publish(state) : undefined)), 200));
  };
  const refresh = async (state: ArticleState) => {
    store.invalidate(state);
    await publish(state, true);
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh();
    if (canRefreshInlays) void connection.languages.inlayHint.refresh();
  };
  const commandContext: CommandContext = { store, analyzer: runtime.analyzer, sidecars: runtime.sidecars, settingsFor: (uri) => settings.forDocument(uri), refresh, notify, say, now: runtime.now };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    canPullSettings = !!caps.workspace?.configuration;
    canRefreshTokens = !!caps.workspace?.semanticTokens?.refreshSupport;
    canRefreshInlays = !!caps.workspace?.inlayHint?.refreshSupport;
    showsStatusMessages = !!(params.initializationOptions as ServerInitializationOptions | undefined)?.statusMessages;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Article' },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: Object.values(ServerCommands) },
        semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
        inlayHintProvider: true,
      },
      serverInfo: { name: 'article-annotator', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    if (canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'articleAnnotator' });
  });
  connection.onDidChangeConfiguration((change) => {
    settings.changed(change);
    for (const state of store.all()) void refresh(state);
  });

  connection.onDidOpenTextDocument(async ({ textDocument }) => {
    const state = store.open(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
    const problem = inspectText(textDocument.text);
    if (problem) notify(problem.severity, `Article Annotator: ${decodeURIComponent(textDocument.uri.split('/').pop() ?? '')}: ${problem.message}`);
    // The sidecar is read before anything is awaited: a command (a quick fix, a review key) arriving while the file's
    // date is looked up must find the saved decisions in place, or its save would write the file without them.
    await runtime.sidecars.load(state);
    if (state.sidecar.error) notify('error', `Article Annotator: ${state.sidecar.error} It will not be overwritten.`);
    const date = await runtime.fileDate(textDocument.uri).catch(() => undefined);
    if (date) state.fileDate = { value: date, source: 'file' };
    if (!store.get(textDocument.uri)) return;
    store.invalidate(state);
    await runSafe(logger, 'analysis', state.uri, undefined, undefined, () => refresh(state));
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const state = store.change(textDocument.uri, textDocument.version, contentChanges);
    if (state) publishSoon(state);
  });
  connection.onDidSaveTextDocument(async ({ textDocument }) => {
    const state = store.get(textDocument.uri);
    if (!state?.decisionsMoved) return;
    const saved = await runtime.sidecars.save(state);
    if (saved.ok) state.decisionsMoved = false;
    else notify('error', `Article Annotator: could not update the annotations' positions: ${saved.message}`);
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    clearTimeout(notifyTimers.get(textDocument.uri));
    store.close(textDocument.uri);
    lastTokens.delete(textDocument.uri);
    settings.forget(textDocument.uri);
    connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      const article = change.uri.replace(/\.annotations\.json$/, '');
      const state = store.get(article);
      if (!state || article === change.uri) continue;
      if (await runtime.sidecars.reloadIfChanged(state)) await refresh(state);
    }
  });

  /** Runs a feature on an open article's analysis; unknown documents get the fallback. */
  const withArticle = <T>(feature: string, uri: string, token: Parameters<typeof runSafe>[3], fallback: T, fn: (state: ArticleState, analysis: Analysis, s: ServerSettings) => T) =>
    runSafe(logger, feature, uri, token, fallback, async () => {
      const state = store.get(uri);
      if (!state) return fallback;
      const { analysis, settings: s } = await analysisOf(state);
      return fn(state, analysis, s);
    });

  const tokensFor = (state: ArticleState, analysis: Analysis, s: ServerSettings): SemanticTokens => {
    const data = encodeSemanticTokens(state.document, highlightSpans(analysis, s.layers));
    const resultId = String(++resultCounter);
    lastTokens.set(state.uri, { resultId, data });
    return { resultId, data };
  };
  connection.languages.semanticTokens.on((params, token) => withArticle('semantic tokens', params.textDocument.uri, token, { data: [] }, tokensFor));
  connection.languages.semanticTokens.onDelta((params, token) =>
    withArticle<SemanticTokens | SemanticTokensDelta>('semantic tokens delta', params.textDocument.uri, token, { data: [] }, (state, analysis, s) => {
      const previous = lastTokens.get(state.uri);
      const next = tokensFor(state, analysis, s);
      if (!previous || previous.resultId !== params.previousResultId) return next;
      return { resultId: next.resultId, edits: diffTokens(previous.data, next.data) };
    }),
  );
  connection.languages.semanticTokens.onRange((params, token) =>
    withArticle('semantic tokens range', params.textDocument.uri, token, { data: [] }, (state, analysis, s) => ({
      data: encodeSemanticTokens(state.document, highlightSpans(analysis, s.layers), {
        start: state.document.offsetAt(params.range.start),
        end: state.document.offsetAt(params.range.end),
      }),
    })),
  );
  connection.onHover((params, token) =>
    withArticle('hover', params.textDocument.uri, token, null, (state, analysis, s) => hover(state.document, analysis, state.document.offsetAt(params.position), s.layers)),
  );
  connection.onDocumentSymbol((params, token) => withArticle('document symbols', params.textDocument.uri, token, [], (state, analysis, s) => documentSymbols(state.document, analysis, s.layers)));
  connection.onDefinition((params, token) =>
    withArticle('definition', params.textDocument.uri, token, null, (state, analysis) => definition(state.document, analysis, state.document.offsetAt(params.position))),
  );
  connection.onReferences((params, token) =>
    withArticle('references', params.textDocument.uri, token, [], (state, analysis) =>
      references(state.document, analysis, state.document.offsetAt(params.position), params.context.includeDeclaration),
    ),
  );
  connection.onDocumentHighlight((params, token) =>
    withArticle('document highlights', params.textDocument.uri, token, [], (state, analysis) => documentHighlights(state.document, analysis, state.document.offsetAt(params.position))),
  );
  connection.onCodeAction((params, token) =>
    withArticle('code actions', params.textDocument.uri, token, [], (state, analysis) =>
      codeActions(state.document, analysis, { start: state.document.offsetAt(params.range.start), end: state.document.offsetAt(params.range.end) }, orphansOf(state)),
    ),
  );
  connection.languages.inlayHint.on((params, token) =>
    withArticle('inlay hints', params.textDocument.uri, token, [], (state, analysis, s) =>
      s.inlayHints && s.layers.dates
        ? inlayHints(state.document, analysis, { start: state.document.offsetAt(params.range.start), end: state.document.offsetAt(params.range.end) })
        : [],
    ),
  );
  connection.onRequest(EntityTreeRequest, (params, token) =>
    withArticle('entity tree', params.uri, token, null, (state, analysis) => entityTree(state.document, analysis, state.decisions, sidecarProblem(state.sidecar))),
  );
  connection.onRequest(NeighbourMentionRequest, (params, token) =>
    withArticle('neighbour mention', params.uri, token, null, (state, analysis) =>
      neighbourMention(state.document, analysis, state.document.offsetAt(params.position), params.direction),
    ),
  );
  connection.onRequest(QuotesOfRequest, (params, token) =>
    withArticle('quotes of entity', params.uri, token, null, (state, analysis) => quotesOf(state.document, analysis, state.document.offsetAt(params.position))),
  );
  connection.onRequest(ReviewItemsRequest, (params, token) =>
    withArticle('review items', params.uri, token, null, (state, analysis) => reviewItems(state.document, analysis, state.decisions)),
  );
  connection.onExecuteCommand((params, token) =>
    runSafe(logger, `command ${params.command}`, undefined, token, null, async () => {
      const [args] = (params.arguments ?? []) as [never];
      switch (params.command) {
        case ServerCommands.tag: return tag(commandContext, args);
        case ServerCommands.tagAll: return tagAll(commandContext, args);
        case ServerCommands.tagSpans: return tagSpans(commandContext, args);
        case ServerCommands.setSpeaker: return setSpeaker(commandContext, args);
        case ServerCommands.setDateValue: return setDateValue(commandContext, args);
        case ServerCommands.setArticleDate: return setArticleDate(commandContext, args);
        case ServerCommands.reattachOrphan: return reattachOrphan(commandContext, args);
        case ServerCommands.deleteOrphan: return deleteOrphan(commandContext, args);
        case ServerCommands.undo: return undoRedo(commandContext, args, 'undo');
        case ServerCommands.exportAnnotations: return exportAnnotations(commandContext, args);
        case ServerCommands.importAnnotations: return importAnnotations(commandContext, args);
        case ServerCommands.tagAllInFiles: return tagAllInFiles(commandContext, args);
        case ServerCommands.redo: return undoRedo(commandContext, args, 'redo');
        default: notify('error', `Article Annotator: unknown command ${params.command}`); return null;
      }
    }),
  );
  connection.listen();
}
