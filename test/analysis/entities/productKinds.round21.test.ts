import assert from 'node:assert/strict';
import { test } from 'node:test';
import { productKinds } from '../../../server/src/analysis/entities/productKinds';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology and business news of the 2020s.

test('a name between a company\'s possessive and a recall or its going on sale is the product ("Tesla\'s Cybertruck recall")', () => {
  const text = 'Rivian\'s Quasar recall covers 12,000 trucks. Oppo\'s Find N5 went on sale in Shenzhen on Friday.';
  const ms = [at(text, 'Rivian', 'organization'), at(text, 'Quasar', 'organization'), at(text, 'Oppo', 'organization'), at(text, 'Find N5', 'organization'), at(text, 'Shenzhen', 'location')];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Rivian/organization', 'Quasar/misc', 'Oppo/organization', 'Find N5/misc', 'Shenzhen/location']);
});

test('a market after a company\'s possessive stays a place, and sales say nothing of the name ("Tesla\'s China deliveries", "Alibaba\'s Taobao sales")', () => {
  const text = 'Norvanta\'s China deliveries fell, while Alibaba\'s Taobao sales rose.';
  const ms = [at(text, 'Norvanta', 'organization'), at(text, 'China', 'location'), at(text, 'Alibaba', 'organization'), at(text, 'Taobao', 'organization')];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Norvanta/organization', 'China/location', 'Alibaba/organization', 'Taobao/organization']);
});

test('a name between a company\'s possessive and "robot" is the robot ("Tesla\'s Optimus robot")', () => {
  const text = 'Unitree\'s Kestrel robot ran a half marathon in Beijing.';
  const ms = [at(text, 'Unitree', 'organization'), at(text, 'Kestrel', 'organization'), at(text, 'Beijing', 'location')];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Unitree/organization', 'Kestrel/misc', 'Beijing/location']);
});
