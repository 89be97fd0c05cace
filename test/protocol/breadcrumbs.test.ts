import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Position } from 'vscode-languageserver-protocol';
import { KANG, MINJOO, sample } from '../helpers/samples';
import { LspSession, positionOf } from './lspSession';

const before_ = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const contains = (s: DocumentSymbol, p: Position) => !before_(p, s.range.start) && before_(p, s.range.end);

/** The symbols the editor names at `p` (breadcrumbs, Outline "follow cursor"): the first symbol whose range holds it,
 * then the first such child, and so on, stopping at a parent none of whose children holds it (VS Code's rule). */
function enclosing(symbols: DocumentSymbol[], p: Position): string[] {
  const hit = symbols.find((s) => contains(s, p));
  return hit ? [hit.name, ...enclosing(hit.children ?? [], p)] : [];
}

/** The Outline's symbols as the editor uses them to say where the cursor is. */
describe('breadcrumbs over the outline symbols', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });

  it('never name another entity than the one under the cursor', async () => {
    // Each case: a mention, and the entity it belongs to. The breadcrumbs may name that entity, or nothing; once they
    // said "People › Kang Kyung-wha" on "Seongju" (a place mentioned between Kang's first and last mentions).
    const cases: [string, string, number, string][] = [
      [KANG, 'Seongju', 0, 'Seongju'],
      [KANG, 'Moon said', 0, 'Moon Jae-in'],
      [KANG, 'Seoul pledged', 0, 'Seoul'],
      [KANG, 'Kang said', 0, 'Kang Kyung-wha'],
      [MINJOO, 'Incheon', 0, 'Incheon'],
      [MINJOO, 'Song said', 0, 'Song Young-gil'],
    ];
    const groups = new Set(['People', 'Organizations', 'Places', 'Other names', 'Dates', 'Quotes']);
    for (const [file, needle, occurrence, entity] of cases) {
      const symbols: DocumentSymbol[] = await s.request('textDocument/documentSymbol', { textDocument: { uri: await s.open(file) } });
      const path = enclosing(symbols, positionOf(sample(file), needle, occurrence, 1));
      const named = path.filter((n) => !groups.has(n));
      assert.ok(named.length === 0 || named[named.length - 1] === entity, `on “${needle}” the breadcrumbs say ${path.join(' › ')}`);
      assert.ok(path.length === 0 || named.length > 0, `on “${needle}” the breadcrumbs stop at the group ${path.join(' › ')}, as if the cursor were in it`);
    }
  });

  it('name no group, even at the first mention a group used to start at', async () => {
    const text = sample(KANG);
    const symbols: DocumentSymbol[] = await s.request('textDocument/documentSymbol', { textDocument: { uri: await s.open(KANG) } });
    // The groups are anchored past the end of the title so that the Outline keeps them in the documented order (see
    // outlineOrder.test.ts); they hold no text, so at "China" (the title's first word) nothing is named, not "Places".
    assert.deepEqual(enclosing(symbols, positionOf(text, 'China', 0, 1)), []);
  });
});
