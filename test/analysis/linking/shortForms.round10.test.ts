import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groups } from './linkedGroups';

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
