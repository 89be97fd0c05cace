// Document symbols (Outline): entities grouped as People / Organizations / Places / Other names / Dates / Quotes.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SAMPLE, closeAllEditors, copySamples, openArticle, waitFor } from './helpers';

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
}
