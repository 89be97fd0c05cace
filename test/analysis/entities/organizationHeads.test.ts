import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retypeOrganizationHeads } from '../../../server/src/analysis/entities/organizationHeads';
import type { RawMention } from '../../../server/src/analysis/types';

const at = (text: string, s: string, type: RawMention['type'], origin: RawMention['origin'] = 'detected'): RawMention =>
  ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type, score: 0.8, origin });
const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('"the Hong Kong Observatory" tagged as a place is an organization', () => {
  const text = 'The Hong Kong Observatory raised its highest warning signal on Sunday.';
  assert.deepEqual(show(text, retypeOrganizationHeads(text, [at(text, 'Hong Kong Observatory', 'location')])), ['Hong Kong Observatory/organization']);
});

test('"the West Bank" and "the Premier League" keep their types; so does a person\'s decision', () => {
  const text = 'Fans in the West Bank watched the Premier League and the Chinese Olympic Committee.';
  const ms = [at(text, 'West Bank', 'location'), at(text, 'Premier League', 'misc'), at(text, 'Chinese Olympic Committee', 'misc', 'user')];
  assert.deepEqual(retypeOrganizationHeads(text, ms), ms);
});

test('"the US Geological Survey" and a "… Service" or "… Academy" tagged misc are organizations', () => {
  const text = 'The US Geological Survey, the Korea Meteorological Service and the Hainan Medical Academy replied.';
  const ms = [at(text, 'US Geological Survey', 'misc'), at(text, 'Korea Meteorological Service', 'location'), at(text, 'Hainan Medical Academy', 'misc')];
  assert.deepEqual(show(text, retypeOrganizationHeads(text, ms)),
    ['US Geological Survey/organization', 'Korea Meteorological Service/organization', 'Hainan Medical Academy/organization']);
  // A "Survey" alone is as often a newsletter or a poll.
  const poll = 'The Gulf Energy Survey reported higher output.';
  assert.deepEqual(show(poll, retypeOrganizationHeads(poll, [at(poll, 'Gulf Energy Survey', 'misc')])), ['Gulf Energy Survey/misc']);
});

test('"the Chinese Embassy in Tokyo" is the mission, an organization, not the demonym', () => {
  const text = 'The Chinese Embassy in Tokyo and the Japanese Consulate General in Shanghai both issued statements.';
  const ms = [at(text, 'Chinese', 'misc'), at(text, 'Tokyo', 'location'), at(text, 'Japanese', 'misc'), at(text, 'Shanghai', 'location')];
  assert.deepEqual(show(text, retypeOrganizationHeads(text, ms)), ['Chinese Embassy/organization', 'Tokyo/location', 'Japanese Consulate General/organization', 'Shanghai/location']);
});
