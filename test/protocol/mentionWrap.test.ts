import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspSession, positionOf } from './lspSession';

// Our own article: the minister is named three times.
const ARTICLE = [
  'Brazil and Indonesia sign forest pact',
  'Brazilian Environment Minister Marina Silva signed a forest protection pact with Indonesia on Friday.',
  'Silva said the pact would fund satellite monitoring of both rainforests.',
  'The agreement follows talks Silva held in Jakarta last month.',
].join('\n');

describe('next / previous mention', () => {
  let s: LspSession;
  let uri: string;
  const step = (needle: string, occurrence: number, direction: 'next' | 'previous') =>
    s.request('articleAnnotator/neighbourMention', { uri, position: positionOf(ARTICLE, needle, occurrence, 1), direction });
  before(async () => {
    s = await LspSession.start();
    uri = await s.open('forest-pact.article', ARTICLE);
  });
  after(async () => {
    await s.stop();
  });

  it('say when "next" goes round from the last mention to the first', async () => {
    const onward = await step('Marina Silva', 0, 'next');
    assert.deepEqual([onward.index, onward.total, onward.wrapped], [2, 3, false]);
    const round = await step('Silva held', 0, 'next');
    assert.deepEqual([round.index, round.total, round.wrapped], [1, 3, true]);
  });

  it('say when "previous" goes round from the first mention to the last', async () => {
    const round = await step('Marina Silva', 0, 'previous');
    assert.deepEqual([round.index, round.total, round.wrapped], [3, 3, true]);
    const back = await step('Silva held', 0, 'previous');
    assert.deepEqual([back.index, back.wrapped], [2, false]);
  });
});
