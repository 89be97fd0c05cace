import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakers = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => q.speaker && { text: q.speaker.text, name: q.speaker.name });

test('"he" after an unnamed role described by what he was doing, who spoke only in indirect speech, is that whole description', () => {
  const text = 'A rescue worker digging through the rubble of a collapsed apartment block said teams had pulled out 15 survivors overnight. "We are working day and night, but we need more heavy equipment," he said.';
  assert.deepEqual(speakers(text)[0], { text: 'he', name: 'A rescue worker digging through the rubble of a collapsed apartment block' });
});

test('"she" after an unnamed woman described by a relative clause who spoke in indirect speech is that woman, not a man named before', () => {
  const text = 'Prime Minister Anwar Ibrahim visited the flooded district on Sunday. A woman who lost her home in the floods said the water rose within minutes. "We had no time to take anything," she said.';
  const specs: EntitySpec[] = [{ name: 'Anwar Ibrahim', type: 'person', forms: ['Anwar Ibrahim'], roles: ['prime minister'] }];
  assert.equal(speakers(text, specs)[0]?.name, 'A woman who lost her home in the floods');
});

test('a described role of the other gender is passed over: "he" after "a mother waiting outside the hospital" is the man named before', () => {
  const text = 'Health Minister Tom Baker toured the ward on Monday. A mother waiting outside the hospital said she had not slept for two days. "We will open a second ward this week," he said.';
  const specs: EntitySpec[] = [{ name: 'Tom Baker', type: 'person', forms: ['Tom Baker'], roles: ['health minister'] }];
  assert.equal(speakers(text, specs)[0]?.name, 'Tom Baker');
});

test('a person named after the described role takes "he" back', () => {
  const text = 'A volunteer handing out water at the camp said supplies were running low. Governor Ali Reza arrived an hour later. "More trucks are on the way," he said.';
  const specs: EntitySpec[] = [{ name: 'Ali Reza', type: 'person', forms: ['Ali Reza'], roles: ['governor'] }];
  assert.equal(speakers(text, specs)[0]?.name, 'Ali Reza');
});
