import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { AnalysisChangedNotification, EntityTreeRequest, StatusMessageNotification, type AnalysisChangedParams, type ServerInitializationOptions } from '../../server/src/protocol';
import { adoptIfArticle, ARTICLE_LANGUAGE, isArticle } from './articleFiles';
import { characterCount } from './characterCount';
import { COMMANDS } from './commands';
import { Config } from './config';
import { DecisionDecorations } from './decisionDecorations';
import { EntitiesView } from './entitiesView';
import { OutlineRefresh } from './outlineRefresh';
import { PlacedCursor } from './placedCursor';
import { ReviewMode } from './reviewMode';
import { spanOf } from './selectionSpan';
import { StatusBar } from './statusBar';
import { Turns } from './turns';

/** A large article shows a progress notification until its first analysis arrives (about a second with the neural model). */
const LARGE_ARTICLE = 60_000;

/**
 * The extension's context: owns the language client, the views, the status bar and every disposable.
 * Commands come from one table (`commands/index.ts`) as factories of this context.
 */
export class Ctx implements vscode.Disposable {
  readonly config = new Config();
  readonly output = vscode.window.createOutputChannel('Article Annotator', { log: true });
  readonly entitiesView = new EntitiesView();
  readonly statusBar = new StatusBar();
  readonly decorations = new DecisionDecorations();
  readonly outline = new OutlineRefresh({ language: ARTICLE_LANGUAGE });
  /** The span review mode or mention stepping placed, which their next key acts on (see PlacedCursor). */
  readonly cursor = new PlacedCursor();
  /** Review keys and mention steps run one after another (see Turns). */
  readonly turns = new Turns();
  readonly review = new ReviewMode(this);
  client: LanguageClient | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pendingProgress = new Map<string, () => void>();

  constructor(readonly extension: vscode.ExtensionContext) {}

  async start(): Promise<void> {
    this.disposables.push(this.output, this.statusBar, this.decorations, this.outline, this.review);
    this.disposables.push(vscode.window.registerTreeDataProvider('articleAnnotator.entities', this.entitiesView));
    for (const [name, factory] of Object.entries(COMMANDS)) this.disposables.push(vscode.commands.registerCommand(name, factory(this)));
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.followActiveEditor()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const doc = e.textEditor.document;
        const byPerson = e.kind === vscode.TextEditorSelectionChangeKind.Keyboard || e.kind === vscode.TextEditorSelectionChangeKind.Mouse;
        this.cursor.selectionChanged(doc.uri.toString(), e.selections.map((s) => spanOf(doc, s)), byPerson);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => void adoptIfArticle(d, this.config)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('articleAnnotator.articleGlobs')) for (const d of vscode.workspace.textDocuments) void adoptIfArticle(d, this.config);
        if (e.affectsConfiguration('articleAnnotator.entityModel')) void this.switchEntityModel();
      }),
    );
    for (const d of vscode.workspace.textDocuments) void adoptIfArticle(d, this.config);
    await this.startClient();
    void this.followActiveEditor();
  }

  /** The server's arguments; the array is updated in place so that a restart starts the server with the new ones. */
  private readonly serverArgs: string[] = [];

  private async startClient(): Promise<void> {
    const module = this.config.serverPath ?? this.extension.asAbsolutePath(path.join('out', 'server.js'));
    this.serverArgs.splice(0, this.serverArgs.length, '--entity-model', this.config.entityModel);
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, args: this.serverArgs },
      debug: { module, transport: TransportKind.ipc, args: this.serverArgs, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: ARTICLE_LANGUAGE }],
      outputChannel: this.output,
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.annotations.json') },
      initializationOptions: { statusMessages: true } satisfies ServerInitializationOptions,
    };
    const client = new LanguageClient('articleAnnotator', 'Article Annotator', serverOptions, clientOptions);
    this.client = client;
    this.disposables.push(client.onNotification(AnalysisChangedNotification, (p) => this.analysisChanged(p)));
    // What a key did ("tagged “Seoul” as place", "nothing to undo"): a transient line, as a pop-up per key would pile up.
    this.disposables.push(client.onNotification(StatusMessageNotification, (p) => vscode.window.setStatusBarMessage(p.message, 4000)));
    this.disposables.push(vscode.workspace.onDidOpenTextDocument((d) => this.progressForLargeArticle(d)));
    try {
      await client.start();
    } catch (error) {
      void vscode.window.showErrorMessage(`Article Annotator: the language server did not start: ${String(error)}`, 'Show log').then((a) => a && this.output.show());
    }
  }

  async restart(): Promise<void> {
    await this.client?.restart();
    void this.followActiveEditor();
  }

  /** The entity model is loaded once per server process: a change of the setting restarts the server with it. */
  private async switchEntityModel(): Promise<void> {
    const model = this.config.entityModel;
    if (this.serverArgs[1] === model) return;
    this.serverArgs.splice(0, this.serverArgs.length, '--entity-model', model);
    this.output.info(`Entity model: ${model}; restarting the language server.`);
    await this.restart();
  }

  private analysisChanged(params: AnalysisChangedParams): void {
    this.pendingProgress.get(params.uri)?.();
    // Highlights and inlay hints have refresh requests; the Outline has none (see OutlineRefresh).
    if (params.refreshed) this.outline.refresh();
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.toString() !== params.uri) return;
    if (this.config.statusBar) this.statusBar.show(params);
    void this.refreshEntities(params.uri);
  }

  private progressForLargeArticle(document: vscode.TextDocument): void {
    if (document.languageId !== ARTICLE_LANGUAGE || document.getText().length < LARGE_ARTICLE) return;
    const uri = document.uri.toString();
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Analysing ${path.basename(document.uri.path)} (${characterCount(document.getText().length)})…` },
      () => new Promise<void>((resolve) => this.pendingProgress.set(uri, () => (this.pendingProgress.delete(uri), resolve()))),
    );
  }

  async followActiveEditor(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    void vscode.commands.executeCommand('setContext', 'articleAnnotator.isArticle', isArticle(editor));
    if (!isArticle(editor)) {
      if (editor) {
        this.statusBar.hide();
        this.entitiesView.show(null, 'The active editor is not an article. Run “Article Annotator: Treat This File as an Article” to analyse it.');
      }
      return;
    }
    if (this.config.statusBar) this.statusBar.starting();
    await this.refreshEntities(editor.document.uri.toString());
  }

  async refreshEntities(uri: string): Promise<void> {
    if (!this.client?.isRunning()) return;
    const result = await this.client.sendRequest(EntityTreeRequest, { uri }).catch(() => null);
    if (vscode.window.activeTextEditor?.document.uri.toString() !== uri) return;
    this.entitiesView.show(result, result ? undefined : 'Analysing…');
    const editor = vscode.window.activeTextEditor;
    if (result && editor && result.version === editor.document.version) this.decorations.apply(editor, result.decisions);
    if (result && this.config.statusBar) this.statusBar.show({ uri, version: result.version, counts: result.counts });
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  async stop(): Promise<void> {
    await this.client?.stop();
    this.dispose();
  }
}
