// Semantic tokens: the legend declares our types and the sample's names, places, dates and quotes are coloured.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DecodedToken, SAMPLE, closeAllEditors, copySamples, decodeSemanticTokens, openArticle, rangeOf, waitFor } from './helpers';

const REQUIRED_TYPES = ['person', 'organization', 'location', 'misc', 'date', 'quote', 'speaker'];

export function registerSemanticTokenTests(): void {
  describe('semantic tokens', () => {
    let doc: vscode.TextDocument;
    let legend: vscode.SemanticTokensLegend;
    let tokens: DecodedToken[];

    before(async () => {
      doc = (await openArticle(path.join(copySamples(), SAMPLE))).document;
      legend = await waitFor(
        () => vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri),
        20_000,
        'semantic tokens legend',
      );
      tokens = await waitFor(async () => {
        const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
        const decoded = t ? decodeSemanticTokens(t, legend) : [];
        return decoded.length > 0 && decoded;
      }, 20_000, 'semantic tokens');
    });
    after(closeAllEditors);

    const typeAt = (needle: string, occurrence = 0): string[] => {
      const r = rangeOf(doc, needle, occurrence);
      return tokens.filter((t) => t.range.intersection(r) && !t.range.intersection(r)!.isEmpty).map((t) => t.type);
    };

    it('declares person, organization, location, misc, date, quote and speaker in the legend', () => {
      for (const type of REQUIRED_TYPES) assert.ok(legend.tokenTypes.includes(type), `legend has ${type}: ${legend.tokenTypes}`);
    });

    it('colours "Wang Yi" in the first paragraph as a person', () => {
      assert.deepEqual([...new Set(typeAt('Wang Yi', 0))], ['person']);
    });

    it('colours "Beijing" as a location', () => {
      assert.ok(typeAt('Beijing').includes('location'), `types on Beijing: ${typeAt('Beijing')}`);
    });

    it('colours the date "November 22, 2017" in a caption as a date', () => {
      assert.ok(typeAt('November 22, 2017').includes('date'), `types: ${typeAt('November 22, 2017')}`);
    });

    it('colours the quotation by Kang as a quote and Kang after it as a speaker', () => {
      const quote = '"We are not considering any additional THAAD deployment,"';
      assert.ok(typeAt(quote).includes('quote'), `types on quote: ${typeAt(quote)}`);
      const speakerAt = doc.getText().indexOf('Kang said on October 30');
      const speakerRange = new vscode.Range(doc.positionAt(speakerAt), doc.positionAt(speakerAt + 4));
      const onKang = tokens.filter((t) => t.range.intersection(speakerRange));
      const marks = onKang.flatMap((t) => [t.type, ...t.modifiers]);
      assert.ok(marks.includes('speaker'), `types/modifiers on the speaker Kang: ${marks}`);
    });

    it('leaves plain words such as "urged" uncoloured', () => {
      assert.deepEqual(typeAt('urged'), []);
    });
  });
}
