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

/**
 * Every article file of the workspace: `*.article`, the files `articleAnnotator.articleGlobs` names, and the open files
 * of the workspace the user treats as articles (open files outside its folders are not the workspace's). Workspace-wide commands (tag every occurrence, export all) once looked at `*.article`
 * only and silently skipped the `.txt` articles the settings declare.
 */
export async function workspaceArticles(config: Config): Promise<vscode.Uri[]> {
  const exclude = '{**/node_modules/**,**/*.annotations.json}';
  const globs = ['**/*.article', ...config.articleGlobs];
  const found = (await Promise.all(globs.map((g) => vscode.workspace.findFiles(g, exclude)))).flat();
  const open = vscode.workspace.textDocuments
    .filter((d) => d.languageId === ARTICLE_LANGUAGE && d.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(d.uri))
    .map((d) => d.uri);
  const unique = new Map([...found, ...open].map((u) => [u.toString(), u]));
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
}
