import * as vscode from 'vscode';
import type { AnalysisChangedParams } from '../../server/src/protocol';

/** The article's counts (entities / dates / quotes) in the status bar; a click opens the Entities view. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('articleAnnotator.counts', vscode.StatusBarAlignment.Right, 100);
  /** How long each article's last analysis took, as the server reported it. */
  private readonly millis = new Map<string, number>();

  constructor() {
    this.item.name = 'Article Annotator';
    this.item.command = 'articleAnnotator.showEntities';
  }

  /**
   * Shows the counts. `millis` comes with the server's analysis notice; a refresh from the Entities view has none and
   * keeps the last time reported for the article (it once showed "Analysed in 0 ms" after every switch of editor).
   */
  show(params: Pick<AnalysisChangedParams, 'uri' | 'version' | 'counts'> & { millis?: number }): void {
    const c = params.counts;
    if (params.millis !== undefined) this.millis.set(params.uri, params.millis);
    const millis = this.millis.get(params.uri);
    this.item.text = `$(person) ${c.entities} · $(calendar) ${c.dates} · $(quote) ${c.quotes}`;
    this.item.tooltip = new vscode.MarkdownString(
      `**Article Annotator**\n\n${n(c.entities, 'entity', 'entities')} (${n(c.mentions, 'mention')}), ${n(c.dates, 'date')}, ${n(c.quotes, 'quote')}\n\n` +
        `${millis !== undefined ? `Analysed in ${millis.toFixed(0)} ms · ` : ''}click to open the Entities view`,
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

/** "1 quote", "2 quotes". */
function n(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
