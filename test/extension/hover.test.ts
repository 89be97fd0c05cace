// Hovers name the entity type and its canonical name, also on a short mention ("Wang" → "Wang Yi").
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SAMPLE, closeAllEditors, copySamples, hoverText, openArticle, rangeOf, waitFor } from './helpers';

export function registerHoverTests(): void {
  describe('hover', () => {
    let doc: vscode.TextDocument;
    before(async () => {
      doc = (await openArticle(path.join(copySamples(), SAMPLE))).document;
    });
    after(closeAllEditors);

    const hoverAt = (needle: string, occurrence = 0): Promise<string> => {
      const pos = rangeOf(doc, needle, occurrence).start.translate(0, 1);
      return waitFor(async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
        const text = hoverText(hovers ?? []);
        return text.trim().length > 0 && text;
      }, 20_000, `hover on "${needle}"`);
    };

    it('shows the type and canonical name on "Wang Yi"', async () => {
      const text = await hoverAt('Wang Yi');
      assert.match(text, /person/i);
      assert.match(text, /Wang Yi/);
    });

    it('shows the canonical name "Wang Yi" on the short mention "Wang said"', async () => {
      const text = await hoverAt('Wang said');
      assert.match(text, /Wang Yi/);
      assert.match(text, /person/i);
    });

    it('shows no entity hover on a plain word', async () => {
      await hoverAt('Wang Yi'); // the server has analysed the document
      const pos = rangeOf(doc, 'urged').start.translate(0, 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      assert.doesNotMatch(hoverText(hovers ?? []), /person|organization|location/i);
    });
  });
}
