import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { KANG, sample, spanOf } from '../helpers/samples';
import { LspSession } from './lspSession';

/**
 * The analysis notice says whether the text changed: after an annotation it did not, and VS Code, which caches the
 * Outline by text version, must be told to ask for the document symbols again (the client re-registers a provider).
 */
describe('the analysis notice after an annotation and after typing', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });
  const nextNotice = async (uri: string, act: () => Promise<unknown>) => {
    const seen = s.notifications.length;
    await act();
    return s.waitFor(() => s.notifications.slice(seen).find((n) => n.method === 'articleAnnotator/analysisChanged' && n.params.uri === uri)?.params);
  };

  it('says `refreshed` after a tag and an undo, not after a keystroke', async () => {
    const uri = await s.open(KANG);
    const text = sample(KANG);
    const run = (command: string, args: unknown) => () => s.request('workspace/executeCommand', { command: `articleAnnotator.server.${command}`, arguments: [args] });
    assert.equal((await nextNotice(uri, run('tag', { uri, version: 1, ...spanOf(text, 'Seongju'), label: 'organization' }))).refreshed, true);
    assert.equal((await nextNotice(uri, run('undo', { uri }))).refreshed, true);
    const typed = await nextNotice(uri, () =>
      s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] }),
    );
    assert.equal(typed.refreshed, false);
  });
});
