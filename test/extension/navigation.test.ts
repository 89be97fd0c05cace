// Go to Definition / Find References on a short mention, and the next/previous mention commands.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SAMPLE, allRangesOf, closeAllEditors, copySamples, openArticle, rangeOf, targetOf, waitFor } from './helpers';

export function registerNavigationTests(): void {
  describe('navigation', () => {
    let editor: vscode.TextEditor;
    let doc: vscode.TextDocument;
    before(async () => {
      editor = await openArticle(path.join(copySamples(), SAMPLE));
      doc = editor.document;
    });
    after(closeAllEditors);

    it('goes from "Wang" in "Wang said" to the first "Wang Yi"', async () => {
      const pos = rangeOf(doc, 'Wang said').start.translate(0, 1);
      const locs = await waitFor(async () => {
        const l = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider', doc.uri, pos);
        return l && l.length > 0 && l;
      }, 20_000, 'definition');
      const target = targetOf(locs[0]);
      assert.equal(target.uri.toString(), doc.uri.toString());
      assert.equal(doc.getText(target.range), 'Wang Yi');
      assert.deepEqual(target.range.start, rangeOf(doc, 'Wang Yi').start);
    });

    it('lists every "Wang Yi" and "Wang" mention as references of "Wang"', async () => {
      const pos = rangeOf(doc, 'Wang said').start.translate(0, 1);
      const refs = await waitFor(async () => {
        const r = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos);
        return r && r.length > 0 && r;
      }, 20_000, 'references');
      const starts = new Set(refs.map((r) => doc.offsetAt(r.range.start)));
      // Every whole-word "Wang" in the article's paragraphs is a mention of the same person.
      const wangs = allRangesOf(doc, 'Wang');
      assert.ok(wangs.length >= 6);
      const missing = wangs.filter((r) => !starts.has(doc.offsetAt(r.start)));
      assert.equal(missing.length, 0, `missing references at lines ${missing.map((r) => r.start.line + 1)}`);
      for (const r of refs) assert.match(doc.getText(r.range), /^Wang( Yi)?$/);
    });

    it('moves from "Wang Yi" to the next mention of the same person and back', async () => {
      const first = rangeOf(doc, 'Wang Yi');
      const inside = first.start.translate(0, 1);
      editor.selection = new vscode.Selection(inside, inside);
      await vscode.commands.executeCommand('articleAnnotator.nextMention');
      const next = await waitFor(() => !editor.selection.isEmpty && editor.selection, 10_000, 'next mention selected');
      assert.ok(next.start.isAfter(first.start), `next mention ${next.start.line}:${next.start.character} is after the first`);
      assert.match(doc.getText(next), /^Wang( Yi)?$/);
      await vscode.commands.executeCommand('articleAnnotator.previousMention');
      await waitFor(() => editor.selection.start.isEqual(first.start), 10_000, 'previous mention back on the first "Wang Yi"');
      assert.equal(doc.getText(editor.selection), 'Wang Yi');
    });

    it('takes "next mention" pressed twice faster than the server answers in turn: it steps twice, to two mentions', async () => {
      const first = rangeOf(doc, 'Wang Yi');
      editor.selection = new vscode.Selection(first.start, first.start);
      // Both presses are issued before either answer arrives, as keys held down or pressed quickly would be.
      await Promise.all([
        vscode.commands.executeCommand('articleAnnotator.nextMention'),
        vscode.commands.executeCommand('articleAnnotator.nextMention'),
      ]);
      const mentions = allRangesOf(doc, 'Wang').filter((r) => r.start.isAfter(first.start));
      assert.ok(mentions.length >= 2);
      await waitFor(() => editor.selection.start.isEqual(mentions[1].start), 10_000,
        `selection on the second mention after the first (line ${mentions[1].start.line + 1}), not the first one twice`);
    });

    it('wraps from the first mention of Wang Yi to the last with "previous mention"', async () => {
      const first = rangeOf(doc, 'Wang Yi');
      editor.selection = new vscode.Selection(first.start, first.start);
      await vscode.commands.executeCommand('articleAnnotator.previousMention');
      const last = allRangesOf(doc, 'Wang').pop()!;
      await waitFor(() => editor.selection.start.isEqual(last.start), 10_000, `selection on the last "Wang" (line ${last.start.line + 1})`);
    });
  });
}
