import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE } from '../articleFiles';
import type { Ctx } from '../ctx';

export const treatAsArticle = () => async () => {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.window.showInformationMessage('Article Annotator: open a file first.');
  await vscode.languages.setTextDocumentLanguage(editor.document, ARTICLE_LANGUAGE);
};

export const showEntities = () => () => vscode.commands.executeCommand('articleAnnotator.entities.focus');

export const showOutput = (ctx: Ctx) => () => ctx.output.show();

export const restartServer = (ctx: Ctx) => () => ctx.restart();
