import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { KANG, MINJOO, sample } from '../helpers/samples';
import { LspSession } from './lspSession';

/**
 * A very long article (a corpus pasted into one file, a book-length transcript) takes seconds to read the first time.
 * The server reads it in slices, so the other open articles keep their hovers and Outline meanwhile.
 */
describe('a very long article being read', () => {
  let s: LspSession;
  // Copies of the samples, each line numbered so that no paragraph repeats one the server already read.
  const long = Array.from({ length: 240 }, (_, i) => sample(i % 2 ? KANG : MINJOO).replace(/(\S)$/gm, `$1 (${i})`)).join('\n\n');
  before(async () => {
    s = await LspSession.start();
    await s.open(MINJOO);
  });
  after(async () => {
    await s.stop();
  });

  it('does not hold up another article\'s Outline, which is answered before the long one is read', async () => {
    assert.ok(long.length > 600_000, `${long.length} characters`);
    const uri = s.uri('long.article');
    const seen = s.notifications.length;
    const longRead = () => s.notifications.slice(seen).some((n) => n.method === 'articleAnnotator/analysisChanged' && n.params.uri === uri);
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: long } });
    // Past the sidecar and file-date lookups: the reading is under way.
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!longRead(), 'the long article is still being read');
    const symbols: any[] = await s.request('textDocument/documentSymbol', { textDocument: { uri: s.uri(MINJOO) } });
    assert.ok(symbols.some((g) => g.name === 'People'), 'the other article\'s Outline');
    assert.ok(!longRead(), 'answered while the long article was still being read');
  });

  it('answers for the long article itself once it is read, with every paragraph\'s names', async () => {
    const symbols: any[] = await s.request('textDocument/documentSymbol', { textDocument: { uri: s.uri('long.article') } });
    const people = symbols.find((g) => g.name === 'People');
    assert.ok(people?.children.some((p: any) => p.name.startsWith('Wang Yi')), JSON.stringify(people?.children?.slice(0, 3)));
    const counts = await s.waitFor(() => s.notifications.find((n) => n.method === 'articleAnnotator/analysisChanged' && n.params.uri === s.uri('long.article')), 60000);
    assert.ok(counts.params.counts.entities > 0);
  });
});
