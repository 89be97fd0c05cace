import * as vscode from 'vscode';
import { ServerCommands, type UndoArguments } from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { activeArticle } from './editorArgs';

export const startReview = (ctx: Ctx) => () => ctx.review.start();
export const stopReview = (ctx: Ctx) => () => ctx.review.stop();
export const reviewNext = (ctx: Ctx) => () => ctx.review.nextKey();
export const reviewAccept = (ctx: Ctx) => () => ctx.review.accept();
export const reviewReject = (ctx: Ctx) => () => ctx.review.reject();
export const reviewChangeType = (ctx: Ctx) => () => ctx.review.changeType();

const history = (command: string) => () => async () => {
  const editor = activeArticle();
  if (!editor) return;
  const args: UndoArguments = { uri: editor.document.uri.toString() };
  // The server says what it undid in a status message (Ctx shows those), as it does for tagging.
  await vscode.commands.executeCommand(command, args);
};
export const undoAnnotation = history(ServerCommands.undo);
export const redoAnnotation = history(ServerCommands.redo);
