import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('two groups the tagger ran together are two organizations: "the G8 and G77", "G7, APEC and EU"', () => {
  const text = 'Envoys of the G8 and G77 met, and later the G7, APEC and EU.';
  assert.deepEqual(run(text, [at(text, 'G8 and G77', 'organization'), at(text, 'G7, APEC and EU', 'organization')]),
    ['G8/organization', 'G77/organization', 'G7/organization', 'APEC/organization', 'EU/organization']);
  // Acronyms of which none is such a group, and a span a person tagged, stay one mention.
  const keep = 'Both AMD and ARM shares rose, as did the G20 and IMF.';
  assert.deepEqual(run(keep, [at(keep, 'AMD and ARM', 'organization'), at(keep, 'G20 and IMF', 'organization', 'user')]), ['AMD and ARM/organization', 'G20 and IMF/organization']);
});

test('a group or climate conference the tagger missed or mistyped is found: "G20", "ASEAN", "APEC", "COP29"', () => {
  const text = 'G20 envoys and ASEAN diplomats flew to the APEC forum before COP29 opened.';
  assert.deepEqual(run(text, [at(text, 'APEC', 'location')]), ['G20/organization', 'ASEAN/organization', 'APEC/organization', 'COP29/misc']);
  const not = 'The G3 phone and the cop car were sold.';
  assert.deepEqual(run(not, []), []);
});
