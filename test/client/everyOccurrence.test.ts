import assert from 'node:assert/strict';
import { test } from 'node:test';
import { everyOccurrenceChoices, occurrenceLabels } from '../../client/src/everyOccurrence';
import { ENTITY_LABELS } from '../../client/src/labels';

const TEXT = 'Brazilian farmers met Brazilian buyers; the Brazilians left.';
const at = (needle: string, from = 0) => ({ start: TEXT.indexOf(needle, from), end: TEXT.indexOf(needle, from) + needle.length });

test('each whole-word occurrence is what the mention there is, or not an entity', () => {
  const second = TEXT.indexOf('Brazilian', 1);
  const entities = [{ type: 'misc' as const, mentions: [at('Brazilian')] }];
  // "Brazilians" is another word: not an occurrence.
  assert.deepEqual(occurrenceLabels(TEXT, 'Brazilian', entities), ['misc', 'none']);
  assert.deepEqual(occurrenceLabels(TEXT, 'Brazilian', [{ type: 'misc', mentions: [at('Brazilian'), at('Brazilian', second)] }]), ['misc', 'misc']);
});

test('"Every “X” as …" offers only the labels that change an occurrence: not the one every occurrence has already', () => {
  const offered = (now: Parameters<typeof everyOccurrenceChoices>[1]) => everyOccurrenceChoices(ENTITY_LABELS, now).map((l) => l.label);
  assert.deepEqual(offered(['misc', 'misc']), ['person', 'organization', 'location', 'none']);
  // One occurrence not yet an other name: tagging every one as other name still changes something.
  assert.deepEqual(offered(['misc', 'none']), ['person', 'organization', 'location', 'misc', 'none']);
  // Nothing detected: rejecting every occurrence would change nothing.
  assert.deepEqual(offered(['none']), ['person', 'organization', 'location', 'misc']);
});
