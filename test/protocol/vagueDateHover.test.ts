import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspSession, positionOf } from './lspSession';

// Our own article, dated by its caption.
const ARTICLE = [
  'Rice prices ease in Asia',
  'Farmers harvest rice in Thailand\'s Chachoengsao province, March 12, 2024. (Photo/CGTN)',
  'Rice prices have eased recently, the Food and Agriculture Organization said on Tuesday.',
].join('\n');

describe('the hover of a vague date', () => {
  let s: LspSession;
  let uri: string;
  const hoverAt = async (needle: string): Promise<string> =>
    ((await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, needle, 0, 1) })) as any).contents.value;
  before(async () => {
    s = await LspSession.start();
    uri = await s.open('rice-prices.article', ARTICLE);
  });
  after(async () => {
    await s.stop();
  });

  it('does not claim "recently" was resolved against the article date, which it does not depend on', async () => {
    const vague = await hoverAt('recently');
    assert.match(vague, /PAST_REF/);
    assert.doesNotMatch(vague, /Resolved against/);
  });

  it('still says which day "Tuesday" was resolved against', async () => {
    assert.match(await hoverAt('Tuesday'), /Resolved against 2024-03-12 \(a dated photo caption\)/);
  });
});
