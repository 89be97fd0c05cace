import * as vscode from 'vscode';
import type { EntityTreeDecision } from '../../server/src/protocol';

/**
 * Saved decisions made visible on top of the theme's highlight colours: tagged or confirmed spans are underlined,
 * rejected detections ("not an entity") are struck through and faded, so the user sees what they already reviewed.
 */
export class DecisionDecorations implements vscode.Disposable {
  private readonly accepted = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline solid 1.5px',
    overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly rejected = vscode.window.createTextEditorDecorationType({
    textDecoration: 'line-through',
    opacity: '0.6',
    overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });

  apply(editor: vscode.TextEditor, decisions: EntityTreeDecision[]): void {
    // A rejected span has no hover of its own any more, so its decoration says why it is struck through; a tagged or
    // confirmed one is described by the server's hover ("this one tagged by you"), and a second line would repeat it.
    const toOptions = (d: EntityTreeDecision): vscode.DecorationOptions => ({
      range: new vscode.Range(d.line, d.character, d.endLine, d.endCharacter),
      ...(d.label === 'none' ? { hoverMessage: 'Rejected by you (not an entity)' } : {}),
    });
    editor.setDecorations(this.accepted, decisions.filter((d) => d.label !== 'none').map(toOptions));
    editor.setDecorations(this.rejected, decisions.filter((d) => d.label === 'none').map(toOptions));
  }

  dispose(): void {
    this.accepted.dispose();
    this.rejected.dispose();
  }
}
