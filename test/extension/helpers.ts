// Helpers shared by the extension-host suite: temp copies of the samples, polling, text ranges.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'article-annotator.article-annotator';
export const SAMPLE = 'wang-yi-kang-kyung-wha.article';
export const SAMPLE_MINJOO = 'wang-yi-minjoo-party.article';

/** Polls `fn` until it returns a value that is not undefined/null/false, or throws after `timeoutMs`. */
export async function waitFor<T>(
  fn: () => T | undefined | null | false | PromiseLike<T | undefined | null | false>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const value = await fn();
      if (value !== undefined && value !== null && value !== false) return value as T;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: last error ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** The folder holding the sample articles: the opened workspace when it has them, else the extension's samples/. */
export function samplesSource(): string {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme === 'file' && fs.existsSync(path.join(folder.uri.fsPath, SAMPLE))) return folder.uri.fsPath;
  }
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (ext && fs.existsSync(path.join(ext.extensionPath, 'samples', SAMPLE))) return path.join(ext.extensionPath, 'samples');
  throw new Error('no sample articles found (open a workspace with samples/*.article)');
}

const tempCopies = new Set<string>();

/** Copies the samples into a fresh temp folder (so sidecars written by tests never land in samples/). */
export function copySamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-test-'));
  tempCopies.add(dir);
  const from = samplesSource();
  for (const name of fs.readdirSync(from)) {
    if (name.endsWith('.article')) fs.copyFileSync(path.join(from, name), path.join(dir, name));
  }
  return dir;
}

/** Removes the temp folders made by copySamples (called once the suite has run). */
export function removeTempCopies(): void {
  for (const dir of tempCopies) fs.rmSync(dir, { recursive: true, force: true });
  tempCopies.clear();
}

/** Opens `file` in an editor and waits until the extension is active and the language is `article`. */
export async function openArticle(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(doc);
  await waitFor(() => doc.languageId === 'article', 10_000, `languageId article for ${path.basename(file)}`);
  await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 20_000, 'extension activation');
  return editor;
}

/** The range of the `occurrence`-th (0-based) match of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurrence ${occurrence} not in ${path.basename(doc.uri.fsPath)}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** All ranges of `needle` as whole words. */
export function allRangesOf(doc: vscode.TextDocument, needle: string): vscode.Range[] {
  const out: vscode.Range[] = [];
  const re = new RegExp(`\\b${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  for (const m of doc.getText().matchAll(re)) {
    out.push(new vscode.Range(doc.positionAt(m.index!), doc.positionAt(m.index! + needle.length)));
  }
  return out;
}

/** Plain text of hover contents (MarkdownString, MarkedString or string). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))
    .join('\n');
}

export interface DecodedToken {
  range: vscode.Range;
  type: string;
  modifiers: string[];
}

/** Decodes LSP-style relative semantic token data with its legend. */
export function decodeSemanticTokens(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let char = 0;
  const d = tokens.data;
  for (let i = 0; i + 4 < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const modifiers = legend.tokenModifiers.filter((_, bit) => (d[i + 4] & (1 << bit)) !== 0);
    out.push({
      range: new vscode.Range(line, char, line, char + d[i + 2]),
      type: legend.tokenTypes[d[i + 3]] ?? `#${d[i + 3]}`,
      modifiers,
    });
  }
  return out;
}

/** Resolves a Location | LocationLink to uri + range. */
export function targetOf(loc: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in loc
    ? { uri: loc.targetUri, range: loc.targetSelectionRange ?? loc.targetRange }
    : { uri: loc.uri, range: loc.range };
}

/** Closes every editor (between tests). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
