import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retypeOrganizationHeads } from '../../../server/src/analysis/entities/organizationHeads';
import { at, shown } from './harmonizeHelpers';

test('a name ending in a company word no person\'s name ends in ("Zhipu AI", "Horizon Robotics") is a company, even typed person', () => {
  const text = 'Zhipu AI and Horizon Robotics joined Mistral AI and the Ant Group at the fair.';
  const ms = [at(text, 'Zhipu AI', 'person'), at(text, 'Horizon Robotics', 'person'), at(text, 'Mistral AI', 'misc'), at(text, 'Ant Group', 'location')];
  assert.deepEqual(shown(text, retypeOrganizationHeads(text, ms)),
    ['Zhipu AI/organization', 'Horizon Robotics/organization', 'Mistral AI/organization', 'Ant Group/organization']);
});

test('a person whose name ends in another head word ("… University") or is one word ("Ai") stays a person', () => {
  const text = 'Ai Weiwei met Paul College and Ai at the gallery.';
  const ms = [at(text, 'Ai Weiwei', 'person'), at(text, 'Paul College', 'person'), at(text, 'Ai', 'person', 'detected', 20)];
  assert.deepEqual(shown(text, retypeOrganizationHeads(text, ms)), ['Ai Weiwei/person', 'Paul College/person', 'Ai/person']);
});

test('an investor named "… Capital", "… Partners" or "… Ventures" is a company, typed place or person ("Sequoia Capital")', () => {
  const text = 'Investors include Sequoia Capital, Valor Equity Partners and Lightspeed Ventures.';
  const ms = [at(text, 'Sequoia Capital', 'location'), at(text, 'Valor Equity Partners', 'person'), at(text, 'Lightspeed Ventures', 'misc')];
  assert.deepEqual(shown(text, retypeOrganizationHeads(text, ms)),
    ['Sequoia Capital/organization', 'Valor Equity Partners/organization', 'Lightspeed Ventures/organization']);
});
