// Review at keyboard speed in the real editor: next unreviewed, accept, reject, then undo and redo in the sidecar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SAMPLE_MINJOO, closeAllEditors, copySamples, openArticle, waitFor } from './helpers';

function labelsIn(sidecar: string): string[] {
  if (!fs.existsSync(sidecar)) return [];
  const json = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
  return (json.first?.items ?? []).map((i: { body: { value: string } | { value: string }[] }) => (Array.isArray(i.body) ? i.body[0].value : i.body.value));
}

/** Opens a fresh copy of the Minjoo sample, waits for its analysis and starts review mode at the top. */
async function startReview(): Promise<{ editor: vscode.TextEditor; sidecar: string; first: string }> {
  const file = path.join(copySamples(), SAMPLE_MINJOO);
  const editor = await openArticle(file);
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  await waitFor(async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri))?.length, 30_000, 'the analysis');
  await vscode.commands.executeCommand('articleAnnotator.review.start');
  const first = await waitFor(() => !editor.selection.isEmpty && editor.document.getText(editor.selection), 15_000, 'the first unreviewed detection selected');
  return { editor, sidecar: `${file}.annotations.json`, first };
}

export function registerReviewTests(): void {
  describe('review mode', () => {
    it('walks the detections in order, accepts and rejects them on keys, and undoes the last decision', async () => {
      const { editor, sidecar, first } = await startReview();
      await vscode.commands.executeCommand('articleAnnotator.review.accept');
      await waitFor(() => labelsIn(sidecar).length === 1, 15_000, 'one decision saved');
      const second = await waitFor(() => editor.document.getText(editor.selection) !== first && editor.document.getText(editor.selection), 15_000, 'the selection moved on');
      assert.ok(second.length > 0);

      await vscode.commands.executeCommand('articleAnnotator.review.reject');
      await waitFor(() => labelsIn(sidecar).includes('none'), 15_000, 'a rejection saved');
      assert.equal(labelsIn(sidecar).length, 2, `accepted “${first}”, rejected “${second}”; the sidecar holds ${fs.readFileSync(sidecar, 'utf8')}`);

      await vscode.commands.executeCommand('articleAnnotator.undoAnnotation');
      await waitFor(() => labelsIn(sidecar).length === 1 && !labelsIn(sidecar).includes('none'), 15_000, 'the rejection undone');
      await vscode.commands.executeCommand('articleAnnotator.redoAnnotation');
      await waitFor(() => labelsIn(sidecar).includes('none'), 15_000, 'the rejection redone');

      await vscode.commands.executeCommand('articleAnnotator.review.stop');
      await closeAllEditors();
    });

    it('takes keys pressed faster than the server answers in turn: two quick accepts decide two detections', async () => {
      const { sidecar } = await startReview();
      await Promise.all([vscode.commands.executeCommand('articleAnnotator.review.accept'), vscode.commands.executeCommand('articleAnnotator.review.accept')]);
      await waitFor(() => labelsIn(sidecar).length === 2, 15_000, 'two decisions saved');
      const exact = JSON.parse(fs.readFileSync(sidecar, 'utf8')).first.items.map((i: { target: { selector: { exact?: string }[] } }) => i.target.selector[0].exact);
      assert.notEqual(exact[0], exact[1], `the two accepts decided “${exact[0]}” and “${exact[1]}”`);

      await vscode.commands.executeCommand('articleAnnotator.review.stop');
      await closeAllEditors();
    });
  });
}
