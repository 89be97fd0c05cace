import type * as vscode from 'vscode';
import type { CursorSpan } from './placedCursor';

/** An editor selection as UTF-16 offsets of its document. */
export function spanOf(document: vscode.TextDocument, selection: vscode.Selection): CursorSpan {
  return { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
}
