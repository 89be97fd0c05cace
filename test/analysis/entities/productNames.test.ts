import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a chatbot read as a person or a place is a product: "Ernie Bot", "ChatGPT"', () => {
  const text = 'The bank tested Ernie Bot against ChatGPT and GPT-4o last spring.';
  assert.deepEqual(run(text, [at(text, 'Ernie Bot', 'person'), at(text, 'ChatGPT', 'location')]),
    ['Ernie Bot/misc', 'ChatGPT/misc', 'GPT-4o/misc']);
});

test('common apps are products, found when missed: "WeChat", "Gmail", "TikTok"', () => {
  const text = 'Parents used WeChat and Gmail to reach the school, while pupils watched TikTok.';
  assert.deepEqual(run(text, [at(text, 'Gmail', 'person'), at(text, 'TikTok', 'organization')]),
    ['WeChat/misc', 'Gmail/misc', 'TikTok/misc']);
  // A person's decision stands; companies of the same names are no apps.
  const keep = 'Analysts at Tencent said Gmail was slower.';
  assert.deepEqual(run(keep, [at(keep, 'Tencent', 'organization'), at(keep, 'Gmail', 'person', 'user')]), ['Tencent/organization', 'Gmail/person']);
});
