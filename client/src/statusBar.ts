import * as vscode from 'vscode';
import type { AnalysisChangedParams } from '../../server/src/protocol';

/** The article's counts (entities / dates / quotes) in the status bar; a click opens the Entities view. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('articleAnnotator.counts', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Article Annotator';
    this.item.command = 'articleAnnotator.showEntities';
  }

  show(params: AnalysisChangedParams): void {
    const c = params.counts;
    this.item.text = `$(person) ${c.entities} · $(calendar) ${c.dates} · $(quote) ${c.quotes}`;
    this.item.tooltip = new vscode.MarkdownString(
      `**Article Annotator**\n\n${c.entities} entities (${c.mentions} mentions), ${c.dates} dates, ${c.quotes} quotes\n\nAnalysed in ${params.millis.toFixed(0)} ms · click to open the Entities view`,
    );
    this.item.show();
  }

  starting(): void {
    this.item.text = '$(sync~spin) Article Annotator';
    this.item.tooltip = 'Analysing the article…';
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
