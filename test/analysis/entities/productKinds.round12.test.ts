import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a name between "the" and a product kind is the product, misc, in every mention ("the Dimensity chip" … "Dimensity")', () => {
  const text = 'The phone runs on the Dimensity chip made by MediaTek. Dimensity sales rose.';
  assert.deepEqual(run(text, [at(text, 'Dimensity', 'organization'), at(text, 'MediaTek', 'organization'), at(text, 'Dimensity', 'organization', 'detected', 40)]),
    ['Dimensity/misc', 'MediaTek/organization', 'Dimensity/misc']);
});

test('a name after a possessive and before "operating system" or "chatbot" is the product ("Xiaomi\'s HyperOS operating system", "the Kimi chatbot")', () => {
  const text = 'Xiaomi\'s HyperOS operating system and the Kimi chatbot topped app charts.';
  assert.deepEqual(run(text, [at(text, 'Xiaomi', 'organization'), at(text, 'HyperOS', 'organization'), at(text, 'Kimi', 'person')]),
    ['Xiaomi/organization', 'HyperOS/misc', 'Kimi/misc']);
});

test('without a determiner the name before a product noun is its maker ("curbs on Huawei chips"), and device nouns stay out ("the Honor phone")', () => {
  const text = 'Washington tightened curbs on Huawei chips. Buyers chose the Honor phone.';
  assert.deepEqual(run(text, [at(text, 'Washington', 'location'), at(text, 'Huawei', 'organization'), at(text, 'Honor', 'organization')]),
    ['Washington/location', 'Huawei/organization', 'Honor/organization']);
});
