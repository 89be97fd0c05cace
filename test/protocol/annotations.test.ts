import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { KANG, MINJOO, sample } from '../helpers/samples';
import { LspSession, positionOf } from './lspSession';

const sidecarOf = (s: LspSession, name: string) => JSON.parse(fs.readFileSync(`${s.file(name)}.annotations.json`, 'utf8'));

describe('annotations through the language server', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });

  it('sets the speaker of a quote with a second, identifying body, and the hover follows it', async () => {
    const text = sample(MINJOO);
    const uri = await s.open(MINJOO);
    const start = positionOf(text, '"What the Chinese side', 0, 0);
    const actions: any[] = await s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { ...start, character: start.character + 5 }, end: { ...start, character: start.character + 5 } }, context: { diagnostics: [] } });
    const setSpeaker = actions.find((a) => a.title.startsWith('Set speaker…'));
    assert.ok(setSpeaker, actions.map((a) => a.title).join(' | '));
    assert.equal(setSpeaker.command.command, 'articleAnnotator.pickSpeaker', 'the editor asks who spoke');
    const quote = setSpeaker.command.arguments[0];
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.setSpeaker', arguments: [{ ...quote, speaker: 'Song Young-gil' }] });
    const item = sidecarOf(s, MINJOO).first.items[0];
    const bodies = Array.isArray(item.body) ? item.body : [item.body];
    assert.deepEqual(bodies.map((b: any) => [b.purpose, b.value]), [['tagging', 'quote'], ['identifying', 'Song Young-gil']]);
    const hover: any = await s.request('textDocument/hover', { textDocument: { uri }, position: { ...start, character: start.character + 5 } });
    assert.match(hover.contents.value, /Quote\*\* by \*\*Song Young-gil\*\*/);
  });

  it('undoes and redoes the last annotation in the sidecar', async () => {
    const uri = s.uri(MINJOO);
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.undo', arguments: [{ uri }] });
    assert.equal(sidecarOf(s, MINJOO).total, 0);
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.redo', arguments: [{ uri }] });
    assert.equal(sidecarOf(s, MINJOO).total, 1);
  });

  it('keeps an annotation whose text is gone as an orphan: a warning, the Entities view, and quick fixes to re-attach or delete it', async () => {
    const text = sample(KANG);
    const first = await s.open(KANG);
    const start = text.indexOf('Kang Kyung-wha');
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.tag', arguments: [{ uri: first, version: 1, start, end: start + 'Kang Kyung-wha'.length, label: 'person' }] });
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: first } });
    // Another program rewrites the article: the name is gone.
    const edited = text.replace(/Kang Kyung-wha/g, 'the minister');
    fs.writeFileSync(s.file(KANG), edited);
    const seen = s.notifications.length;
    const uri = await s.open(KANG, edited);
    const diag = await s.waitFor(() => s.notifications.slice(seen).find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.diagnostics.length));
    assert.match(diag.params.diagnostics[0].message, /1 saved annotation could not be re-attached/);
    assert.match(diag.params.diagnostics[0].message, /It is kept: .* re-attach or delete it\.$/, 'one orphan is "it", not "they"');
    const tree: any = await s.request('articleAnnotator/entityTree', { uri });
    assert.deepEqual(tree.orphans.map((o: any) => o.exact), ['Kang Kyung-wha']);
    const pos = positionOf(edited, 'the minister', 0, 0);
    const actions: any[] = await s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: { line: pos.line, character: pos.character + 12 } }, context: { diagnostics: [] } });
    const reattach = actions.find((a) => a.title.startsWith('Re-attach orphaned person “Kang Kyung-wha”'));
    assert.ok(reattach, actions.map((a) => a.title).join(' | '));
    await s.request('workspace/executeCommand', reattach.command);
    const after: any = await s.request('articleAnnotator/entityTree', { uri });
    assert.equal(after.orphans.length, 0);
    const sel = sidecarOf(s, KANG).first.items[0].target.selector.find((x: any) => x.type === 'TextQuoteSelector');
    assert.equal(sel.exact, 'the minister');
  });

  it('reloads the sidecar when another program changes it', async () => {
    const uri = s.uri(KANG);
    fs.writeFileSync(`${s.file(KANG)}.annotations.json`, JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:2f1c7f0e-0000-4000-8000-000000000001', type: 'AnnotationCollection', total: 0 }));
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(`${s.file(KANG)}.annotations.json`).href, type: 2 }] });
    const tree: any = await s.waitFor(async () => {
      const t: any = await s.request('articleAnnotator/entityTree', { uri });
      return t.decisions.length === 0 && t.orphans.length === 0 ? t : undefined;
    });
    assert.equal(tree.decisions.length, 0);
  });

  it('records the article date the user sets in the sidecar and resolves relative dates against it', async () => {
    const text = sample(MINJOO);
    const uri = s.uri(MINJOO);
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.setArticleDate', arguments: [{ uri, value: '2017-01-12' }] });
    const items = sidecarOf(s, MINJOO).first.items;
    const dated = items.find((i: any) => i.motivation === 'describing');
    assert.deepEqual([dated.body.value, dated.target], ['2017-01-12', `urn:article:${encodeURIComponent(MINJOO)}`]);
    const hover: any = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'on Wednesday reiterated', 0, 4) });
    assert.match(hover.contents.value, /2017-01-11/);
    assert.match(hover.contents.value, /Resolved against 2017-01-12 \(the article date you set\)/);
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.setArticleDate', arguments: [{ uri, value: 'next week' }] });
    assert.equal(sidecarOf(s, MINJOO).first.items.find((i: any) => i.motivation === 'describing').body.value, '2017-01-12', 'a bad date changes nothing');
  });

  it('exports an article from the editor with the same converters as the CLI, saved decisions merged', async () => {
    const out = fs.mkdtempSync(`${s.workspace}/export-`);
    const result: any = await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.export', arguments: [{ uris: [s.uri(MINJOO)], format: 'jsonl', outDir: out }] });
    assert.equal(result.ok, true, result.stderr);
    const line = JSON.parse(fs.readFileSync(`${out}/${MINJOO.replace(/\.article$/, '')}.jsonl`, 'utf8').trim());
    assert.equal(line.id, MINJOO.replace(/\.article$/, ''));
    assert.ok(line.entities.some((e: any) => e.entity === 'Wang Yi'));
    assert.ok(line.quotes.some((q: any) => q.speaker?.entity === 'Song Young-gil'), 'the speaker set earlier in this suite is merged');
  });

  it('lists the review queue in text order with progress', async () => {
    const uri = s.uri(MINJOO);
    const review: any = await s.request('articleAnnotator/reviewItems', { uri });
    assert.ok(review.total > 20);
    const starts = review.items.map((i: any) => i.start);
    assert.deepEqual(starts, starts.slice().sort((a: number, b: number) => a - b));
    assert.equal(review.reviewed, review.items.filter((i: any) => i.reviewed).length);
    assert.ok(review.reviewed >= 1, 'the quote with a speaker counts as reviewed');
  });

  it('keeps the saved annotations when a quick fix arrives right as the article opens, before its analysis', async () => {
    const name = 'opened-and-tagged.article';
    const text = sample(MINJOO);
    fs.writeFileSync(s.file(name), text);
    const uri = await s.open(name);
    const wang = text.indexOf('Wang Yi');
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.tag', arguments: [{ uri, version: 1, start: wang, end: wang + 7, label: 'person' }] });
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // Reopened, and tagged at once: the tag must be added to the saved annotation, not written over it.
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    const song = text.indexOf('Song Young-gil');
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.tag', arguments: [{ uri, version: 1, start: song, end: song + 14, label: 'person' }] });
    assert.equal(sidecarOf(s, name).total, 2);
  });
});

