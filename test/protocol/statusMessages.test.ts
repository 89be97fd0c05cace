import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { KANG, MINJOO, sample, spanOf } from '../helpers/samples';
import { LspSession } from './lspSession';

/**
 * What a command did is said the same way for one tag, every occurrence, undo and "nothing to undo": a status line
 * where the editor asked for those (VS Code), a plain window/showMessage elsewhere (Neovim). Never a request.
 */
for (const statusMessages of [true, false]) {
  describe(`what tagging and undo say ${statusMessages ? 'to an editor with a status bar' : 'to other editors'}`, () => {
    let s: LspSession;
    before(async () => {
      s = await LspSession.start({}, [], statusMessages ? { statusMessages: true } : undefined);
    });
    after(async () => {
      await s.stop();
    });
    const said = async (command: string, args: unknown) => {
      const seen = s.notifications.length;
      await s.request('workspace/executeCommand', { command: `articleAnnotator.server.${command}`, arguments: [args] });
      await new Promise((r) => setTimeout(r, 200));
      const after = s.notifications.slice(seen);
      return {
        status: after.filter((n) => n.method === 'articleAnnotator/statusMessage').map((n) => n.params.message as string),
        shown: after.filter((n) => n.method === 'window/showMessage').map((n) => n.params.message as string),
      };
    };
    const expect = (words: string) => (statusMessages ? { status: [words], shown: [] } : { status: [], shown: [words] });

    it('one tag, every occurrence, undo and nothing left to undo', async () => {
      const uri = await s.open(KANG);
      const text = sample(KANG);
      assert.deepEqual(await said('undo', { uri }), expect("Article Annotator: nothing to undo in this article's annotations"));
      assert.deepEqual(await said('tag', { uri, version: 1, ...spanOf(text, 'Seongju'), label: 'organization' }), expect('Article Annotator: tagged “Seongju” as organization'));
      // Review mode's "accept" tags a detection with the type it has: that is a confirmation, and says so.
      assert.deepEqual(await said('tag', { uri, version: 1, ...spanOf(text, 'Kang Kyung-wha'), label: 'person' }), expect('Article Annotator: confirmed “Kang Kyung-wha” as person'));
      assert.deepEqual(await said('tag', { uri, version: 1, ...spanOf(text, 'Seoul'), label: 'none' }), expect('Article Annotator: rejected “Seoul” (not an entity)'));
      assert.deepEqual(await said('undo', { uri }), expect('Article Annotator: undid the rejection of “Seoul”'));
      const minjoo = await s.open(MINJOO);
      assert.deepEqual(await said('tagAll', { uri: minjoo, version: 1, text: 'Incheon', label: 'location' }), expect('Article Annotator: tagged 1 occurrence of “Incheon” as place'));
      assert.ok(!s.serverRequests.some((r) => r.method === 'window/showMessageRequest'), 'no message that waits for an answer');
    });

    it('a stale action still pops up: it needs attention', async () => {
      const uri = s.uri(KANG);
      const { status, shown } = await said('tag', { uri, version: 99, start: 0, end: 5, label: 'person' });
      assert.deepEqual(status, []);
      assert.match(shown.join(), /changed since this action was offered/);
    });
  });
}
