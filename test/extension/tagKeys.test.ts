// Tagging keys with nothing selected, in the real editor: they act on the detection under the cursor.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SAMPLE, closeAllEditors, copySamples, openArticle, rangeOf, waitFor } from './helpers';

/** The texts and labels of the sidecar's annotations. */
function saved(sidecar: string): string[] {
  if (!fs.existsSync(sidecar)) return [];
  const items = JSON.parse(fs.readFileSync(sidecar, 'utf8')).first?.items ?? [];
  return items.map((i: { body: { value: string }; target: { selector: { exact?: string }[] } }) => `${i.target.selector.find((s) => s.exact)?.exact}=${i.body.value}`);
}

/** A fresh copy of the sample, analysed, with the cursor two characters into the first `needle`. */
async function cursorIn(needle: string): Promise<{ sidecar: string }> {
  const file = path.join(copySamples(), SAMPLE);
  const editor = await openArticle(file);
  await waitFor(async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri))?.length, 30_000, 'the analysis');
  const at = rangeOf(editor.document, needle).start.translate(0, 2);
  editor.selection = new vscode.Selection(at, at);
  return { sidecar: `${file}.annotations.json` };
}

export function registerTagKeyTests(): void {
  describe('tagging keys with nothing selected', () => {
    it('Ctrl+Alt+X on “Seoul” in “Seoul’s pledge” rejects the place Seoul, not the word “Seoul’s”', async () => {
      const { sidecar } = await cursorIn("Seoul's pledge");
      await vscode.commands.executeCommand('articleAnnotator.tagAs.none');
      const decisions = await waitFor(() => saved(sidecar).length > 0 && saved(sidecar), 15_000, 'a rejection saved');
      assert.deepEqual(decisions, ['Seoul=none']);
      await closeAllEditors();
    });

    it('Ctrl+Alt+X on a word nothing detected saves nothing', async () => {
      const { sidecar } = await cursorIn('pledge');
      await vscode.commands.executeCommand('articleAnnotator.tagAs.none');
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(saved(sidecar), []);
      await closeAllEditors();
    });
  });
}
