import * as vscode from 'vscode';
import type { Config } from './config';

export const ARTICLE_LANGUAGE = 'article';

/** Switches plain-text files that match the user's opt-in globs to the article language. */
export async function adoptIfArticle(document: vscode.TextDocument, config: Config): Promise<void> {
  if (document.languageId === ARTICLE_LANGUAGE || document.uri.scheme === 'output') return;
  const globs = config.articleGlobs;
  if (!globs.length) return;
  const matches = globs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  if (matches) await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
}

export function isArticle(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return editor?.document.languageId === ARTICLE_LANGUAGE;
}
