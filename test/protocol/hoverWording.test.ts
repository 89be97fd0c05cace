import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { KANG, MINJOO, sample } from '../helpers/samples';
import { LspSession, positionOf } from './lspSession';

/** How the hovers read to someone checking an article, line by line. */
describe('hover wording', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });
  const hoverAt = async (file: string, needle: string, delta = 1): Promise<string> => {
    const hover: any = await s.request('textDocument/hover', { textDocument: { uri: await s.open(file) }, position: positionOf(sample(file), needle, 0, delta) });
    return hover.contents.value;
  };

  it('gives a person’s role as the article prints it, not in lower case', async () => {
    const text = await hoverAt(KANG, 'Wang Yi urged');
    assert.match(text, /Roles: .*Chinese Foreign Minister/);
    assert.doesNotMatch(text, /chinese foreign minister/);
  });

  it('heads a date hover with the day in words, then its kind and value, like an entity’s name and type', async () => {
    const text = await hoverAt(MINJOO, 'Wednesday reiterated');
    assert.equal(text.split('\n')[0], '**Wednesday, 4 January 2017** — date · `2017-01-04`');
  });

  it('says on a quote’s first line who said it, its length and whether it was detected, and ends with no stray word', async () => {
    const text = await hoverAt(KANG, '"We are not considering', 3);
    const lines = text.split('\n').filter(Boolean);
    assert.match(lines[0], /^\*\*Quote\*\* by \*\*Kang Kyung-wha\*\* · 8 words · detected$/);
    assert.notEqual(lines[lines.length - 1], 'detected', text);
  });
});
