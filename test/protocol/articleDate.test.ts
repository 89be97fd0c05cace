import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MINJOO } from '../helpers/samples';
import { LspSession } from './lspSession';

/** "Set Article Date…" as the server sees it: what it tells the box, and what it says to a date that does not exist. */
describe('the article date', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });

  it('is described in words for the "Set Article Date…" box: the date relative dates use now, and where it comes from', async () => {
    const tree: any = await s.request('articleAnnotator/entityTree', { uri: await s.open(MINJOO) });
    assert.deepEqual(tree.referenceDate, { value: '2017-01-05', source: 'caption', text: '2017-01-05 (a dated photo caption)' });
  });

  it('refuses a day that is not in the calendar, saying so rather than asking for the form it already has', async () => {
    const seen = s.notifications.length;
    const ok = await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.setArticleDate', arguments: [{ uri: s.uri(MINJOO), value: '2017-02-30' }] });
    assert.equal(ok, false);
    const message = await s.waitFor(() => s.notifications.slice(seen).find((n) => n.method === 'window/showMessage'));
    assert.equal(message.params.message, 'Article Annotator: “2017-02-30” is not a day of the calendar.');
  });
});
