import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

// A passage written for this test, in the style of Middle East news of the 2020s.

test('a surname with a lower-case "al-" of a person named in full is that person inside a sentence too ("al-Sharaa\'s first trip")', () => {
  const text = 'Interim President Khaled al-Nouri visited Doha. Al-Nouri met the emir. It was al-Nouri\'s first trip abroad.';
  const ms = [at(text, 'Khaled al-Nouri', 'person'), at(text, 'Doha', 'location'), at(text, 'Al-Nouri', 'organization'), at(text, "al-Nouri", 'organization', 'detected', 60)];
  assert.deepEqual(run(text, ms), ['Khaled al-Nouri/person', 'Doha/location', 'Al-Nouri/person', 'al-Nouri/person']);
});
