import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkMentions } from '../../../server/src/analysis/linking/linkMentions';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';

/** The entities linked from hand-given mentions, as "name: every mention" strings. */
function groups(text: string, given: [string, EntityType, number?][]): string[] {
  const raw: RawMention[] = given.map(([s, type, from]) => {
    const i = text.indexOf(s, from ?? 0);
    assert.ok(i >= 0, s);
    return { start: i, end: i + s.length, type, score: 0.9, origin: 'detected' };
  });
  const { mentions, entities } = linkMentions(text, raw, tokenize(text).tokens);
  return entities.map((e) => `${e.name}: ${e.mentions.map((i) => mentions[i].text).join(', ')}`);
}

test('either word of a two-word organization is that organization ("Real Madrid" … "Real", "Borussia Dortmund" … "Dortmund")', () => {
  const text = 'Real Madrid beat Borussia Dortmund in the final. Real scored twice, and Dortmund hit the post.';
  assert.deepEqual(groups(text, [['Real Madrid', 'organization'], ['Borussia Dortmund', 'organization'], ['Real', 'organization', 40], ['Dortmund', 'organization', 60]]),
    ['Real Madrid: Real Madrid, Real', 'Borussia Dortmund: Borussia Dortmund, Dortmund']);
});

test('a mountain or lake named without its kind is the same place ("Mount Qomolangma" … "Qomolangma")', () => {
  const text = 'Climbers on Mount Qomolangma were safe, and the Qomolangma scenic area was closed.';
  assert.deepEqual(groups(text, [['Mount Qomolangma', 'location'], ['Qomolangma', 'location', 30]]), ['Mount Qomolangma: Mount Qomolangma, Qomolangma']);
});

test('a word of a longer organization, or a place that is not named after its kind, stays its own entity ("Bank of China", "China Daily", "South China" … "China")', () => {
  const text = 'The Bank of China lent more, and China grew. China Daily reported that China had agreed. South China grew faster than China.';
  assert.deepEqual(groups(text, [['Bank of China', 'organization'], ['China', 'organization', 20], ['China Daily', 'organization'], ['China', 'organization', 60],
    ['South China', 'location'], ['China', 'location', 110]]), ['Bank of China: Bank of China', 'China: China, China', 'China Daily: China Daily', 'South China: South China', 'China: China']);
});
