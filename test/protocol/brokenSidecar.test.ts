import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { MINJOO } from '../helpers/samples';
import { LspSession } from './lspSession';

/** An annotations file someone broke by hand (a dangling item), next to an article the user opens. */
describe('a broken annotations file', () => {
  let s: LspSession;
  const broken = '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "type": "AnnotationCollection",\n  "items": [ { "id": "x",\n';
  before(async () => {
    s = await LspSession.start();
    fs.writeFileSync(`${s.file(MINJOO)}.annotations.json`, broken);
  });
  after(async () => {
    await s.stop();
  });

  it('is reported on the article with a link to the line and column where the file is broken', async () => {
    const seen = s.notifications.length;
    const uri = await s.open(MINJOO);
    const diag = await s.waitFor(() =>
      s.notifications.slice(seen).find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.diagnostics.some((d: any) => d.code === 'sidecar')),
    );
    const d = diag.params.diagnostics.find((x: any) => x.code === 'sidecar');
    assert.match(d.message, /not valid JSON/);
    const [related] = d.relatedInformation ?? [];
    assert.ok(related, 'the diagnostic links to the annotations file');
    assert.equal(related.location.uri, pathToFileURL(`${s.file(MINJOO)}.annotations.json`).href);
    // The JSON parser stops at the end of the file: line 5, column 1 (0-based: line 4, character 0).
    assert.deepEqual(related.location.range.start, { line: 4, character: 0 });
  });

  it('names the file by its name and the fault in words, so the Problems view does not cut the reason off behind a path', async () => {
    const diags = await s.waitFor(() =>
      [...s.notifications].reverse().find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === s.uri(MINJOO) && n.params.diagnostics.some((d: any) => d.code === 'sidecar')),
    );
    const d = diags.params.diagnostics.find((x: any) => x.code === 'sidecar');
    assert.ok(d.message.startsWith(`The annotations file ${MINJOO}.annotations.json, line 5, column 1: not valid JSON (the file stops before`), d.message);
    assert.ok(!d.message.includes(s.file('')), `no folder path in: ${d.message}`);
  });

  it('gives the Entities view the same place to open, and leaves the file as it was', async () => {
    const tree: any = await s.request('articleAnnotator/entityTree', { uri: s.uri(MINJOO) });
    assert.match(tree.sidecarError, /not valid JSON/);
    assert.equal(tree.sidecarErrorLocation.uri, pathToFileURL(`${s.file(MINJOO)}.annotations.json`).href);
    assert.equal(tree.sidecarErrorLocation.range.start.line, 4);
    assert.equal(fs.readFileSync(`${s.file(MINJOO)}.annotations.json`, 'utf8'), broken);
  });
});
