import assert from 'node:assert/strict';
import { test } from 'node:test';
import { platformNames } from '../../../server/src/analysis/entities/platformNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of current agency news.

test('the platform something is posted on is a service ("wrote on X", "in a post on Telegram")', () => {
  const text = 'The embassy wrote on X that it was following the situation closely.';
  assert.deepEqual(shown(text, platformNames(text, [])), ['X/misc']);
  const post = 'In a post on Telegram on Sunday, the regional governor said two people were injured.';
  assert.deepEqual(shown(post, platformNames(post, [])), ['Telegram/misc']);
});

test('"X" called a platform, owned, or followed by its old name is the platform ("Musk\'s X", "X, formerly known as Twitter")', () => {
  const text = 'The social media platform X, formerly known as Twitter, removed the posts.';
  assert.deepEqual(shown(text, platformNames(text, [at(text, 'Twitter', 'person')])), ['X/misc', 'Twitter/misc']);
  const owner = "Regulators fined Musk's X for breaching the rules.";
  assert.deepEqual(shown(owner, platformNames(owner, [at(owner, 'Musk', 'person')])), ['Musk/person', 'X/misc']);
});

test('a name joined by "and" to a platform is one too ("on X and TikTok")', () => {
  const text = 'The clip was viewed millions of times on X and TikTok within hours.';
  assert.deepEqual(shown(text, platformNames(text, [])), ['X/misc', 'TikTok/misc']);
});

test('the letter X in other names is no platform ("Malcolm X", "Generation X voters", "X-ray")', () => {
  const text = 'Generation X voters, an X-ray study and a film about Malcolm X were on the agenda.';
  const malcolm = at(text, 'Malcolm X', 'person');
  assert.deepEqual(platformNames(text, [malcolm]), [malcolm]);
});

test('a company speaking is not its platform ("Facebook said")', () => {
  const text = 'Facebook said it had removed the network of fake accounts.';
  const company = at(text, 'Facebook', 'organization');
  assert.deepEqual(platformNames(text, [company]), [company]);
});
