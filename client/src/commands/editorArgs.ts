import * as vscode from 'vscode';
import { isArticle } from '../articleFiles';

/** The active article editor, or a message saying why there is none. */
export function activeArticle(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (isArticle(editor)) return editor;
  void vscode.window.showInformationMessage('Article Annotator: this works in an article (a .article file, or run “Article Annotator: Treat This File as an Article”).');
  return undefined;
}

export function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
