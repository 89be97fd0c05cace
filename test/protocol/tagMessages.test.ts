import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { KANG, MINJOO } from '../helpers/samples';
import { LspSession } from './lspSession';

/** The messages the server sends after tagging many occurrences at once. */
describe('messages after tagging every occurrence', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });
  const messagesAfter = async (command: string, args: unknown) => {
    const seen = s.notifications.length;
    const result = await s.request('workspace/executeCommand', { command, arguments: [args] });
    await new Promise((r) => setTimeout(r, 200));
    return { result, messages: s.notifications.slice(seen).filter((n) => n.method === 'window/showMessage').map((n) => n.params.message as string) };
  };

  it('name the label as the quick fixes do ("place", not "location"), in the singular for one', async () => {
    const uri = await s.open(MINJOO);
    const { messages } = await messagesAfter('articleAnnotator.server.tagAll', { uri, version: 1, text: 'Incheon', label: 'location' });
    assert.deepEqual(messages, ['Article Annotator: tagged 1 occurrence of “Incheon” as place']);
    const rejected = await messagesAfter('articleAnnotator.server.tagAll', { uri, version: 1, text: 'Beijing', label: 'none' });
    assert.deepEqual(rejected.messages, ['Article Annotator: rejected 1 occurrence of “Beijing” (not an entity)']);
  });

  it('leave the summary to the editor when tagging across the workspace, instead of one message per open article', async () => {
    const uri = await s.open(KANG);
    const { result, messages } = await messagesAfter('articleAnnotator.server.tagAllInFiles', { uris: [uri, s.uri(MINJOO)], text: 'Seoul', label: 'location' });
    assert.deepEqual(messages, []);
    assert.equal((result as { files: number }).files, 2);
  });
});
