import * as vscode from 'vscode';
import type { TagLabel } from '../../../server/src/analysis/types';
import { ENTITY_LABELS } from '../labels';
import { ServerCommands, type ExchangeResult, type ExportArguments, type ImportArguments, type TagAllInFilesArguments } from '../../../server/src/protocol';
import { ARTICLE_LANGUAGE, workspaceArticles } from '../articleFiles';
import type { Ctx } from '../ctx';
import { count } from '../../../server/src/count';
import { escapeRegExp } from '../../../server/src/analysis/escapeRegExp';

/** "Export annotations…": format, folder, then the same converters as `article-annotator export`. */
export const exportAnnotations = (ctx: Ctx) => async () => {
  const editor = vscode.window.activeTextEditor;
  const articles = editor?.document.languageId === ARTICLE_LANGUAGE ? [editor.document.uri] : [];
  const scope = await vscode.window.showQuickPick(
    [
      ...(articles.length ? [{ label: 'This article', uris: articles }] : []),
      { label: 'All articles in the workspace', uris: [] as vscode.Uri[], all: true },
    ],
    { title: 'Export annotations of…' },
  );
  if (!scope) return;
  const uris = 'all' in scope ? await workspaceArticles(ctx.config) : scope.uris;
  const format = await vscode.window.showQuickPick(
    [
      { label: 'jsonl', description: 'one analyze --jsonl line per article' },
      { label: 'brat', description: 'standoff .txt + .ann' },
      { label: 'conll', description: 'CoNLL-2003 token-per-line BIO' },
      { label: 'w3c', description: 'W3C Web Annotation collection' },
    ],
    { title: 'Export format' },
  );
  if (!format) return;
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here', title: 'Folder for the exported files' });
  if (!folder?.[0]) return;
  for (const d of vscode.workspace.textDocuments) if (d.isDirty && uris.some((u) => u.toString() === d.uri.toString())) await d.save();
  const args: ExportArguments = { uris: uris.map((u) => u.toString()), format: format.label as ExportArguments['format'], outDir: folder[0].fsPath };
  const result = await vscode.commands.executeCommand<ExchangeResult>(ServerCommands.exportAnnotations, args);
  report('Export', result, `${count(uris.length, 'article')} exported as ${format.label} to ${folder[0].fsPath}`);
};

/** "Import annotations…": brat .ann or CoNLL files become sidecars next to their articles. */
export const importAnnotations = () => async () => {
  const format = await vscode.window.showQuickPick([{ label: 'brat', description: '.ann files next to their .txt/.article' }, { label: 'conll', description: 'CoNLL-2003 files (the article text is written too)' }], { title: 'Import format' });
  if (!format) return;
  const files = await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: 'Import', filters: format.label === 'brat' ? { brat: ['ann'] } : { CoNLL: ['conll', 'txt'] } });
  if (!files?.length) return;
  const args: ImportArguments = { paths: files.map((f) => f.fsPath), format: format.label as ImportArguments['format'] };
  const result = await vscode.commands.executeCommand<ExchangeResult>(ServerCommands.importAnnotations, args);
  report('Import', result, result?.stdout.trim() || `${files.length} file(s) imported`);
};

function report(what: string, result: ExchangeResult | undefined, success: string): void {
  if (result?.ok) void vscode.window.showInformationMessage(`Article Annotator: ${success}.`);
  else void vscode.window.showErrorMessage(`Article Annotator: ${what} failed: ${(result?.stderr || 'no answer from the server').trim()}`);
}


/** "Tag every occurrence in the workspace…": a preview of the files and counts, to untick, before anything is saved. */
export const tagEverywhere = (ctx: Ctx) => async () => {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  const text = selected || (await vscode.window.showInputBox({ title: 'Tag every occurrence in the workspace', prompt: 'Text to tag' }));
  if (!text?.trim()) return;
  const label = await vscode.window.showQuickPick(ENTITY_LABELS.map((l) => ({ label: l.title, value: l.label })), { title: `Every “${text}” is…` });
  if (!label) return;
  const files = await workspaceArticles(ctx.config);
  const escaped = escapeRegExp(text);
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  const preview: { label: string; description: string; detail: string; picked: boolean; uri: vscode.Uri }[] = [];
  for (const uri of files) {
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const hits = [...content.matchAll(word)];
    if (!hits.length) continue;
    const at = hits[0].index!;
    preview.push({
      label: vscode.workspace.asRelativePath(uri),
      description: `${count(hits.length, 'occurrence')}`,
      detail: `…${content.slice(Math.max(0, at - 40), at + text.length + 40).replace(/\s+/g, ' ')}…`,
      picked: true,
      uri,
    });
  }
  if (!preview.length) return void vscode.window.showInformationMessage(`Article Annotator: “${text}” does not occur in any article of the workspace.`);
  const chosen = await vscode.window.showQuickPick(preview, { canPickMany: true, title: `Tag every “${text}” as ${label.label}: untick the articles to leave out`, matchOnDetail: true });
  if (!chosen?.length) return;
  const args: TagAllInFilesArguments = { uris: chosen.map((c) => c.uri.toString()), text, label: label.value };
  const result = await vscode.commands.executeCommand<{ files: number; spans: number; failures: string[] }>(ServerCommands.tagAllInFiles, args);
  if (result?.failures.length) void vscode.window.showErrorMessage(`Article Annotator: some articles were not changed: ${result.failures.join('; ')}`);
  const spans = result?.spans ?? 0;
  const articles = result?.files ?? 0;
  void vscode.window.showInformationMessage(
    `Article Annotator: ${label.value === 'none' ? 'rejected' : 'tagged'} ${count(spans, 'occurrence')} of “${text}”${label.value === 'none' ? '' : ` as ${label.label}`} in ${count(articles, 'article')}.`,
  );
  void ctx.followActiveEditor();
};
