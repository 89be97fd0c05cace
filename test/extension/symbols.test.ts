// Document symbols (Outline): entities grouped as People / Organizations / Places / Other names / Dates / Quotes.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SAMPLE, closeAllEditors, copySamples, openArticle, rangeOf, waitFor } from './helpers';

const GROUPS = ['People', 'Organizations', 'Places', 'Other names', 'Dates', 'Quotes'];

export function registerSymbolTests(): void {
  describe('document symbols', () => {
    let symbols: vscode.DocumentSymbol[];
    before(async () => {
      const doc = (await openArticle(path.join(copySamples(), SAMPLE))).document;
      symbols = await waitFor(async () => {
        const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        return s && s.length > 0 && s;
      }, 20_000, 'document symbols');
    });
    after(closeAllEditors);

    it('groups the symbols as People, Organizations, Places, Other names, Dates and Quotes', () => {
      const names = symbols.map((s) => s.name);
      for (const group of GROUPS) assert.ok(names.some((n) => n.startsWith(group)), `group ${group} in ${names.join(' | ')}`);
    });

    it('lists Wang Yi and Kang Kyung-wha under People', () => {
      const people = symbols.find((s) => s.name.startsWith('People'));
      assert.ok(people, 'People group');
      const names = people.children.map((c) => c.name);
      assert.ok(names.some((n) => n.includes('Wang Yi')), `people: ${names}`);
      assert.ok(names.some((n) => n.includes('Kang Kyung-wha')), `people: ${names}`);
    });

    it('lists Beijing under Places', () => {
      const places = symbols.find((s) => s.name.startsWith('Places'));
      assert.ok(places, 'Places group');
      assert.ok(places.children.some((c) => c.name.includes('Beijing')), `places: ${places.children.map((c) => c.name)}`);
    });
  });

  describe('the Outline after an annotation', () => {
    after(closeAllEditors);
    const outline = (uri: vscode.Uri) => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const group = (symbols: vscode.DocumentSymbol[], name: string) => symbols.find((s) => s.name.startsWith(name))?.children.map((c) => c.name) ?? [];

    // The text does not change when a span is tagged, and VS Code caches the Outline by text version: it listed
    // "Seongju" under Places until the next keystroke, though the server answered right.
    it('moves “Seongju” from Places to Organizations when it is tagged, and back on undo, with each group once', async () => {
      const editor = await openArticle(path.join(copySamples(), SAMPLE));
      const uri = editor.document.uri;
      await waitFor(async () => group((await outline(uri)) ?? [], 'Places').some((n) => n.includes('Seongju')), 30_000, '“Seongju” under Places');
      editor.selection = new vscode.Selection(rangeOf(editor.document, 'Seongju').start, rangeOf(editor.document, 'Seongju').end);
      await vscode.commands.executeCommand('articleAnnotator.tagAs.organization');
      const tagged = await waitFor(async () => {
        const s = (await outline(uri)) ?? [];
        return group(s, 'Organizations').some((n) => n.includes('Seongju')) && s;
      }, 15_000, '“Seongju” under Organizations');
      assert.ok(!group(tagged, 'Places').some((n) => n.includes('Seongju')), `places: ${group(tagged, 'Places')}`);
      // The client's second, empty provider (which makes VS Code ask again) adds no group of its own.
      const names = tagged.map((s) => s.name.replace(/ \(.*$/, ''));
      assert.deepEqual(names.filter((n) => GROUPS.includes(n)), GROUPS.filter((g) => names.includes(g)), `groups: ${names.join(' | ')}`);
      assert.equal(new Set(names).size, names.length, `a group twice: ${names.join(' | ')}`);
      assert.ok(tagged.every((s) => s.children.length > 0), `an empty group: ${names.join(' | ')}`);

      await vscode.commands.executeCommand('articleAnnotator.undoAnnotation');
      await waitFor(async () => group((await outline(uri)) ?? [], 'Places').some((n) => n.includes('Seongju')), 15_000, '“Seongju” under Places again after undo');
    });
  });
}
