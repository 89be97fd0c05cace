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

  it('says nothing of other names when an entity has none, and leaves no empty paragraph in their place', async () => {
    const text = await hoverAt(KANG, 'Seongju');
    assert.doesNotMatch(text, /other names/i);
    assert.deepEqual(text.split('\n\n').map((p) => p.split(' ')[0]), ['**Seongju**', '1']);
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

describe('hover wording on an article with no date of its own', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });

  it('says a relative date was resolved against today for want of a printed date, and how to set the article date', async () => {
    // Not saved in a file (no file date) and no dateline or dated caption: "Monday" can only be read from today.
    const text = 'Kenyan President William Ruto arrived in Nairobi on Monday after a three-day state visit, officials said.';
    const uri = await s.open('unsaved-draft.article', text);
    const hover: any = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Monday', 0, 1) });
    assert.match(hover.contents.value, /Resolved against \d{4}-\d{2}-\d{2} \(today's date, as the article prints none\)/);
    assert.doesNotMatch(hover.contents.value, /\(today's date \(/, 'no parentheses inside parentheses');
    assert.match(hover.contents.value, /Set Article Date…/);
  });
});
