import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol, type Position } from 'vscode-languageserver-protocol';
import { LspSession } from './lspSession';

/** VS Code's Outline "Sort By: Position": ranges compared by their starts (then their ends). */
const byPosition = (a: DocumentSymbol, b: DocumentSymbol) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character ||
  a.range.end.line - b.range.end.line || a.range.end.character - b.range.end.character;

const GROUPS = ['People', 'Organizations', 'Places', 'Other names', 'Dates', 'Quotes'];

// Our own article: the title names a place first, a date comes before any person, a quote before any organization.
const ARTICLE = [
  'Kenya hosts climate finance talks',
  'On Monday, the African Development Bank said it would double lending for solar projects.',
  '"We cannot wait for another summit," Amina Mohammed told delegates in Nairobi on Tuesday.',
  'Kenyan President William Ruto welcomed the pledge.',
].join('\n');

describe('the Outline groups', () => {
  let s: LspSession;
  let symbols: DocumentSymbol[];
  const lines = ARTICLE.split('\n');
  before(async () => {
    s = await LspSession.start();
    const uri = await s.open('climate-talks.article', ARTICLE);
    symbols = await s.request('textDocument/documentSymbol', { textDocument: { uri } });
  });
  after(async () => {
    await s.stop();
  });

  it('come as People, Organizations, Places, Other names, Dates, Quotes under the sort by position, whatever the article mentions first', () => {
    const shown = [...symbols].sort(byPosition).map((g) => g.name);
    assert.deepEqual(shown, GROUPS);
  });

  it('come in the same order under the sort by category (their kinds rise in that order)', () => {
    const kinds = symbols.map((g) => g.kind);
    assert.deepEqual([...kinds].sort((a, b) => a - b), kinds, `kinds ${kinds.join(', ')}`);
  });

  it('show no code-style "{ }" icon: no group, entity, date, quote or speaker is a module, namespace, package or object', () => {
    const braces = new Set<SymbolKind>([SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Package, SymbolKind.Object]);
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((x) => [x, ...all(x.children ?? [])]);
    const braced = all(symbols).filter((x) => braces.has(x.kind)).map((x) => x.name);
    assert.deepEqual(braced, []);
    const speaker = symbols.find((g) => g.name === 'Quotes')!.children![0];
    const people = symbols.find((g) => g.name === 'People')!;
    assert.equal(speaker.kind, people.kind, `the speaker ${speaker.name} has the people's icon`);
  });

  it('claim no character of the text, so the editor never says the cursor is in a group', () => {
    const reachable = (p: Position) => p.line < lines.length && p.character <= lines[p.line].length;
    for (const g of symbols) {
      const empty = g.range.start.line === g.range.end.line && g.range.start.character === g.range.end.character;
      assert.ok(empty && !reachable(g.range.start), `${g.name} holds ${JSON.stringify(g.range)}`);
    }
  });

  it('still lead each entity, date and quote to its own words in the text', () => {
    const textOf = (c: DocumentSymbol) => lines[c.selectionRange.start.line].slice(c.selectionRange.start.character, c.selectionRange.end.character);
    const people = symbols.find((g) => g.name === 'People')!.children!;
    const ruto = people.find((c) => c.name === 'William Ruto');
    assert.ok(ruto, `people: ${people.map((c) => c.name).join(', ')}`);
    assert.equal(textOf(ruto), 'William Ruto');
    const places = symbols.find((g) => g.name === 'Places')!.children!;
    assert.equal(textOf(places.find((c) => c.name === 'Nairobi')!), 'Nairobi');
  });
});
