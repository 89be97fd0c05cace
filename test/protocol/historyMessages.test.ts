import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { KANG, sample, spanOf } from '../helpers/samples';
import { LspSession } from './lspSession';

/** "Undo last annotation" / "Redo annotation" say what they undid: the keys are pressed with the annotation off screen. */
describe('what undo and redo say', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });
  const run = (command: string, args: unknown) => s.request('workspace/executeCommand', { command: `articleAnnotator.server.${command}`, arguments: [args] });

  it('names the annotation undone and redone, a retyped entity by its count, and the article date', async () => {
    const uri = await s.open(KANG);
    const text = sample(KANG);
    await run('tag', { uri, version: 1, ...spanOf(text, 'Seoul'), label: 'none' });
    assert.deepEqual(await run('undo', { uri }), { message: 'Article Annotator: undid the rejection of “Seoul”' });
    assert.deepEqual(await run('redo', { uri }), { message: 'Article Annotator: redid the rejection of “Seoul”' });
    // A new decision on the same span replaces the old one: the step is the new decision.
    await run('tag', { uri, version: 1, ...spanOf(text, 'Seoul'), label: 'organization' });
    assert.deepEqual(await run('undo', { uri }), { message: 'Article Annotator: undid “Seoul” as organization' });

    await run('tagSpans', { uri, version: 1, name: 'Kang Kyung-wha', spans: [spanOf(text, 'Kang Kyung-wha'), spanOf(text, 'Kang Kyung-wha', 1)], label: 'organization' });
    assert.deepEqual(await run('undo', { uri }), { message: 'Article Annotator: undid 2 annotations' });

    await run('setArticleDate', { uri, value: '2017-11-20' });
    assert.deepEqual(await run('undo', { uri }), { message: 'Article Annotator: undid the article date' });
  });
});
